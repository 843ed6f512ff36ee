import { freeSide, freeWhere } from './helpers';
import type { Rule } from './types';

export const freeFriction: Rule = {
  id: 'free-friction',
  severity: 'warning',
  category: 'packaging-test',
  scope: 'feature',
  description: 'A feature that creates friction for the growth model is given away free.',
  check(ctx) {
    const paid = ctx.model.upgradePlan ?? ctx.model.lowestPaidPlan;
    for (const f of freeSide(ctx)) {
      if (f.recommendation !== 'paid' || !f.reasons.includes('friction')) continue;
      ctx.report({
        node: f.planNode,
        feature: f,
        message: `${ctx.name(f)} creates friction for the growth model and drives no growth signal, yet it is free ${f.addOnOnly ? 'with' : 'on'} ${freeWhere(ctx, f)}. Gate it in ${paid ? ctx.name(paid) : 'a paid plan'}, or record the growth signal it has.`,
        data: { recommendedSide: 'paid', ...(paid ? { recommendedPlan: paid.id } : {}) },
      });
    }
  },
};
