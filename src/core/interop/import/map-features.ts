import { humanize } from './humanize';
import { slugify, uniqueId } from './ids';
import { addOnsEnabling, type OutAddOn } from './map-add-ons';
import type { PlanTable } from './map-plans';
import { asObj, type Obj, overrideOf, toNumber, UNLIMITED_SENTINEL } from './read';
import { limitBaseKey, limitUnit } from './units';
import type { Row } from './write';

// Mapping the source's features and usage limits: each feature on the lowest plan that enables it (else on the
// add-on that sells it), its first usage limit as its `limits`, further limits and limits tied to no feature as
// their own rows, seat minimums as `minSeats`; and the honest count of what became of every usage limit.

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

const TYPE_CATEGORY: Record<string, string> = Object.assign(Object.create(null), {
  DOMAIN: 'Core',
  AUTOMATION: 'Automation',
  INTEGRATION: 'Integrations',
  SUPPORT: 'Support',
  MANAGEMENT: 'Management',
  GUARANTEE: 'Guarantees',
  INFORMATION: 'Information',
  PAYMENT: 'Payment',
});

const MIN_SEATS_KEY = /^(min|minimum)/i;
const SEAT_WORD = /(user|seat|licen[cs]e|member|editor|agent)/i;

type LimitFate = 'kept' | 'unbounded' | 'comment';

export interface FeatureRows {
  rows: Row[];
  /** plan rank -> seat minimum */
  minSeats: Map<number, number>;
}

export function mapFeatures(t: PlanTable, addOns: OutAddOn[], stats: ImportStats): FeatureRows {
  const { plans, planIds, planPer, planComments, featureKeys, linked, unlinkedLimits, notes } = t;
  const { features: featuresSrc, usageLimits: limitsSrc } = t.src;
  const usedFeatureIds = new Set<string>();
  const limitState = new Map<string, LimitFate>();
  const markLimit = (lk: string, s: LimitFate) => {
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
      const n = toNumber(o.found ? o.value : t.limitValue(lk, plans[i]!));
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
      const n = toNumber(t.featureValue(fk, plans[i]!));
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
      notes.note('units taken from the limit description, not its unit', lk);
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
    const enabled = plans.map((p) => t.enabledMatrix.get(p)!.get(fk)!);
    let lowest = enabled.indexOf(true);
    const comments: string[] = [];
    const value: Obj = { id, name: humanize(fk) };
    const desc =
      typeof fo.description === 'string' && fo.description.trim() !== '' ? fo.description.trim() : undefined;
    const tag = typeof fo.tag === 'string' && fo.tag.trim() !== '' ? fo.tag.trim() : undefined;
    const category = tag ?? TYPE_CATEGORY[String(fo.type ?? '').toUpperCase()] ?? 'Other';
    const sellers = addOnsEnabling(addOns, fk);
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
        notes.note('features sold with several add-ons (the first is kept)', fk);
      }
    } else if (lowest < 0) {
      lowest = plans.length - 1;
      placement = { plan: planIds[lowest]! };
      comments.push('no plan or add-on enables this feature in the source: placed on the highest plan');
      notes.note('features no plan or add-on enables (placed on the highest plan)', fk);
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
        notes.note('features included in a plan and sold as an add-on below it (the plan is kept)', fk);
      }
    }
    // Text tiers (LIMITED / FULL): kept in the description; the format has no text values.
    let description = desc;
    const vt = String(fo.valueType ?? '').toUpperCase();
    if (vt === 'TEXT') {
      const tiers: string[] = [];
      let last: string | undefined;
      for (let i = lowest; i < plans.length; i++) {
        const raw = addOn ? overrideOf(addOn.features, fk).value : t.featureValue(fk, plans[i]!);
        const text = Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw.trim() : undefined;
        if (!text || text === last) continue;
        last = text;
        tiers.push(`${tiers.length === 0 ? 'From' : 'from'} ${humanize(plans[i]!.key)} up: ${text}`);
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
        notes.note('units taken from the limit description, not its unit', lk);
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
    notes.note(
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
        const n = toNumber(t.limitValue(lk, p));
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
        notes.note('seat minimums on plans not priced per seat (kept as comments)', lk);
        markLimit(lk, minSeats.size > 0 ? 'kept' : 'comment');
      } else markLimit(lk, minSeats.size > 0 ? 'kept' : 'unbounded');
      if (minSeats.size > 0) limitState.set(lk, 'kept');
      continue;
    }
    let lowest = plans.findIndex((p) => {
      const n = toNumber(t.limitValue(lk, p));
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
    notes.note('usage limits tied to no feature (kept as their own rows, or minSeats)', lk);
  for (const lk of Object.keys(limitsSrc)) if (!limitState.has(lk)) limitState.set(lk, 'comment');
  for (const s of limitState.values()) {
    if (s === 'kept') stats.limitsKept++;
    else if (s === 'unbounded') stats.limitsUnbounded++;
    else stats.limitsInComments++;
  }
  return { rows, minSeats };
}
