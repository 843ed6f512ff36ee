import type { PlanModel } from '../model';
import type { Rule } from './types';

export const nonMonotonicPrice: Rule = {
  id: 'non-monotonic-price',
  severity: 'warning',
  category: 'structure',
  description: 'A plan costs less than a lower plan.',
  check(ctx) {
    let top: PlanModel | undefined;
    for (const p of ctx.model.plans) {
      if (typeof p.price !== 'number') continue;
      if (top && typeof top.price === 'number' && p.price < top.price) {
        ctx.report({
          node: p.priceNode,
          message: `${ctx.name(p)} costs ${p.price}, less than the lower plan ${ctx.name(top)} (${top.price}). Plans are listed from lowest to highest: reorder them or fix the price.`,
        });
      }
      if (!top || (typeof top.price === 'number' && p.price > top.price)) top = p;
    }
  },
};
