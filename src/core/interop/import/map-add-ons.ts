import { identicalAddOns } from './defects';
import { humanize } from './humanize';
import { slugify, uniqueId } from './ids';
import type { Notes } from './notes';
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
import type { PlanTable } from './tables';
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
  /** usage limits it raises (kept as a comment) */
  raises: number;
}

/** The add-ons the import writes (or turns into plans): mappings or empty, in source order. */
export function writtenAddOnKeys(addOnsSrc: Obj): string[] {
  return Object.keys(addOnsSrc).filter((k) => addOnsSrc[k] === null || isObj(addOnsSrc[k]));
}

/**
 * An add-on's `dependsOn` and `excludes` as add-on keys: dangling ones and the add-on itself left out, each
 * with a comment and a note; an add-on both needed and excluded is kept (check's add-on-conflict says it too).
 */
export function addOnRelations(
  key: string,
  o: Obj,
  known: ReadonlySet<string>,
  notes: Notes,
  comments: string[],
): { requires: string[]; excludes: string[] } {
  const read = (field: 'dependsOn' | 'excludes') => {
    const kept: string[] = [];
    for (const k of new Set(stringList(o[field]))) {
      if (k === key) {
        comments.push(`${field} names this add-on itself in the source: left out`);
        notes.note(`add-ons whose ${field} names themselves (left out)`, key);
      } else if (!known.has(k)) {
        comments.push(`${field} names ${k}, which the file does not define as an add-on: left out`);
        notes.note(
          `add-ons whose ${field} names an add-on the file does not define (left out)`,
          `${key}: ${k}`,
        );
      } else kept.push(k);
    }
    return kept;
  };
  const requires = read('dependsOn');
  const excludes = read('excludes');
  const excluded = new Set(excludes);
  for (const k of requires)
    if (excluded.has(k)) {
      comments.push(`both needs and excludes ${k} in the source`);
      notes.note('add-ons that both need and exclude another add-on', `${key}: ${k}`);
    }
  return { requires, excludes };
}

export function mapAddOns(t: PlanTable): OutAddOn[] {
  const { plans, planIds, planRankByKey, notes } = t;
  const { addOns: addOnsSrc, usageLimits: limitsSrc, variables } = t.src;
  const usedAddOnIds = new Set<string>();
  const addOns: OutAddOn[] = [];
  if (t.addOnsAsPlans) return addOns;
  const keys = writtenAddOnKeys(addOnsSrc);
  const known = new Set(keys);
  // ids first: a dependsOn may name an add-on written after it
  const idOf = new Map(keys.map((k) => [k, uniqueId(slugify(k, 'add-on'), usedAddOnIds)]));
  const identical = new Map<string, string[]>();
  for (const g of identicalAddOns(addOnsSrc, keys, variables)) {
    notes.note('add-ons identical to another (same price, plans, features and usage limits)', g);
    const group = g.split(' = ');
    for (const k of group)
      identical.set(
        k,
        group.filter((x) => x !== k),
      );
  }
  for (const key of keys) {
    const o = asObj(addOnsSrc[key]);
    const id = idOf.get(key)!;
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
          if (r === undefined) {
            comments.push(`availableFor names ${k}, which the file does not define as a plan: ignored`);
            notes.note('add-ons available for plans the file does not define (ignored)', `${key}: ${k}`);
          }
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
    const twins = identical.get(key);
    if (twins) comments.push(`identical to ${twins.join(', ')} in the source`);
    const rel = addOnRelations(key, o, known, notes, comments);
    if (rel.requires.length) value.requires = rel.requires.map((k) => idOf.get(k)!);
    if (rel.excludes.length) value.excludes = rel.excludes.map((k) => idOf.get(k)!);
    const ext = asObj(o.usageLimitsExtensions);
    const extList = Object.entries(ext)
      .map(([lk, v]) => {
        const n = toNumber(isObj(v) ? v.value : v);
        if (n === undefined) return undefined;
        const u = limitUnit(asObj(limitsSrc[lk])).unit;
        return `${lk} +${n >= UNLIMITED_SENTINEL ? 'unlimited' : n}${u ? ` ${u}` : ''}`;
      })
      .filter((x): x is string => x !== undefined);
    if (extList.length) {
      comments.push(`raises ${extList.join(', ')}`);
      notes.note(
        'usage limits add-ons raise (kept as comments: the format has no limit an add-on raises)',
        `${key}: ${Object.keys(ext).join(', ')}`,
      );
    }
    addOns.push({
      key,
      id,
      ...(from !== undefined ? { from } : {}),
      row: { value, comments },
      features: asObj(o.features),
      limits: Object.assign(Object.create(null), asObj(o.usageLimits), ext),
      raises: extList.length,
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
