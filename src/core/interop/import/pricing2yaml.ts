import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { humanize } from './humanize';

export { humanize };

// Pricing2Yaml (ISA group, syntax 1.x–3.x) -> packaging.yaml. Pure: text in, text + warnings out.
// Decisions (see docs/cli.md#import): plans ordered lowest -> highest; a feature sits on the lowest plan that
// enables it, else on the add-on that sells it (`addOn:`); every usage limit is kept (the first on the feature,
// the others as their own rows); seat minimums become `minSeats`; what had to be guessed or dropped is a comment
// at that spot and a note. No `growth` and no `signals`: the import cannot know them.

export interface ImportResult {
  /** the packaging.yaml text */
  text: string;
  /** what the conversion could not carry over, one line each */
  warnings: string[];
  /** counts of the source, for callers that want to verify nothing was lost */
  source: { plans: number; addOns: number; features: number; usageLimits: number };
  /** what was written: for the corpus figures and the CLI summary */
  stats: ImportStats;
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
  salesAssisted?: boolean;
  features: Obj;
  usageLimits: Obj;
  fromAddOn: boolean;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asObj(v: Json | undefined): Obj {
  return isObj(v) ? v : Object.create(null);
}

/**
 * The parsed source with no prototype on any object: a feature or plan named `constructor`, `toString` or
 * `hasOwnProperty` is data, never a property of Object.prototype (`in` and `[]` look at own keys only).
 */
function withoutPrototypes(v: Json): Json {
  const copy = (x: Json): Json =>
    Array.isArray(x) ? x.slice() : isObj(x) ? Object.assign(Object.create(null) as Obj, x) : x;
  const root = copy(v);
  // Iterative: a deeply nested source must not overflow the stack here.
  const stack: Json[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const c = node[i]!;
        if (typeof c !== 'object' || c === null) continue;
        node[i] = copy(c);
        stack.push(node[i]!);
      }
    } else if (isObj(node)) {
      for (const k of Object.keys(node)) {
        const c = node[k];
        if (typeof c !== 'object' || c === null) continue;
        node[k] = copy(c);
        stack.push(node[k]!);
      }
    }
  }
  return root;
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
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s === '') return prefix;
  return /^[a-z]/.test(s) ? s : `${prefix}-${s}`;
}

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

/** The next free suffix per base: 40,000 keys that slugify alike stay linear, not a rescan from -2 each time. */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

function uniqueId(base: string, used: Set<string>): string {
  let next = nextSuffix.get(used);
  if (!next) {
    next = new Map();
    nextSuffix.set(used, next);
  }
  let id = base;
  let n = next.get(base) ?? 2;
  while (used.has(id)) id = `${base}-${n++}`;
  next.set(base, n);
  used.add(id);
  return id;
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
  data = withoutPrototypes(data as Json);
  if (!isObj(data)) throw new ImportError('not a Pricing2Yaml file: the top level is not a mapping');
  if (!('features' in data) || !('saasName' in data || 'plans' in data)) {
    throw new ImportError('not a Pricing2Yaml file: no `saasName`/`plans` and `features`');
  }
  if (data.features !== null && !isObj(data.features))
    throw new ImportError('not a Pricing2Yaml file: `features` is not a mapping');
  return data;
}

const has = (o: Obj, k: string): boolean => Object.hasOwn(o, k);

/** 3.1 price formulas: `#base * 2` with `variables: {base: 10}`; numbers, + - * / and parentheses only. */
export function evalPrice(expr: string, variables: Obj): number | undefined {
  let s = expr;
  const names = Object.keys(variables).sort((a, b) => b.length - a.length);
  for (const n of names) {
    const v = toNumber(variables[n]);
    if (v === undefined) continue;
    s = s.split(`#${n}`).join(`(${v})`);
  }
  if (s.includes('#')) return undefined;
  const toks = s.match(/\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  let i = 0;
  const peek = () => toks[i];
  const num = (): number => {
    const t = toks[i++];
    if (t === '(') {
      const v = sum();
      if (toks[i++] !== ')') throw new Error('paren');
      return v;
    }
    if (t === '-') return -num();
    if (t === '+') return num();
    const n = Number(t);
    if (t === undefined || Number.isNaN(n)) throw new Error('token');
    return n;
  };
  const prod = (): number => {
    let v = num();
    while (peek() === '*' || peek() === '/') v = toks[i++] === '*' ? v * num() : v / num();
    return v;
  };
  const sum = (): number => {
    let v = prod();
    while (peek() === '+' || peek() === '-') v = toks[i++] === '+' ? v + prod() : v - prod();
    return v;
  };
  try {
    const v = sum();
    return i === toks.length && Number.isFinite(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

interface Price {
  price: number | 'contact-sales';
  /** a note when the source price was not a plain number */
  note?: string;
  /** 3.1 `custom: true` beside a list price: sold through sales */
  salesAssisted?: boolean;
}

function priceOf(entry: Obj, variables: Obj): Price {
  // 1.x wrote monthlyPrice/annualPrice; 2.x and 3.x write price.
  const raw = entry.price ?? entry.monthlyPrice ?? entry.annualPrice;
  let n = toNumber(raw);
  let note: string | undefined;
  if (n === undefined && typeof raw === 'string' && raw.includes('#')) {
    n = evalPrice(raw, variables);
    note = n === undefined ? `price formula "${raw}" could not be evaluated: contact-sales` : undefined;
  }
  const custom = entry.custom === true;
  if (n !== undefined && Number.isFinite(n) && n >= 0)
    return custom ? { price: n, salesAssisted: true } : { price: n };
  if (
    note === undefined &&
    typeof raw === 'string' &&
    !/^\s*(contact|let'?s talk|custom|get a quote|request|see rates|call)/i.test(raw)
  )
    note = `price "${raw}" is not a number: contact-sales`;
  if (note === undefined && raw === undefined) note = 'no price in the source: contact-sales';
  return note ? { price: 'contact-sales', note } : { price: 'contact-sales' };
}

/** A plan's or add-on's override of a feature/limit: `{value: X}` (2.x) or a bare X. Own keys only: ids are data. */
function overrideOf(map: Obj, key: string): { found: boolean; value: Json } {
  if (!has(map, key)) return { found: false, value: null };
  const v = map[key] ?? null;
  if (isObj(v) && has(v, 'value')) return { found: true, value: v.value ?? null };
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
  const subject = (u.split('/')[0] ?? '').replace(/^(per|usd|eur)\s+/, '').trim();
  const subj = subject.replace(/^usd\s*/, '');
  if (
    /^(\d+\s+)?(user|users|seat|seats|member|members|editor|editors|person|people|agent|agents|host|hosts|kiosk user|host seat|license|licenses)$/.test(
      subj,
    ) ||
    /^usd\/user/.test(u)
  ) {
    // "500 users/month" is a bundle price, not per seat
    if (!/^\d/.test(subj)) out.per = 'seat';
  } else if (/^(workspace|workspaces|team|teams|site|sites|project|projects)$/.test(subj))
    out.per = 'workspace';
  else if (/^(account|accounts|organization|organisation|org|company)$/.test(subj)) out.per = 'account';
  else if (
    /^(usage|gb|tb|mb|message|messages|credit|credits|activehour|hour|execution|block|source|phonenumber|domain|channel|component|attendee|activecommiter|connection|location)$/.test(
      subj.replace(/\s+/g, ''),
    )
  )
    out.per = 'usage';
  return out;
}

const TIME_UNITS = /^(minute|hour|day|week|month|year)s?$/;

/** Units as packaging.yaml writes them: plural nouns ("contacts", "minutes", "credits/month"). */
export function pluralUnit(unit: string): string {
  const u = unit.trim();
  const [head, ...rest] = u.split('/');
  const h = head!.trim();
  const abbrev: Record<string, string> = {
    min: 'minutes',
    mins: 'minutes',
    h: 'hours',
    hr: 'hours',
    persons: 'people',
    person: 'people',
  };
  let p = abbrev[h.toLowerCase()];
  if (p === undefined) {
    if (!/^[a-z]+$/.test(h) || /s$/.test(h) || h === 'people' || h === 'usage') p = h;
    else if (/[^aeiou]y$/.test(h)) p = `${h.slice(0, -1)}ies`;
    else if (/(ch|sh|x)$/.test(h)) p = `${h}es`;
    else p = `${h}s`;
  }
  return [p, ...rest].join('/');
}

/**
 * The unit of a usage limit: its `unit`, unless its description says it counts a span of time and the unit
 * says otherwise (Slack's history: "number of days", unit "message"); with no unit, the noun of
 * "number of X" in the description.
 */
function limitUnit(l: Obj): { unit?: string; note?: string } {
  const raw = typeof l.unit === 'string' && l.unit.trim() !== '' ? l.unit.trim() : undefined;
  const desc = typeof l.description === 'string' ? l.description : '';
  const m = /\bnumber of ([a-z]+)/i.exec(desc);
  const noun = m?.[1]?.toLowerCase();
  if (noun && TIME_UNITS.test(noun) && (!raw || !TIME_UNITS.test(raw.split('/')[0]!.toLowerCase()))) {
    return {
      unit: pluralUnit(noun),
      ...(raw
        ? {
            note: `unit "${raw}" contradicts the description ("number of ${noun}"): imported as ${pluralUnit(noun)}`,
          }
        : {}),
    };
  }
  if (raw) return { unit: pluralUnit(raw) };
  if (noun && !/^(the|a|an)$/.test(noun)) return { unit: pluralUnit(noun) };
  return {};
}

/** "usersLimit" -> users, "useWorkspaces" -> Workspaces, "maxMeetingDuration" stays. */
function limitBaseKey(key: string): string {
  const k = key.replace(/^use(?=[A-Z])/, '').replace(/(?<=[a-z0-9])Limit$/, '');
  return k === '' ? key : k.charAt(0).toLowerCase() + k.slice(1);
}

const MIN_SEATS_KEY = /^(min|minimum)/i;
const SEAT_WORD = /(user|seat|licen[cs]e|member|editor|agent)/i;

interface Row {
  value: Obj;
  comments: string[];
}

export interface ImportStats {
  plans: number;
  addOns: number;
  /** source features written as feature rows */
  features: number;
  /** extra feature rows made from usage limits (further limits of a feature, limits tied to no feature) */
  limitRows: number;
  /** add-on-only features written with `addOn:` */
  addOnFeatures: number;
  /** usage limits written as data: a feature's limits, their own row, or minSeats */
  limitsKept: number;
  /** usage limits with no bound anywhere (unlimited on every plan): nothing to keep */
  limitsUnbounded: number;
  /** usage limits only in a comment */
  limitsInComments: number;
  /** comments the import wrote in the file */
  notes: number;
  /** feature text tiers kept in the description */
  textTiers: number;
}

export function importPricing2Yaml(text: string): ImportResult {
  const src = parseSource(text);
  const warnings: string[] = [];
  // Kinds of notes, summarized once on stderr: key -> items
  const summary = new Map<string, string[]>();
  const note = (kind: string, item: string) => {
    const list = summary.get(kind) ?? [];
    list.push(item);
    summary.set(kind, list);
  };
  const featuresSrc = asObj(src.features);
  const limitsSrc = asObj(src.usageLimits);
  const plansSrc = asObj(src.plans);
  const addOnsSrc = asObj(src.addOns);
  const variables = asObj(src.variables);
  const syntax = String(src.syntaxVersion ?? '');
  if (syntax && !/^[123](\.|$)/.test(syntax))
    warnings.push(`syntaxVersion ${syntax} is not 1.x-3.x; converted as if it were 3.x`);
  const planComments = new Map<SourcePlan, string[]>();

  // --- plans, lowest to highest
  const sourcePlan = (key: string, p: Json, index: number, fromAddOn: boolean): SourcePlan => {
    const o = asObj(p);
    const pr = priceOf(o, variables);
    const sp: SourcePlan = {
      key,
      index,
      price: pr.price,
      ...(pr.salesAssisted ? { salesAssisted: true } : {}),
      unit: typeof o.unit === 'string' ? o.unit : undefined,
      features: asObj(o.features),
      usageLimits: fromAddOn
        ? Object.assign(Object.create(null), asObj(o.usageLimits), asObj(o.usageLimitsExtensions))
        : asObj(o.usageLimits),
      fromAddOn,
    };
    const c: string[] = [];
    if (pr.note) {
      c.push(pr.note);
      note('prices that are not numbers became contact-sales', `${key} (${JSON.stringify(o.price ?? null)})`);
    }
    if (pr.salesAssisted) c.push('custom offer in the source: salesAssisted');
    if (o.private === true) {
      c.push('private plan in the source');
      note('private plans imported as public plans', key);
    }
    if (c.length) planComments.set(sp, c);
    return sp;
  };
  let plans: SourcePlan[] = Object.entries(plansSrc)
    .filter(([, p]) => p === null || isObj(p))
    .map(([key, p], index) => sourcePlan(key, p, index, false));
  const addOnsAsPlans = plans.length === 0 && Object.keys(addOnsSrc).length > 0;
  if (addOnsAsPlans) {
    warnings.push('the file has no plans; its add-ons are imported as plans');
    plans = Object.entries(addOnsSrc).map(([key, a], index) => sourcePlan(key, a, index, true));
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
  const valueTypeOf = (o: Obj) => String(o.valueType ?? 'NUMERIC').toUpperCase();
  const linked = new Map<string, string[]>();
  const boolLinked = new Map<string, string[]>();
  const unlinkedLimits: string[] = [];
  for (const [lk, l] of Object.entries(limitsSrc)) {
    const lo = asObj(l);
    const lf = Array.isArray(lo.linkedFeatures)
      ? lo.linkedFeatures.filter((x): x is string => typeof x === 'string' && has(featuresSrc, x))
      : [];
    const vt = valueTypeOf(lo);
    if (lf.length === 0) {
      if (vt === 'NUMERIC') unlinkedLimits.push(lk);
      else note('usage limits that are not numbers and bound no feature were left out', lk);
      continue;
    }
    const target = vt === 'NUMERIC' ? linked : vt === 'BOOLEAN' ? boolLinked : undefined;
    if (!target) {
      note('text usage limits were left out', lk);
      continue;
    }
    for (const f of lf) {
      const list = target.get(f) ?? [];
      list.push(lk);
      target.set(f, list);
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
    for (const lk of boolLinked.get(fk) ?? []) if (limitValue(lk, plan) === false) return false;
    return true;
  };

  // Lowest -> highest: by price, unless the file's own order fits the data better (fewer features that
  // are on in a plan and off in a higher one), e.g. an Enterprise plan listed last but priced below Premium.
  const rank = (p: SourcePlan) => (p.price === 'contact-sales' ? Number.POSITIVE_INFINITY : p.price);
  const byPrice = [...plans].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  const featureKeys = Object.keys(featuresSrc);
  const enabledMatrix = new Map<SourcePlan, Map<string, boolean>>(
    plans.map((p) => [p, new Map(featureKeys.map((fk) => [fk, enabledIn(fk, p)]))]),
  );
  const gaps = (order: SourcePlan[]): number => {
    let n = 0;
    for (const fk of featureKeys) {
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
  const planRankByKey = new Map(plans.map((p, i) => [p.key, i]));
  const planPer = plans.map((p) => perAndPeriod(p.unit));

  for (const p of plans)
    for (const fk of Object.keys(p.features))
      if (!has(featuresSrc, fk))
        note('plans set features the file does not define (left out)', `${p.key}.${fk}`);

  // --- add-ons (when plans exist)
  interface OutAddOn {
    key: string;
    id: string;
    from?: number;
    row: Row;
    features: Obj;
    limits: Obj;
  }
  const usedAddOnIds = new Set<string>();
  const addOns: OutAddOn[] = [];
  if (!addOnsAsPlans) {
    for (const [key, a] of Object.entries(addOnsSrc)) {
      if (a !== null && !isObj(a)) continue;
      const o = asObj(a);
      const id = uniqueId(slugify(key, 'add-on'), usedAddOnIds);
      const pr = priceOf(o, variables);
      const comments: string[] = [];
      const value: Obj = { id, name: humanize(key), price: pr.price };
      const unit = typeof o.unit === 'string' ? o.unit : undefined;
      const pp = perAndPeriod(unit);
      if (pp.per) value.per = pp.per;
      if (pp.period && pr.price !== 'contact-sales') value.period = pp.period;
      if (unit && !pp.per && !/^\/?(month|year)$/i.test(unit.trim()))
        comments.push(`priced per "${unit}" in the source`);
      if (pr.note) {
        comments.push(pr.note);
        note(
          'prices that are not numbers became contact-sales',
          `${key} (${JSON.stringify(o.price ?? null)})`,
        );
      }
      let from: number | undefined;
      if (Array.isArray(o.availableFor)) {
        const ranks = o.availableFor
          .filter((x): x is string => typeof x === 'string')
          .map((k) => {
            const r = planRankByKey.get(k);
            if (r === undefined)
              note('add-ons available for plans the file does not define (ignored)', `${key}: ${k}`);
            return r;
          })
          .filter((r): r is number => r !== undefined);
        if (ranks.length > 0) {
          from = Math.min(...ranks);
          const all = new Set(ranks);
          const gapsIn = plans.map((_, i) => i).filter((i) => i > from! && !all.has(i));
          if (gapsIn.length > 0)
            comments.push(`not sold with ${gapsIn.map((i) => plans[i]!.key).join(', ')} in the source`);
        }
      }
      if (from !== undefined && from > 0) value.from = planIds[from]!;
      const deps = (k: string) =>
        Array.isArray(o[k]) ? (o[k] as Json[]).filter((x) => typeof x === 'string') : [];
      if (deps('dependsOn').length)
        comments.push(`needs the add-on(s) ${deps('dependsOn').join(', ')} in the source`);
      if (deps('excludes').length)
        comments.push(`excludes the add-on(s) ${deps('excludes').join(', ')} in the source`);
      const ext = asObj(o.usageLimitsExtensions);
      const extList = Object.entries(ext)
        .map(([lk, v]) => {
          const n = toNumber(isObj(v) ? v.value : v);
          if (n === undefined) return undefined;
          const u = limitUnit(asObj(limitsSrc[lk])).unit;
          return `${lk} +${n >= UNLIMITED_SENTINEL ? 'unlimited' : n}${u ? ` ${u}` : ''}`;
        })
        .filter((x): x is string => x !== undefined);
      if (extList.length) comments.push(`raises ${extList.join(', ')}`);
      addOns.push({
        key,
        id,
        ...(from !== undefined ? { from } : {}),
        row: { value, comments },
        features: asObj(o.features),
        limits: Object.assign(Object.create(null), asObj(o.usageLimits), ext),
      });
    }
  }
  const addOnsEnabling = (fk: string): OutAddOn[] =>
    addOns.filter((a) => {
      const o = overrideOf(a.features, fk);
      return o.found && truthy(o.value);
    });

  const usedFeatureIds = new Set<string>();
  const stats: ImportStats = {
    plans: plans.length,
    addOns: addOns.length,
    features: 0,
    limitRows: 0,
    addOnFeatures: 0,
    limitsKept: 0,
    limitsUnbounded: 0,
    limitsInComments: 0,
    notes: 0,
    textTiers: 0,
  };
  const limitState = new Map<string, 'kept' | 'unbounded' | 'comment'>();
  const markLimit = (lk: string, s: 'kept' | 'unbounded' | 'comment') => {
    const was = limitState.get(lk);
    if (was === 'kept' || (was === 'unbounded' && s === 'comment')) return;
    limitState.set(lk, s);
  };

  /** limits of one usage limit from plan rank `lowest` up; an add-on's own value when the row is the add-on's */
  const limitsFor = (lk: string, lowest: number, addOn?: OutAddOn) => {
    const limits: Obj = {};
    let numeric = false;
    const negative: string[] = [];
    for (let i = lowest; i < plans.length; i++) {
      const o = addOn ? overrideOf(addOn.limits, lk) : { found: false, value: null };
      const n = toNumber(o.found ? o.value : limitValue(lk, plans[i]!));
      if (n === undefined) continue;
      if (n < 0) {
        negative.push(planIds[i]!);
        continue;
      }
      if (n >= UNLIMITED_SENTINEL) limits[planIds[i]!] = 'unlimited';
      else {
        limits[planIds[i]!] = n;
        numeric = true;
      }
    }
    return { limits, numeric, negative };
  };
  const numericFeatureLimits = (fk: string, lowest: number) => {
    const limits: Obj = {};
    let numeric = false;
    for (let i = lowest; i < plans.length; i++) {
      const n = toNumber(featureValue(fk, plans[i]!));
      if (n === undefined || n < 0) continue;
      if (n >= UNLIMITED_SENTINEL) limits[planIds[i]!] = 'unlimited';
      else {
        limits[planIds[i]!] = n;
        numeric = true;
      }
    }
    return { limits, numeric };
  };

  const carried = new Set<string>();
  for (const fk of featureKeys) {
    const first = linked.get(fk)?.[0];
    if (first !== undefined) carried.add(first);
  }

  const rows: Row[] = [];
  const limitRow = (lk: string, lowest: number, placement: Obj, comments: string[], addOn?: OutAddOn) => {
    const lo = asObj(limitsSrc[lk]);
    const base = limitBaseKey(lk);
    let id = slugify(base, 'limit');
    if (usedFeatureIds.has(id)) id = slugify(lk, 'limit');
    id = uniqueId(id, usedFeatureIds);
    const value: Obj = { id, name: humanize(base) };
    if (typeof lo.description === 'string' && lo.description.trim())
      value.description = lo.description.trim();
    Object.assign(value, placement);
    const u = limitUnit(lo);
    if (u.note) {
      comments.push(u.note);
      note('units taken from the limit description, not its unit', lk);
    }
    const { limits, numeric, negative } = limitsFor(lk, lowest, addOn);
    if (negative.length) comments.push(`negative values left out on ${negative.join(', ')}`);
    if (numeric) {
      if (u.unit) value.unit = u.unit;
      value.limits = limits;
      markLimit(lk, 'kept');
    } else markLimit(lk, 'unbounded');
    stats.limitRows++;
    rows.push({ value, comments });
  };

  const nonCumulative: string[] = [];
  for (const fk of featureKeys) {
    const fo = asObj(featuresSrc[fk]);
    const id = uniqueId(slugify(fk, 'feature'), usedFeatureIds);
    const enabled = plans.map((p) => enabledMatrix.get(p)!.get(fk)!);
    let lowest = enabled.indexOf(true);
    const comments: string[] = [];
    const value: Obj = { id, name: humanize(fk) };
    const desc =
      typeof fo.description === 'string' && fo.description.trim() !== '' ? fo.description.trim() : undefined;
    const tag = typeof fo.tag === 'string' && fo.tag.trim() !== '' ? fo.tag.trim() : undefined;
    const category = tag ?? TYPE_CATEGORY[String(fo.type ?? '').toUpperCase()] ?? 'Other';
    const sellers = addOnsEnabling(fk);
    let addOn: OutAddOn | undefined;
    let placement: Obj;
    if (lowest < 0 && sellers.length > 0) {
      addOn = sellers[0]!;
      lowest = addOn.from ?? 0;
      placement = { addOn: addOn.id };
      stats.addOnFeatures++;
      if (sellers.length > 1) {
        comments.push(
          `also sold with ${sellers
            .slice(1)
            .map((a) => a.key)
            .join(', ')} in the source`,
        );
        note('features sold with several add-ons (the first is kept)', fk);
      }
    } else if (lowest < 0) {
      lowest = plans.length - 1;
      placement = { plan: planIds[lowest]! };
      comments.push('no plan or add-on enables this feature in the source: placed on the highest plan');
      note('features no plan or add-on enables (placed on the highest plan)', fk);
    } else {
      placement = { plan: planIds[lowest]! };
      if (enabled.slice(lowest).includes(false)) {
        nonCumulative.push(fk);
        comments.push(
          `off again on ${plans
            .map((p, i) => (i > lowest && !enabled[i] ? p.key : undefined))
            .filter(Boolean)
            .join(', ')} in the source`,
        );
      }
      const lowerSellers = sellers.filter((a) => (a.from ?? 0) < lowest);
      if (lowerSellers.length > 0) {
        comments.push(
          `also sold as the add-on ${lowerSellers.map((a) => a.key).join(', ')} below ${plans[lowest]!.key} in the source`,
        );
        note('features included in a plan and sold as an add-on below it (the plan is kept)', fk);
      }
    }
    // Text tiers (LIMITED / FULL): kept in the description; the format has no text values.
    let description = desc;
    const vt = String(fo.valueType ?? '').toUpperCase();
    if (vt === 'TEXT') {
      const tiers: string[] = [];
      let last: string | undefined;
      for (let i = lowest; i < plans.length; i++) {
        const raw = addOn ? overrideOf(addOn.features, fk).value : featureValue(fk, plans[i]!);
        const t = Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw.trim() : undefined;
        if (!t || t === last) continue;
        last = t;
        tiers.push(`${tiers.length === 0 ? 'From' : 'from'} ${humanize(plans[i]!.key)} up: ${t}`);
        if (addOn) break;
      }
      if (tiers.length > 0) {
        description = `${desc ? `${desc} ` : ''}${tiers.join('; ')}.`;
        stats.textTiers++;
      }
    }
    if (description) value.description = description;
    value.category = category;
    Object.assign(value, placement);

    const lks = linked.get(fk) ?? [];
    if (lks.length > 0) {
      const lk = lks[0]!;
      const u = limitUnit(asObj(limitsSrc[lk]));
      if (u.note) {
        comments.push(u.note);
        note('units taken from the limit description, not its unit', lk);
      }
      const { limits, numeric, negative } = limitsFor(lk, lowest, addOn);
      if (negative.length) comments.push(`negative values of ${lk} left out on ${negative.join(', ')}`);
      if (numeric) {
        if (u.unit) value.unit = u.unit;
        value.limits = limits;
        markLimit(lk, 'kept');
      } else markLimit(lk, 'unbounded');
    } else if (vt === 'NUMERIC') {
      const { limits, numeric } = numericFeatureLimits(fk, lowest);
      if (numeric) value.limits = limits;
    }
    stats.features++;
    rows.push({ value, comments });
    // every further usage limit of the feature: its own row, right below
    for (const lk of lks.slice(1)) {
      if (carried.has(lk)) continue;
      carried.add(lk);
      limitRow(
        lk,
        lowest,
        { category, ...placement },
        [`a further usage limit of ${humanize(fk)} (${lk})`],
        addOn,
      );
    }
  }
  for (const fk of nonCumulative)
    note(
      'features on in a plan and off in a higher one (packaging.yaml includes a feature in every plan above its lowest)',
      fk,
    );

  // Usage limits tied to no feature: seat minimums become minSeats, the rest their own rows.
  const minSeats = new Map<number, number>();
  for (const lk of unlinkedLimits) {
    const lo = asObj(limitsSrc[lk]);
    const isMin = MIN_SEATS_KEY.test(lk) && SEAT_WORD.test(`${lk} ${String(lo.unit ?? '')}`);
    if (isMin) {
      const commentOnly: string[] = [];
      plans.forEach((p, i) => {
        const n = toNumber(limitValue(lk, p));
        if (n === undefined || n <= 1) return;
        if (planPer[i]!.per === 'seat' && Number.isInteger(n))
          minSeats.set(i, Math.max(minSeats.get(i) ?? 0, n));
        else commentOnly.push(`${p.key}: ${n}`);
      });
      if (commentOnly.length > 0) {
        for (const c of commentOnly) {
          const p = plans.find((x) => c.startsWith(`${x.key}:`))!;
          planComments.set(p, [
            ...(planComments.get(p) ?? []),
            `${lk} ${c.slice(p.key.length + 2)} in the source (the plan is not priced per seat)`,
          ]);
        }
        note('seat minimums on plans not priced per seat (kept as comments)', lk);
        markLimit(lk, minSeats.size > 0 ? 'kept' : 'comment');
      } else markLimit(lk, minSeats.size > 0 ? 'kept' : 'unbounded');
      if (minSeats.size > 0) limitState.set(lk, 'kept');
      continue;
    }
    let lowest = plans.findIndex((p) => {
      const n = toNumber(limitValue(lk, p));
      return n !== undefined && n > 0;
    });
    const comments = [`from the usage limit ${lk}, which bounds no feature in the source`];
    if (lowest < 0) {
      lowest = plans.length - 1;
      comments.push('0 on every plan in the source');
    }
    limitRow(lk, lowest, { category: 'Limits', plan: planIds[lowest]! }, comments);
  }
  for (const lk of unlinkedLimits)
    note('usage limits tied to no feature (kept as their own rows, or minSeats)', lk);
  for (const lk of Object.keys(limitsSrc)) if (!limitState.has(lk)) limitState.set(lk, 'comment');
  for (const s of limitState.values()) {
    if (s === 'kept') stats.limitsKept++;
    else if (s === 'unbounded') stats.limitsUnbounded++;
    else stats.limitsInComments++;
  }

  // --- the output document
  const outPlans: Row[] = plans.map((p, i) => {
    const o: Obj = { id: planIds[i]!, name: humanize(p.key), price: p.price };
    const pp = planPer[i]!;
    if (pp.per) o.per = pp.per;
    if (pp.period && p.price !== 'contact-sales') o.period = pp.period;
    const ms = minSeats.get(i);
    if (ms !== undefined) o.minSeats = ms;
    if (p.salesAssisted && p.price !== 0) o.salesAssisted = true;
    return { value: o, comments: planComments.get(p) ?? [] };
  });
  const saas = typeof src.saasName === 'string' ? src.saasName.trim() : '';
  const product: Obj = { name: saas ? saas.charAt(0).toUpperCase() + saas.slice(1) : 'Imported product' };
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
  const emitRows = (key: string, list: Row[]) => {
    lines.push(list.length > 0 ? `${key}:` : `${key}: []`);
    for (const r of list) {
      for (const c of r.comments) {
        lines.push(`  # ${oneLine(c)}`);
        stats.notes++;
      }
      emitItem(lines, r.value);
    }
  };
  emitRows('plans', outPlans);
  if (addOns.length > 0)
    emitRows(
      'addOns',
      addOns.map((a) => a.row),
    );
  emitRows('features', rows);
  for (const [kind, items] of summary) warnings.push(`${items.length} ${kind}: ${preview(items)}`);
  const body = lines.join('\n') + '\n';
  return {
    text: body,
    warnings,
    stats,
    source: {
      plans: Object.keys(plansSrc).length,
      addOns: Object.keys(addOnsSrc).length,
      features: featureKeys.length,
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
    // not ending in `:` (`https://x.io:` would read as a map key)
    if (/^https?:\/\/[^\s#'"{}[\],]*[^\s#'"{}[\],:]$/.test(v)) return v;
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
