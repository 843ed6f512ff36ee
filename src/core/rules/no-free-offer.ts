import type { Rule } from './types';

export const noFreeOffer: Rule = {
  id: 'no-free-offer',
  severity: 'warning',
  category: 'growth-model',
  description: 'Product-led acquisition with no free offer.',
  check(ctx) {
    const g = ctx.model.growth;
    const node = g.written.get('freeOffer');
    if (!ctx.model.hasGrowth || !node || !g.written.has('acquisition')) return;
    if (g.acquisition !== 'product-led' || g.freeOffer !== 'none') return;
    ctx.report({
      node,
      message:
        'Acquisition is product-led but there is no free offer: users cannot acquire a product they cannot try. Add a free plan or a trial (freeOffer freemium, trial or freemium-and-trial), or make acquisition marketing-led or sales-led.',
    });
  },
};
