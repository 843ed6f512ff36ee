import { humanize } from './humanize';
import { slugify, uniqueId } from './ids';
import type { PlanTable } from './map-plans';
import {
  asObj,
  isObj,
  type Obj,
  overrideOf,
  priceOf,
  stringList,
  toNumber,
  truthy,
  UNLIMITED_SENTINEL,
} from './read';
import { limitUnit, perAndPeriod } from './units';
import type { Row } from './write';

// Mapping the source's add-ons (when it has plans): price, billing terms, the lowest plan that can buy it
// (`availableFor` -> `from`), and what the format cannot hold as comments.

export interface OutAddOn {
  key: string;
  id: string;
  /** rank of the lowest plan that can buy it; undefined: every plan */
  from?: number;
  row: Row;
  features: Obj;
  limits: Obj;
}

export function mapAddOns(t: PlanTable): OutAddOn[] {
  const { plans, planIds, planRankByKey, notes } = t;
  const { addOns: addOnsSrc, usageLimits: limitsSrc, variables } = t.src;
  const usedAddOnIds = new Set<string>();
  const addOns: OutAddOn[] = [];
  if (t.addOnsAsPlans) return addOns;
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
      notes.note(
        'prices that are not numbers became contact-sales',
        `${key} (${JSON.stringify(o.price ?? null)})`,
      );
    }
    let from: number | undefined;
    if (Array.isArray(o.availableFor)) {
      const ranks = stringList(o.availableFor)
        .map((k) => {
          const r = planRankByKey.get(k);
          if (r === undefined)
            notes.note('add-ons available for plans the file does not define (ignored)', `${key}: ${k}`);
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
    const dependsOn = stringList(o.dependsOn);
    const excludes = stringList(o.excludes);
    if (dependsOn.length) comments.push(`needs the add-on(s) ${dependsOn.join(', ')} in the source`);
    if (excludes.length) comments.push(`excludes the add-on(s) ${excludes.join(', ')} in the source`);
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
  return addOns;
}

/** The add-ons that enable a feature, in source order. */
export function addOnsEnabling(addOns: OutAddOn[], fk: string): OutAddOn[] {
  return addOns.filter((a) => {
    const o = overrideOf(a.features, fk);
    return o.found && truthy(o.value);
  });
}
