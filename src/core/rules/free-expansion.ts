import { freeSide, freeWhere } from './helpers';
import type { Rule } from './types';

export const freeExpansion: Rule = {
  id: 'free-expansion',
  severity: 'info',
  category: 'packaging-test',
  description: 'A feature whose use grows with a customer’s value is free with no usage wall.',
  // Not per-feature (r3): it reads the value metric, another feature.
  check(ctx) {
    const { model } = ctx;
    // Heavy use already meets the value metric's wall; the value metric itself is unmetered-value-metric's.
    if (model.valueMetricWalledOnFree) return;
    const paid = model.upgradePlan ?? model.lowestPaidPlan;
    for (const f of freeSide(ctx)) {
      if (f === model.valueMetric) continue;
      if (f.recommendation !== 'paid' || f.reasons.length !== 1 || f.reasons[0] !== 'expansion') continue;
      if (f.walledOnFree) continue;
      const plan = f.placement!;
      const where = freeWhere(ctx, f);
      ctx.report({
        node: f.planNode,
        feature: f,
        message: `${ctx.name(f)} grows with the value a customer gets (expansion), and ${where} gives it away with no limit: heavy users never need to upgrade. Put a usage wall on ${ctx.name(plan)} under \`limits:\`, or start it on ${paid ? ctx.name(paid) : 'a paid plan'}.`,
        data: { recommendedSide: 'paid', ...(paid ? { recommendedPlan: paid.id } : {}) },
      });
    }
  },
};
