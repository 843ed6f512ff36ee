import { freeSide } from './helpers';
import type { Rule } from './types';

export const freeExpansion: Rule = {
  id: 'free-expansion',
  severity: 'info',
  category: 'packaging-test',
  scope: 'feature',
  description: 'A feature whose use grows with a customer’s value is free with no usage wall.',
  check(ctx) {
    const paid = ctx.model.upgradePlan ?? ctx.model.lowestPaidPlan;
    for (const f of freeSide(ctx)) {
      if (f.recommendation !== 'paid' || f.reasons.length !== 1 || f.reasons[0] !== 'expansion') continue;
      if (f.walledOnFree) continue;
      const plan = f.placement!;
      ctx.report({
        node: f.planNode,
        feature: f,
        message: `${ctx.name(f)} grows with the value a customer gets (expansion), and ${ctx.name(plan)} gives it away with no limit: heavy users never need to upgrade. Put a usage wall on ${ctx.name(plan)} under \`limits:\`, or start it on ${paid ? ctx.name(paid) : 'a paid plan'}.`,
        data: { recommendedSide: 'paid', ...(paid ? { recommendedPlan: paid.id } : {}) },
      });
    }
  },
};
