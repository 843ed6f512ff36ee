import { firstPaidPlan, placed } from './helpers';
import type { Rule } from './types';

export const freeFriction: Rule = {
  id: 'free-friction',
  severity: 'warning',
  category: 'packaging-test',
  description: 'A feature that creates friction for the growth model is given away free.',
  check(ctx) {
    const paid = firstPaidPlan(ctx);
    for (const f of placed(ctx)) {
      if (f.side !== 'free' || f.recommendation !== 'paid' || !f.reasons.includes('friction')) continue;
      const plan = ctx.planById(f.plan)!;
      ctx.report({
        node: f.planNode,
        feature: f.id,
        message: `${ctx.name(f)} creates friction for the growth model and drives no growth signal, yet it is free on ${ctx.name(plan)}. Gate it in ${paid ? ctx.name(paid) : 'a paid plan'}, or record the growth signal it has.`,
        data: { recommendedSide: 'paid', ...(paid ? { recommendedPlan: paid.id } : {}) },
      });
    }
  },
};
