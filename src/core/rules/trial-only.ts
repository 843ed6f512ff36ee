import type { Rule } from './types';

export const trialOnly: Rule = {
  id: 'trial-only',
  severity: 'warning',
  category: 'growth-model',
  description: 'The only free offer is a time-bound trial.',
  check(ctx) {
    const node = ctx.model.growth.written.get('freeOffer');
    if (!ctx.model.hasGrowth || !node || ctx.model.growth.freeOffer !== 'trial') return;
    ctx.report({
      node,
      message:
        'The only free offer is a time-bound trial. Larger organisations rarely finish evaluating in a few days, and users who leave lose their work. Prefer a usage-based free offer: freemium, or freemium-and-trial.',
    });
  },
};
