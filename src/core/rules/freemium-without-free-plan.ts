import type { Rule } from './types';

export const freemiumWithoutFreePlan: Rule = {
  id: 'freemium-without-free-plan',
  severity: 'error',
  category: 'structure',
  description: 'The free offer is freemium but no plan is free.',
  check(ctx) {
    const { model } = ctx;
    const node = model.growth.written.get('freeOffer');
    if (!model.hasGrowth || !node || !model.freemium) return;
    if (model.plans.length === 0 || model.firstFreePlan) return;
    ctx.report({
      node,
      message: `The free offer is ${model.growth.freeOffer}, but no plan has price 0. Add a free plan (price: 0), or set freeOffer to trial or none.`,
    });
  },
};
