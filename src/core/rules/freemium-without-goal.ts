import type { Rule } from './types';

export const freemiumWithoutGoal: Rule = {
  id: 'freemium-without-goal',
  severity: 'warning',
  category: 'growth-model',
  description: 'There is a freemium offer but no strategic reason for it.',
  check(ctx) {
    const { model } = ctx;
    const g = model.growth;
    const node = g.written.get('freeOffer');
    if (!model.hasGrowth || !node || !model.freemium) return;
    if (g.freemiumGoals && g.freemiumGoals.length > 0) return;
    ctx.report({
      node,
      message:
        'There is a freemium offer but no `freemiumGoals`. Free users cost money; say why they are worth it (indirect-monetization, poc, strategic-land, commoditization, product-discovery, data-collection) so the free plan can be judged against that goal.',
    });
  },
};
