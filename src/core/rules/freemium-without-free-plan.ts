import type { Rule } from './types';

export const freemiumWithoutFreePlan: Rule = {
  id: 'freemium-without-free-plan',
  severity: 'error',
  category: 'structure',
  description: 'The free offer is freemium but no plan is free.',
  check(ctx) {
    const g = ctx.model.growth;
    const node = g.written.get('freeOffer');
    if (!ctx.model.hasGrowth || !node) return;
    if (g.freeOffer !== 'freemium' && g.freeOffer !== 'freemium-and-trial') return;
    if (ctx.model.plans.length === 0 || ctx.model.plans.some((p) => p.free)) return;
    ctx.report({
      node,
      message: `The free offer is ${g.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`,
    });
  },
};
