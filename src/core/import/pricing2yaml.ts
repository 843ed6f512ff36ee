import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

// Pricing2Yaml (ISA group, syntax 1.x–3.x) -> packaging.yaml. Pure: text in, text + warnings out.
// Decisions (see docs/cli.md#import):
// - plans are sorted by price (free first, contact-sales last, file order on ties): packaging.yaml
//   orders plans lowest -> highest and Pricing2Yaml files do not always; the file order is kept when
//   the features follow it better than the price order;
// - a feature's `plan` is the lowest plan that enables it: its value is truthy and no linked numeric
//   usage limit is 0 there;
// - a feature no plan enables (add-on only, or never on) goes on the highest plan, with a comment;
// - `limits` come from the first linked numeric usage limit; values >= 1e9 and .inf are `unlimited`;
// - a file without plans gets its add-ons as plans (Okta sells products a la carte);
// - no `growth` and no `signals`: the import cannot know them; the header says to add them.

export interface ImportResult {
  /** the packaging.yaml text */
  text: string;
  /** what the conversion could not carry over, one line each */
  warnings: string[];
  /** counts of the source, for callers that want to verify nothing was lost */
  source: { plans: number; addOns: number; features: number; usageLimits: number };
}

/** The input is not a Pricing2Yaml file at all (the CLI turns this into exit 2). */
export class ImportError extends Error {
  override name = 'ImportError';
}

const UNLIMITED_SENTINEL = 1e9;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

interface SourcePlan {
  key: string;
  index: number;
  price: number | 'contact-sales';
  unit?: string;
  features: Obj;
  usageLimits: Obj;
  fromAddOn: boolean;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asObj(v: Json | undefined): Obj {
  return isObj(v) ? v : {};
}

/** Numbers as Pricing2Yaml writes them: plain, `.inf`, YAML 1.1 underscores (`1_000_000`), "$10". */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().replace(/^\$/, '');
  if (/^[-+]?\.inf$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^[-+]?(\d[\d_]*)?(\.[\d_]*)?([eE][-+]?\d+)?$/.test(s) && /\d/.test(s)) {
    const n = Number(s.replace(/_/g, ''));
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

/** `^[a-z][a-z0-9-]*$` from a camelCase / SNAKE / spaced key. */
export function slugify(key: string, prefix: string): string {
  const s = key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s === '') return prefix;
  return /^[a-z]/.test(s) ? s : `${prefix}-${s}`;
}

/** A display name from a key: `realTimeSupport` -> "Real time support", `BUSINESS_PLUS` -> "Business Plus". */
export function humanize(key: string): string {
  if (/\s/.test(key)) return key.trim();
  if (/^[A-Z0-9_]+$/.test(key) && /[A-Z]/.test(key)) {
    return key
      .split('_')
      .filter(Boolean)
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join(' ');
  }
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .split(/\s+/)
    .map((w, i) =>
      ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : i > 0 && /^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w,
    );
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ACRONYMS = new Set(
  'api sso saml crm sla ui ux url ip ai cms seo pdf csv sms mfa 2fa scim ldap vpn hipaa gdpr soc cdn dns ssl cpu gb tb mb sdk cli ci cd'.split(
    ' ',
  ),
);

const TYPE_CATEGORY: Record<string, string> = {
  DOMAIN: 'Core',
  AUTOMATION: 'Automation',
  INTEGRATION: 'Integrations',
  SUPPORT: 'Support',
  MANAGEMENT: 'Management',
  GUARANTEE: 'Guarantees',
  INFORMATION: 'Information',
  PAYMENT: 'Payment',
};

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function priceOf(entry: Obj): number | 'contact-sales' {
  // 1.x wrote monthlyPrice/annualPrice; 2.x and 3.x write price.
  const raw = entry.price ?? entry.monthlyPrice ?? entry.annualPrice;
  const n = toNumber(raw);
  return n !== undefined && Number.isFinite(n) && n >= 0 ? n : 'contact-sales';
}

/** A plan's or add-on's override of a feature/limit: `{value: X}` (2.x) or a bare X. */
function overrideOf(map: Obj, key: string): { found: boolean; value: Json } {
  if (!(key in map)) return { found: false, value: null };
  const v = map[key] ?? null;
  if (isObj(v) && 'value' in v) return { found: true, value: v.value ?? null };
  if (v === null) return { found: false, value: null };
  return { found: true, value: v };
}

function truthy(v: Json): boolean {
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.length > 0;
  const n = toNumber(v);
  if (n !== undefined) return n > 0;
  if (typeof v === 'string') return v.trim() !== '' && !/^(false|no|none)$/i.test(v.trim());
  return false;
}

function perAndPeriod(unit: string | undefined): { per?: string; period?: string } {
  if (!unit) return {};
  const u = unit.toLowerCase();
  const out: { per?: string; period?: string } = {};
  if (/\b(month|mo|monthly)\b/.test(u)) out.period = 'month';
  else if (/\b(year|yr|annual|annually|yearly)\b/.test(u)) out.period = 'year';
  const subject = u.split('/')[0]?.trim() ?? '';
  if (
    /^(\d+\s+)?(user|users|seat|seats|member|members|editor|editors|person|people|agent|agents|host|hosts)$/.test(
      subject,
    )
  ) {
    // "500 users/month" is a bundle price, not per seat
    if (!/^\d/.test(subject)) out.per = 'seat';
  } else if (/^(workspace|workspaces|team|teams|site|sites|project|projects)$/.test(subject))
    out.per = 'workspace';
  else if (/^(account|accounts|organization|organisation|org|company)$/.test(subject)) out.per = 'account';
  return out;
}

function parseSource(text: string): Obj {
  if (text.includes('\u0000')) throw new ImportError('not a text file');
  // js-yaml for the input: ~10x faster than \`yaml\` on the corpus (the import + check budget is 3 s for
  // 238 files) and we need no positions from it. Core schema; 1_000_000 is handled by toNumber.
  let data: unknown;
  try {
    data = loadYaml(text, { schema: CORE_SCHEMA, json: true });
  } catch (e) {
    const ex = e as { reason?: string; mark?: { line: number }; message?: string };
    const line = ex.mark ? ` at line ${ex.mark.line + 1}` : '';
    throw new ImportError(`invalid YAML${line}: ${(ex.reason ?? ex.message ?? String(e)).split('\n')[0]}`);
  }
  if (!isObj(data)) throw new ImportError('not a Pricing2Yaml file: the top level is not a mapping');
  if (!('features' in data) || !('saasName' in data || 'plans' in data)) {
    throw new ImportError('not a Pricing2Yaml file: no `saasName`/`plans` and `features`');
  }
  if (data.features !== null && !isObj(data.features))
    throw new ImportError('not a Pricing2Yaml file: `features` is not a mapping');
  return data;
}

export function importPricing2Yaml(text: string): ImportResult {
  const src = parseSource(text);
  const warnings: string[] = [];
  const featuresSrc = asObj(src.features);
  const limitsSrc = asObj(src.usageLimits);
  const plansSrc = asObj(src.plans);
  const addOnsSrc = asObj(src.addOns);
  const syntax = String(src.syntaxVersion ?? '');
  if (syntax && !/^[123](\.|$)/.test(syntax))
    warnings.push(`syntaxVersion ${syntax} is not 1.x-3.x; converted as if it were 2.x`);

  // --- plans, lowest to highest
  let plans: SourcePlan[] = Object.entries(plansSrc)
    .filter(([, p]) => p === null || isObj(p))
    .map(([key, p], index) => {
      const o = asObj(p);
      return {
        key,
        index,
        price: priceOf(o),
        unit: typeof o.unit === 'string' ? o.unit : undefined,
        features: asObj(o.features),
        usageLimits: asObj(o.usageLimits),
        fromAddOn: false,
      };
    });
  if (plans.length === 0 && Object.keys(addOnsSrc).length > 0) {
    warnings.push('the file has no plans; its add-ons are imported as plans');
    plans = Object.entries(addOnsSrc).map(([key, a], index) => {
      const o = asObj(a);
      return {
        key,
        index,
        price: priceOf(o),
        unit: typeof o.unit === 'string' ? o.unit : undefined,
        features: asObj(o.features),
        usageLimits: { ...asObj(o.usageLimits), ...asObj(o.usageLimitsExtensions) },
        fromAddOn: true,
      };
    });
  }
  if (plans.length === 0) {
    warnings.push(
      'the file has no plans and no add-ons; one plan `base` (contact sales) holds every feature',
    );
    plans = [
      { key: 'base', index: 0, price: 'contact-sales', features: {}, usageLimits: {}, fromAddOn: false },
    ];
  }
  // --- usage limits: value per plan, and which features they bound
  const limitValue = (limitKey: string, plan: SourcePlan): Json => {
    const o = overrideOf(plan.usageLimits, limitKey);
    return o.found ? o.value : (asObj(limitsSrc[limitKey]).defaultValue ?? null);
  };
  const linked = new Map<string, string[]>();
  const unlinkedLimits: string[] = [];
  for (const [lk, l] of Object.entries(limitsSrc)) {
    const lo = asObj(l);
    const lf = Array.isArray(lo.linkedFeatures) ? lo.linkedFeatures.filter((x) => typeof x === 'string') : [];
    const numeric = String(lo.valueType ?? 'NUMERIC').toUpperCase() === 'NUMERIC';
    if (lf.length === 0 && numeric) unlinkedLimits.push(lk);
    if (!numeric) continue;
    for (const f of lf) {
      if (!(f in featuresSrc)) continue;
      const list = linked.get(f) ?? [];
      list.push(lk);
      linked.set(f, list);
    }
  }

  // --- features
  const featureValue = (fk: string, plan: SourcePlan): Json => {
    const o = overrideOf(plan.features, fk);
    return o.found ? o.value : (asObj(featuresSrc[fk]).defaultValue ?? null);
  };
  const enabledIn = (fk: string, plan: SourcePlan): boolean => {
    if (!truthy(featureValue(fk, plan))) return false;
    for (const lk of linked.get(fk) ?? []) if (toNumber(limitValue(lk, plan)) === 0) return false;
    return true;
  };
  const addOnsEnabling = (fk: string): string[] =>
    plans[0]?.fromAddOn
      ? []
      : Object.entries(addOnsSrc)
          .filter(([, a]) => {
            const o = overrideOf(asObj(asObj(a).features), fk);
            return o.found && truthy(o.value);
          })
          .map(([k]) => k);

  // Lowest -> highest: by price, unless the file's own order fits the data better (fewer features that
  // are on in a plan and off in a higher one), e.g. an Enterprise plan listed last but priced below Premium.
  const rank = (p: SourcePlan) => (p.price === 'contact-sales' ? Number.POSITIVE_INFINITY : p.price);
  const byPrice = [...plans].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  const enabledMatrix = new Map<SourcePlan, Map<string, boolean>>(
    plans.map((p) => [p, new Map(Object.keys(featuresSrc).map((fk) => [fk, enabledIn(fk, p)]))]),
  );
  const gaps = (order: SourcePlan[]): number => {
    let n = 0;
    for (const fk of Object.keys(featuresSrc)) {
      let on = false;
      for (const p of order) {
        const e = enabledMatrix.get(p)!.get(fk)!;
        if (on && !e) {
          n++;
          break;
        }
        on ||= e;
      }
    }
    return n;
  };
  if (byPrice.some((p, i) => p !== plans[i])) {
    if (gaps(byPrice) <= gaps(plans)) {
      warnings.push(
        `plans reordered by price (lowest to highest): ${byPrice.map((p) => p.key).join(', ')}; check that the order reads as an upgrade path`,
      );
      plans = byPrice;
    } else {
      warnings.push(
        'plans kept in file order although their prices are not ascending: the features follow that order',
      );
    }
  }
  const usedPlanIds = new Set<string>();
  const planIds = plans.map((p) => uniqueId(slugify(p.key, 'plan'), usedPlanIds));

  for (const p of plans) {
    for (const fk of Object.keys(p.features))
      if (!(fk in featuresSrc))
        warnings.push(`plan ${p.key} sets feature ${fk}, which the file does not define; left out`);
  }

  const usedFeatureIds = new Set<string>();
  const nonCumulative: string[] = [];
  const fractional: string[] = [];
  const multiLimit: string[] = [];
  const outFeatures: { value: Obj; comment?: string }[] = [];
  for (const [fk, f] of Object.entries(featuresSrc)) {
    const fo = asObj(f);
    const id = uniqueId(slugify(fk, 'feature'), usedFeatureIds);
    const enabled = plans.map((p) => enabledMatrix.get(p)!.get(fk)!);
    let lowest = enabled.indexOf(true);
    let comment: string | undefined;
    if (lowest < 0) {
      lowest = plans.length - 1;
      const via = addOnsEnabling(fk);
      comment =
        via.length > 0
          ? ` Only available as an add-on (${via.join(', ')}) in the source; placed on the highest plan.`
          : ' No plan enables this feature in the source; placed on the highest plan.';
    } else if (enabled.slice(lowest).includes(false)) nonCumulative.push(fk);

    const out: Obj = { id, name: humanize(fk) };
    if (typeof fo.description === 'string' && fo.description.trim() !== '')
      out.description = fo.description.trim();
    const tag = typeof fo.tag === 'string' && fo.tag.trim() !== '' ? fo.tag.trim() : undefined;
    out.category = tag ?? TYPE_CATEGORY[String(fo.type ?? '').toUpperCase()] ?? 'Other';
    out.plan = planIds[lowest]!;

    // limits from the first linked numeric usage limit, or the feature's own number
    const lks = linked.get(fk) ?? [];
    if (lks.length > 1)
      warnings.push(
        `feature ${fk} is bound by several usage limits (${lks.join(', ')}); only ${lks[0]} is imported`,
      );
    const valueAt = (p: SourcePlan): Json =>
      lks.length > 0
        ? limitValue(lks[0]!, p)
        : String(fo.valueType ?? '').toUpperCase() === 'NUMERIC'
          ? featureValue(fk, p)
          : null;
    const limits: Obj = {};
    let anyNumeric = false;
    for (let i = lowest; i < plans.length; i++) {
      const n = toNumber(valueAt(plans[i]!));
      if (n === undefined || n < 0) continue;
      if (n >= UNLIMITED_SENTINEL) limits[planIds[i]!] = 'unlimited';
      else {
        if (!Number.isInteger(n)) fractional.push(fk);
        limits[planIds[i]!] = Math.floor(n);
        anyNumeric = true;
      }
    }
    if (anyNumeric) {
      const unit = lks.length > 0 ? asObj(limitsSrc[lks[0]!]).unit : undefined;
      if (typeof unit === 'string' && unit.trim() !== '') out.unit = unit.trim();
      out.limits = limits;
    }
    outFeatures.push({ value: out, comment });
  }
  if (nonCumulative.length > 0)
    warnings.push(
      `${nonCumulative.length} feature(s) are on in a plan but off in a higher one (${preview(nonCumulative)}); packaging.yaml includes a feature in every plan above its lowest`,
    );
  if (multiLimit.length > 0)
    warnings.push(
      `${multiLimit.length} feature(s) are bound by several usage limits; only the first is imported: ${preview(multiLimit)}`,
    );
  if (fractional.length > 0)
    warnings.push(`fractional limits rounded down for ${preview([...new Set(fractional)])}`);
  if (unlinkedLimits.length > 0)
    warnings.push(
      `usage limits tied to no feature are kept only as plan comments: ${preview(unlinkedLimits)}`,
    );

  // --- the output document
  const outPlans = plans.map((p, i) => {
    const o: Obj = { id: planIds[i]!, name: humanize(p.key), price: p.price };
    const pp = perAndPeriod(p.unit);
    if (pp.per) o.per = pp.per;
    if (pp.period && p.price !== 'contact-sales') o.period = pp.period;
    return o;
  });
  const product: Obj = {
    name: typeof src.saasName === 'string' && src.saasName.trim() ? src.saasName.trim() : 'Imported product',
  };
  if (typeof src.url === 'string' && /^https?:\/\//.test(src.url)) product.url = src.url;

  // Written by hand rather than through yaml's Document: 5x faster on the corpus, and the shape is fixed.
  const from = [src.saasName, src.version ?? src.createdAt].filter(
    (x) => typeof x === 'string' || typeof x === 'number',
  );
  const lines: string[] = [
    `# Imported from Pricing2Yaml${from.length ? ` (${oneLine(from.join(', '))})` : ''} by packaging-planner import.`,
    '# Add a `growth` block and `signals` on each feature to run the packaging test.',
    '',
    'version: 1',
    'product:',
  ];
  for (const [k, v] of Object.entries(product)) lines.push(`  ${k}: ${scalar(v)}`);
  lines.push('plans:');
  plans.forEach((p, i) => {
    const notes = unlinkedLimits
      .map((lk) => {
        const n = toNumber(limitValue(lk, p));
        if (n === undefined) return undefined;
        const unit = asObj(limitsSrc[lk]).unit;
        return `${lk}: ${n >= UNLIMITED_SENTINEL ? 'unlimited' : n}${typeof unit === 'string' && unit ? ` ${unit}` : ''}`;
      })
      .filter((x): x is string => x !== undefined);
    if (notes.length > 0) lines.push(`  # ${oneLine(notes.join(', '))}`);
    emitItem(lines, outPlans[i]!);
  });
  lines.push(outFeatures.length > 0 ? 'features:' : 'features: []');
  for (const f of outFeatures) {
    if (f.comment) lines.push(`  #${oneLine(f.comment)}`);
    emitItem(lines, f.value);
  }
  const body = lines.join('\n') + '\n';
  return {
    text: body,
    warnings,
    source: {
      plans: Object.keys(plansSrc).length,
      addOns: Object.keys(addOnsSrc).length,
      features: Object.keys(featuresSrc).length,
      usageLimits: Object.keys(limitsSrc).length,
    },
  };
}

function preview(list: string[], max = 5): string {
  return list.length <= max
    ? list.join(', ')
    : `${list.slice(0, max).join(', ')} and ${list.length - max} more`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9 _.,/()+&'-]*$/;
const YAML_WORDS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;

/** A YAML 1.2 scalar; JSON strings are valid double-quoted YAML scalars. */
function scalar(v: Json): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '.inf';
  if (typeof v === 'boolean' || v === null) return String(v);
  if (typeof v === 'string') {
    if (PLAIN_SAFE.test(v) && !YAML_WORDS.test(v) && !/\s$/.test(v) && !v.includes(' #')) return v;
    if (/^https?:\/\/[^\s#'"{}[\],]+$/.test(v)) return v;
    return JSON.stringify(v);
  }
  return JSON.stringify(v);
}

function emitItem(lines: string[], item: Obj): void {
  let first = true;
  for (const [k, v] of Object.entries(item)) {
    const lead = first ? '  - ' : '    ';
    first = false;
    if (isObj(v)) {
      lines.push(`${lead}${k}:`);
      for (const [k2, v2] of Object.entries(v)) lines.push(`      ${scalar(k2)}: ${scalar(v2)}`);
    } else lines.push(`${lead}${k}: ${scalar(v)}`);
  }
}
