import { asObj, has, isObj, type Json, type Obj, priceOf, stringList } from './read';
import type { PlanTable, SourcePlan } from './tables';

// The source's own inconsistencies, the kinds the ISA group's catalogue of faulty pricings lists: overrides of
// features or usage limits the file does not define, usage limits linked to undefined features, and plans or
// add-ons identical to another. Each is a note naming the elements (and a comment where an element is written).
// Dangling `dependsOn`/`excludes`/`availableFor` and "included with a limit of 0" are reported where they are read.

/** `{value: X}` -> X, keys sorted: two overrides that mean the same compare equal. */
function canonical(v: Json | undefined): string {
  if (isObj(v)) {
    if (has(v, 'value') && Object.keys(v).length === 1) return canonical(v.value);
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  return JSON.stringify(v ?? null);
}

/** Groups of keys with the same signature, each group as "A = B = C" (only groups of two or more). */
function sameGroups(sigs: [string, string][]): string[] {
  const by = new Map<string, string[]>();
  for (const [key, sig] of sigs) {
    const list = by.get(sig);
    if (list) list.push(key);
    else by.set(sig, [key]);
  }
  return [...by.values()].filter((g) => g.length > 1).map((g) => g.join(' = '));
}

export function reportSourceDefects(t: PlanTable): void {
  const { notes, src, plans } = t;
  const what = t.addOnsAsPlans ? 'add-ons (imported as plans)' : 'plans';
  for (const p of plans) {
    for (const fk of Object.keys(p.features))
      if (!has(src.features, fk))
        notes.note(`${what} set features the file does not define (left out)`, `${p.key}.${fk}`);
    for (const lk of Object.keys(p.usageLimits))
      if (!has(src.usageLimits, lk))
        notes.note(`${what} set usage limits the file does not define (left out)`, `${p.key}.${lk}`);
  }
  if (!t.addOnsAsPlans)
    for (const [key, a] of Object.entries(src.addOns)) {
      const o = asObj(a);
      for (const fk of Object.keys(asObj(o.features)))
        if (!has(src.features, fk))
          notes.note('add-ons set features the file does not define (left out)', `${key}.${fk}`);
      for (const lk of [...Object.keys(asObj(o.usageLimits)), ...Object.keys(asObj(o.usageLimitsExtensions))])
        if (!has(src.usageLimits, lk))
          notes.note('add-ons set usage limits the file does not define (left out)', `${key}.${lk}`);
    }
  for (const [lk, l] of Object.entries(src.usageLimits))
    for (const fk of stringList(asObj(l).linkedFeatures))
      if (!has(src.features, fk))
        notes.note(
          'usage limits linked to features the file does not define (the link is left out)',
          `${lk}: ${fk}`,
        );

  // Identical plans: the same price and billing unit, and every feature and usage limit resolved the same.
  const fks = t.featureKeys;
  const lks = Object.keys(src.usageLimits);
  const planSig = (p: SourcePlan) =>
    canonical([
      p.price,
      p.unit ?? null,
      p.salesAssisted ?? false,
      fks.map((fk) => t.featureValue(fk, p)),
      lks.map((lk) => t.limitValue(lk, p)),
    ]);
  // the full signature only for plans that share a price and unit with another (most files: none)
  const cheap = (p: SourcePlan) => `${p.price}|${p.unit ?? ''}|${p.salesAssisted ?? false}`;
  const cheapCount = new Map<string, number>();
  for (const p of plans) cheapCount.set(cheap(p), (cheapCount.get(cheap(p)) ?? 0) + 1);
  const planGroups = sameGroups(
    plans.filter((p) => cheapCount.get(cheap(p))! > 1).map((p) => [p.key, planSig(p)]),
  );
  for (const g of planGroups) {
    notes.note(`${what} identical to another (same price, features and usage limits)`, g);
    for (const key of g.split(' = ')) {
      const p = plans.find((x) => x.key === key)!;
      const others = g.split(' = ').filter((k) => k !== key);
      t.planComments.set(p, [
        ...(t.planComments.get(p) ?? []),
        `identical to ${others.join(', ')} in the source (same price, features and usage limits)`,
      ]);
    }
  }
}

/** Identical add-ons (same price, unit, plans, features, limits and relations): "A = B" groups. */
export function identicalAddOns(addOnsSrc: Obj, keys: string[], variables: Obj): string[] {
  const price = new Map(keys.map((k) => [k, `${priceOf(asObj(addOnsSrc[k]), variables).price}`]));
  const perPrice = new Map<string, number>();
  for (const v of price.values()) perPrice.set(v, (perPrice.get(v) ?? 0) + 1);
  return sameGroups(
    keys
      .filter((k) => perPrice.get(price.get(k)!)! > 1)
      .map((k) => {
        const o = asObj(addOnsSrc[k]);
        const sig: Obj = {
          price: priceOf(o, variables).price,
          unit: o.unit ?? null,
          availableFor: [...stringList(o.availableFor)].sort(),
          features: o.features ?? null,
          usageLimits: o.usageLimits ?? null,
          usageLimitsExtensions: o.usageLimitsExtensions ?? null,
          dependsOn: [...stringList(o.dependsOn)].sort(),
          excludes: [...stringList(o.excludes)].sort(),
        };
        return [k, canonical(sig)];
      }),
  );
}
