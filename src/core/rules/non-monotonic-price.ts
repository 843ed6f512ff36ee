import type { PlanModel } from '../model/model';
import type { Rule } from './types';

/** Two plans compare when they are priced per the same thing and, where both say, over the same period. */
const comparable = (a: PlanModel, b: PlanModel) =>
  a.per === b.per && (a.period === undefined || b.period === undefined || a.period === b.period);

const money = (p: PlanModel) =>
  p.minSeats && p.per === 'seat'
    ? `${p.entryPrice} (${p.price} × ${p.minSeats} seats minimum)`
    : String(p.entryPrice);

export const nonMonotonicPrice: Rule = {
  id: 'non-monotonic-price',
  severity: 'warning',
  category: 'structure',
  description: 'A plan’s entry price is lower than a lower plan’s, priced the same way.',
  check(ctx) {
    // The most expensive lower plan per (per, period) key; period-less plans compare with every period.
    const seen: PlanModel[] = [];
    for (const p of ctx.model.plans) {
      if (p.entryPrice === undefined) continue;
      let worst: PlanModel | undefined;
      for (const q of seen)
        if (comparable(p, q) && q.entryPrice! > p.entryPrice && (!worst || q.entryPrice! > worst.entryPrice!))
          worst = q;
      if (worst)
        ctx.report({
          node: p.priceNode,
          message: `${ctx.name(p)} costs ${money(p)}, less than the lower plan ${ctx.name(worst)} (${money(worst)}) priced the same way: the upgrade would save money. Plans go from lowest to highest: reorder them or fix the price.`,
        });
      // Only the highest so far per key matters: keep the list short for long ladders.
      const i = seen.findIndex((q) => q.per === p.per && q.period === p.period);
      if (i < 0) seen.push(p);
      else if (seen[i]!.entryPrice! < p.entryPrice) seen[i] = p;
    }
  },
};
