import type { Rule } from './types';

export const singlePlayerAcquisition: Rule = {
  id: 'single-player-acquisition',
  severity: 'info',
  category: 'growth-model',
  description: 'Product-led acquisition in a single-player product.',
  check(ctx) {
    const g = ctx.model.growth;
    const node = g.written.get('acquisition');
    if (!ctx.model.hasGrowth || !node || !g.written.has('relationship')) return;
    if (g.acquisition !== 'product-led' || g.relationship !== 'single-player') return;
    ctx.report({
      node,
      message:
        'Acquisition is product-led but the product is single-player: without collaboration, every user must be acquired one by one. Look for sharing or public output that brings in the next user, or plan marketing-led acquisition.',
    });
  },
};
