import type { Rule } from './types';

export const unmeteredValueMetric: Rule = {
  id: 'unmetered-value-metric',
  severity: 'warning',
  category: 'growth-model',
  description: 'The value metric, the wall the price scales with, has no wall on the free plan.',
  // Not per-feature: anchored in `growth`, and the value metric is found among every feature.
  check(ctx) {
    const { model } = ctx;
    const node = model.growth.written.get('valueMetric');
    const f = model.valueMetric;
    if (!model.hasGrowth || !node || !f || f.lowerIsBetter || !model.freemium) return;
    if (f.side !== 'free' || f.walledOnFree) return;
    const plan = f.freeLimits[0]?.plan ?? model.firstFreePlan;
    const where = plan ? ctx.name(plan) : 'the free plan';
    ctx.report({
      node,
      feature: f,
      message: `${ctx.name(f)} is the value metric, the amount the price scales with, but ${where} gives it away with no limit: free users never meet the wall a growing customer should pay to lift, so growth does not turn into revenue. Put a wall on ${where} under its \`limits:\` (sized so one user gets value and a growing team meets it), or name another value metric.`,
      ...(plan ? { data: { recommendedPlan: plan.id } } : {}),
    });
  },
};
