import type { Rule } from './types';

export const enterpriseOnlyRoadmap: Rule = {
  id: 'enterprise-only-roadmap',
  severity: 'warning',
  category: 'growth-model',
  description: 'Every planned feature goes to the highest plan.',
  check(ctx) {
    const plans = ctx.model.plans;
    if (plans.length < 2) return;
    const planned = ctx.model.features.filter((f) => f.status === 'planned');
    if (planned.length < 2) return;
    const top = plans[plans.length - 1]!;
    if (!planned.every((f) => f.plan === top.id)) return;
    ctx.report({
      node: ctx.topKey('features'),
      message: `All ${planned.length} planned features go to ${ctx.name(top)}, the highest plan: the roadmap serves only the top of the market and the free and mid plans stop improving. Plan some work for the users who bring growth.`,
    });
  },
};
