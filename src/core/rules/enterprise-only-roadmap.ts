import type { Rule } from './types';

export const enterpriseOnlyRoadmap: Rule = {
  id: 'enterprise-only-roadmap',
  severity: 'warning',
  category: 'growth-model',
  description: 'Every planned feature goes to the top of the ladder.',
  check(ctx) {
    const { model } = ctx;
    const plans = model.plans;
    if (plans.length < 2) return;
    // Features with an unknown plan are left out of every set rule.
    const planned = model.features.filter((f) => f.status === 'planned' && f.placement);
    if (planned.length < 2) return;
    const top = plans[plans.length - 1]!;
    const paid = model.lowestPaidPlan;
    const high = (rank: number) => rank === top.rank || (paid !== undefined && rank > paid.rank);
    if (!planned.every((f) => high(f.placement!.rank))) return;
    const where = paid && paid.rank < top.rank ? `plans above ${ctx.name(paid)}` : ctx.name(top);
    ctx.report({
      node: ctx.topKey('features'),
      message: `All ${planned.length} planned features go to ${where}, the top of the ladder: the roadmap serves only the largest customers and the free and entry plans stop improving. Plan some work for the users who bring growth.`,
    });
  },
};
