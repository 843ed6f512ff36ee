import { humanize } from './humanize';
import { slugify, uniqueId } from './ids';
import { addOnsEnabling, type OutAddOn } from './map-add-ons';
import { asObj, type Json, type Obj, overrideOf, toNumber, truthy, UNLIMITED_SENTINEL } from './read';
import type { PlanTable } from './tables';
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
  /** (r3) features included from a plan and sold as an add-on below it: `plan` + `addOn` */
  planAndAddOnFeatures: number;
  /** usage limits written as data: a feature's limits, their own row, or minSeats */
  limitsKept: number;
  /** usage limits with no bound anywhere (unlimited on every plan): nothing to keep */
  limitsUnbounded: number;
  /** usage limits only in a comment (text values, seat minimums on plans not per seat) */
  limitsInComments: number;
  /** boolean usage limits: read into which plans include their features (no value of their own to write) */
  limitsInPlacement: number;
  /** usage limits nothing in the file carries (each named in a note) */
  limitsDropped: number;
  /** usage limits an add-on raises, kept as a comment at the add-on */
  extensionsInComments: number;
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

/** What became of a usage limit, best first: one fate per limit, so the counts add up to the source's. */
type LimitFate = 'kept' | 'placement' | 'unbounded' | 'comment' | 'dropped';
const FATE_RANK: Record<LimitFate, number> = { kept: 0, placement: 1, comment: 2, unbounded: 3, dropped: 4 };

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
    if (was === undefined || FATE_RANK[s] < FATE_RANK[was]) limitState.set(lk, s);
  };

  /**
   * Limits of one usage limit from plan rank `lowest` up (an add-on's own value when the row is the add-on's);
   * with `below`, also the add-on's values on the plans from its `from` up to `lowest` (a feature with both).
   */
  const limitsFor = (lk: string, lowest: number, addOn?: OutAddOn, below?: OutAddOn) => {
    const limits: Obj = {};
    let numeric = false;
    const negative: string[] = [];
    const notNumbers: string[] = [];
    const put = (i: number, v: Json) => {
      const n = toNumber(v);
      if (n === undefined) {
        if (v !== null && v !== undefined) notNumbers.push(`${plans[i]!.key}: ${JSON.stringify(v)}`);
        return;
      }
      if (n < 0) negative.push(planIds[i]!);
      else if (n >= UNLIMITED_SENTINEL) limits[planIds[i]!] = 'unlimited';
      else {
        limits[planIds[i]!] = n;
        numeric = true;
      }
    };
    if (below) {
      const o = overrideOf(below.limits, lk);
      if (o.found) for (let i = below.from ?? 0; i < lowest; i++) put(i, o.value);
    }
    for (let i = lowest; i < plans.length; i++) {
      const o = addOn ? overrideOf(addOn.limits, lk) : { found: false, value: null };
      put(i, o.found ? o.value : t.limitValue(lk, plans[i]!));
    }
    return { limits, numeric, negative, notNumbers };
  };
  /** A usage limit's values into `value` (unit, limits), what could not be written into comments; its fate. */
  const writeLimit = (
    value: Obj,
    lk: string,
    lowest: number,
    comments: string[],
    addOn?: OutAddOn,
    below?: OutAddOn,
  ) => {
    const u = limitUnit(asObj(limitsSrc[lk]));
    if (u.note) {
      comments.push(u.note);
      notes.note('units taken from the limit description, not its unit', lk);
    }
    const { limits, numeric, negative, notNumbers } = limitsFor(lk, lowest, addOn, below);
    if (negative.length) comments.push(`negative values of ${lk} left out on ${negative.join(', ')}`);
    if (notNumbers.length) {
      comments.push(`${lk} is not a number in the source on ${notNumbers.join(', ')}`);
      notes.note('usage limit values that are not numbers (kept as comments)', lk);
    }
    if (numeric) {
      if (u.unit) value.unit = u.unit;
      value.limits = limits;
      markLimit(lk, 'kept');
    } else markLimit(lk, notNumbers.length ? 'comment' : 'unbounded');
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

  /** A limit's values as written, plan by plan from rank `lowest` ("FREE: \"basic\""); null left out. */
  const valuesOn = (lk: string, lowest: number): string[] =>
    plans.slice(lowest).flatMap((p) => {
      const v = t.limitValue(lk, p);
      return v === null ? [] : [`${p.key}: ${JSON.stringify(v)}`];
    });

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
    writeLimit(value, lk, lowest, comments, addOn);
    stats.limitRows++;
    rows.push({ value, comments });
  };

  const nonCumulative: string[] = [];
  // One feature's row (and its further limits' rows). A function of its own rather than the loop's body: V8
  // compiled the whole of mapFeatures at once for the loop (half a second on a cold corpus run, then threw it
  // away); small functions compile on their own.
  const keys = (list: OutAddOn[]) => list.map((a) => a.key).join(', ');
  interface Placement {
    lowest: number;
    placement: Obj;
    /** the add-on it comes with (add-on only) */
    addOn?: OutAddOn;
    /** (r3) the add-on that sells it below its plan */
    alsoAddOn?: OutAddOn;
  }
  /** Where a feature sits: its lowest enabling plan, else the add-on that sells it, else the highest plan. */
  const place = (fk: string, comments: string[]): Placement => {
    const enabled = plans.map((p) => t.enabledMatrix.get(p)!.get(fk)!);
    const lowest = enabled.indexOf(true);
    const sellers = addOnsEnabling(addOns, fk);
    if (lowest < 0 && sellers.length > 0) {
      const addOn = sellers[0]!;
      stats.addOnFeatures++;
      if (sellers.length > 1) {
        comments.push(`also sold with ${keys(sellers.slice(1))} in the source`);
        notes.note('features sold with several add-ons (the first is kept)', fk);
      }
      return { lowest: addOn.from ?? 0, placement: { addOn: addOn.id }, addOn };
    }
    if (lowest < 0) {
      comments.push('no plan or add-on enables this feature in the source: placed on the highest plan');
      notes.note('features no plan or add-on enables (placed on the highest plan)', fk);
      return { lowest: plans.length - 1, placement: { plan: planIds[plans.length - 1]! } };
    }
    const placement: Obj = { plan: planIds[lowest]! };
    if (enabled.slice(lowest).includes(false)) {
      nonCumulative.push(fk);
      const off = plans.filter((_, i) => i > lowest && !enabled[i]).map((p) => p.key);
      comments.push(`off again on ${off.join(', ')} in the source`);
    }
    // (r3) included from its plan and, below it, sold as an add-on: `plan` + `addOn`
    const lowerSellers = sellers.filter((a) => (a.from ?? 0) < lowest);
    if (lowerSellers.length === 0) return { lowest, placement };
    const alsoAddOn = lowerSellers[0]!;
    placement.addOn = alsoAddOn.id;
    stats.planAndAddOnFeatures++;
    if (lowerSellers.length > 1) {
      comments.push(
        `also sold with ${keys(lowerSellers.slice(1))} below ${plans[lowest]!.key} in the source`,
      );
      notes.note('features sold with several add-ons (the first is kept)', fk);
    }
    return { lowest, placement, alsoAddOn };
  };
  /** A plan that sets the feature on while a usage limit of it is 0 there: read as not included there. */
  const zeroLimits = (fk: string, linkedLimits: string[], comments: string[]): void => {
    const zeroOn = plans.flatMap((p) =>
      truthy(t.featureValue(fk, p))
        ? linkedLimits.filter((lk) => toNumber(t.limitValue(lk, p)) === 0).map((lk) => `${p.key} (${lk})`)
        : [],
    );
    if (zeroOn.length === 0) return;
    comments.push(
      `included with a usage limit of 0 on ${zeroOn.join(', ')} in the source: read as not included there`,
    );
    notes.note(
      'features a plan includes with a usage limit of 0 (read as not included there)',
      `${fk} on ${zeroOn.join(', ')}`,
    );
  };
  /** Text tiers (LIMITED / FULL): kept in the description; the format has no text values. */
  const withTextTiers = (fk: string, desc: string | undefined, lowest: number, addOn?: OutAddOn) => {
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
    if (tiers.length === 0) return desc;
    stats.textTiers++;
    return `${desc ? `${desc} ` : ''}${tiers.join('; ')}.`;
  };
  /** Text usage limits of a feature: their values as a comment. */
  const textLimits = (lks: string[], lowest: number, comments: string[]): void => {
    for (const lk of lks) {
      const values = valuesOn(lk, lowest);
      if (values.length === 0) {
        markLimit(lk, 'unbounded');
        continue;
      }
      comments.push(`usage limit ${lk} (not a number) in the source: ${values.join(', ')}`);
      notes.note('usage limits that are not numbers (kept as comments)', lk);
      markLimit(lk, 'comment');
    }
  };

  // One feature's row (and its further limits' rows), in small functions: V8 compiled the whole of
  // mapFeatures at once for its loop, and again after each rare branch (half a second of a cold corpus run).
  const featureRow = (fk: string): void => {
    const fo = asObj(featuresSrc[fk]);
    const id = uniqueId(slugify(fk, 'feature'), usedFeatureIds);
    const comments: string[] = [];
    const value: Obj = { id, name: humanize(fk) };
    const desc =
      typeof fo.description === 'string' && fo.description.trim() !== '' ? fo.description.trim() : undefined;
    const tag = typeof fo.tag === 'string' && fo.tag.trim() !== '' ? fo.tag.trim() : undefined;
    const category = tag ?? TYPE_CATEGORY[String(fo.type ?? '').toUpperCase()] ?? 'Other';
    const { lowest, placement, addOn, alsoAddOn } = place(fk, comments);
    const lks = linked.get(fk);
    if (lks) zeroLimits(fk, lks, comments);
    const vt = String(fo.valueType ?? '').toUpperCase();
    const description = vt === 'TEXT' ? withTextTiers(fk, desc, lowest, addOn) : desc;
    if (description) value.description = description;
    value.category = category;
    Object.assign(value, placement);
    if (lks) writeLimit(value, lks[0]!, lowest, comments, addOn, alsoAddOn);
    else if (vt === 'NUMERIC') {
      const { limits, numeric } = numericFeatureLimits(fk, lowest);
      if (numeric) value.limits = limits;
    }
    const bools = t.boolLinked.get(fk);
    if (bools) for (const lk of bools) markLimit(lk, 'placement');
    const texts = t.textLinked.get(fk);
    if (texts) textLimits(texts, lowest, comments);
    stats.features++;
    rows.push({ value, comments });
    // every further usage limit of the feature: its own row, right below
    if (lks)
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
  };
  for (const fk of featureKeys) featureRow(fk);
  for (const fk of nonCumulative)
    notes.note(
      'features on in a plan and off in a higher one (packaging.yaml includes a feature in every plan above its lowest)',
      fk,
    );

  // Usage limits tied to no feature: seat minimums become minSeats, the rest their own rows.
  const minSeats = new Map<number, number>();
  const unlinkedRow = (lk: string): void => {
    const lo = asObj(limitsSrc[lk]);
    const isMin = MIN_SEATS_KEY.test(lk) && SEAT_WORD.test(`${lk} ${String(lo.unit ?? '')}`);
    if (isMin) {
      const commentOnly: string[] = [];
      let written = false;
      plans.forEach((p, i) => {
        const n = toNumber(t.limitValue(lk, p));
        if (n === undefined || n <= 1) return;
        if (planPer[i]!.per === 'seat' && Number.isInteger(n)) {
          minSeats.set(i, Math.max(minSeats.get(i) ?? 0, n));
          written = true;
        } else commentOnly.push(`${p.key}: ${n}`);
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
      }
      markLimit(lk, written ? 'kept' : commentOnly.length > 0 ? 'comment' : 'unbounded');
      return;
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
  };
  for (const lk of unlinkedLimits) unlinkedRow(lk);
  for (const lk of unlinkedLimits)
    notes.note('usage limits tied to no feature (kept as their own rows, or minSeats)', lk);
  // Usage limits that are not numbers and bound no feature: their values as a comment on the lowest plan.
  for (const lk of t.unlinkedOther) {
    const values = valuesOn(lk, 0);
    if (values.length === 0) markLimit(lk, 'unbounded');
    else {
      const p = plans[0]!;
      planComments.set(p, [
        ...(planComments.get(p) ?? []),
        `usage limit ${lk}, which bounds no feature, in the source: ${values.join(', ')}`,
      ]);
      notes.note(
        'usage limits that are not numbers and bound no feature (kept as comments on the lowest plan)',
        lk,
      );
      markLimit(lk, 'comment');
    }
  }
  for (const lk of Object.keys(limitsSrc))
    if (!limitState.has(lk)) {
      markLimit(lk, 'dropped');
      notes.note('usage limits the import could not place (left out)', lk);
    }
  for (const s of limitState.values()) {
    if (s === 'kept') stats.limitsKept++;
    else if (s === 'placement') stats.limitsInPlacement++;
    else if (s === 'unbounded') stats.limitsUnbounded++;
    else if (s === 'comment') stats.limitsInComments++;
    else stats.limitsDropped++;
  }
  return { rows, minSeats };
}
