import { slugify, uniqueId } from './ids';
import { addOnRelations } from './map-add-ons';
import type { Notes } from './notes';
import {
  asObj,
  has,
  isObj,
  type Json,
  type Obj,
  overrideOf,
  priceOf,
  type Source,
  stringList,
  toNumber,
  truthy,
} from './read';
import type { PlanTable, SourcePlan } from './tables';
import { perAndPeriod } from './units';

// Mapping the source's plans: their prices and billing terms, their order (lowest to highest), which features
// each enables and each usage limit's value per plan. An add-on-only source (no plans) has its add-ons as plans.

export type { PlanTable, SourcePlan };

export function mapPlans(src: Source, notes: Notes): PlanTable {
  const {
    features: featuresSrc,
    usageLimits: limitsSrc,
    plans: plansSrc,
    addOns: addOnsSrc,
    variables,
  } = src;
  const planComments = new Map<SourcePlan, string[]>();
  const addOnKeys = new Set(Object.keys(addOnsSrc));
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
      notes.note(
        'prices that are not numbers became contact-sales',
        `${key} (${JSON.stringify(o.price ?? null)})`,
      );
    }
    if (pr.salesAssisted) c.push('custom offer in the source: salesAssisted');
    if (fromAddOn) {
      // A plan cannot require or exclude another plan: the dependencies stay visible as comments and notes.
      const rel = addOnRelations(key, o, addOnKeys, notes, c);
      if (rel.requires.length) {
        c.push(
          `needs the add-on(s) ${rel.requires.join(', ')} in the source (imported as plans: a plan cannot require another)`,
        );
        for (const r of rel.requires)
          notes.note(
            'add-on dependencies a plan cannot hold (the file has no plans; kept as comments)',
            `${key} needs ${r}`,
          );
      }
      if (rel.excludes.length) {
        c.push(
          `excludes the add-on(s) ${rel.excludes.join(', ')} in the source (imported as plans: a plan cannot exclude another)`,
        );
        for (const r of rel.excludes)
          notes.note(
            'add-on exclusions a plan cannot hold (the file has no plans; kept as comments)',
            `${key} excludes ${r}`,
          );
      }
      const af = stringList(o.availableFor);
      if (af.length) {
        c.push(`available for ${af.join(', ')} in the source, which defines no plans`);
        for (const k of af)
          notes.note('add-ons available for plans the file does not define (ignored)', `${key}: ${k}`);
      }
    }
    if (o.private === true) {
      c.push('private plan in the source');
      notes.note('private plans imported as public plans', key);
    }
    if (c.length) planComments.set(sp, c);
    return sp;
  };
  let plans: SourcePlan[] = Object.entries(plansSrc)
    .filter(([, p]) => p === null || isObj(p))
    .map(([key, p], index) => sourcePlan(key, p, index, false));
  const addOnsAsPlans = plans.length === 0 && Object.keys(addOnsSrc).length > 0;
  if (addOnsAsPlans) {
    notes.warn('the file has no plans; its add-ons are imported as plans');
    plans = Object.entries(addOnsSrc).map(([key, a], index) => sourcePlan(key, a, index, true));
  }
  if (plans.length === 0) {
    notes.warn('the file has no plans and no add-ons; one plan `base` (contact sales) holds every feature');
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
  const textLinked = new Map<string, string[]>();
  const unlinkedLimits: string[] = [];
  const unlinkedOther: string[] = [];
  for (const [lk, l] of Object.entries(limitsSrc)) {
    const lo = asObj(l);
    const lf = Array.isArray(lo.linkedFeatures)
      ? lo.linkedFeatures.filter((x): x is string => typeof x === 'string' && has(featuresSrc, x))
      : [];
    const vt = valueTypeOf(lo);
    if (lf.length === 0) {
      (vt === 'NUMERIC' ? unlinkedLimits : unlinkedOther).push(lk);
      continue;
    }
    const target = vt === 'NUMERIC' ? linked : vt === 'BOOLEAN' ? boolLinked : textLinked;
    for (const f of lf) {
      const list = target.get(f) ?? [];
      list.push(lk);
      target.set(f, list);
    }
  }

  // --- features: on or off per plan (a linked limit of 0 or false turns it off)
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
      notes.warn(
        `plans reordered by price (lowest to highest): ${byPrice.map((p) => p.key).join(', ')}; check that the order reads as an upgrade path`,
      );
      plans = byPrice;
    } else {
      notes.warn(
        'plans kept in file order although their prices are not ascending: the features follow that order',
      );
    }
  }
  const usedPlanIds = new Set<string>();
  const planIds = plans.map((p) => uniqueId(slugify(p.key, 'plan'), usedPlanIds));

  return {
    src,
    notes,
    plans,
    planIds,
    planRankByKey: new Map(plans.map((p, i) => [p.key, i])),
    planPer: plans.map((p) => perAndPeriod(p.unit)),
    planComments,
    addOnsAsPlans,
    featureKeys,
    linked,
    boolLinked,
    textLinked,
    unlinkedLimits,
    unlinkedOther,
    enabledMatrix,
    limitValue,
    featureValue,
  };
}
