import { has } from './helpers';
import type { Rule } from './types';

export const singlePlayerAcquisition: Rule = {
  id: 'single-player-acquisition',
  severity: 'info',
  category: 'growth-model',
  description: 'Product-led acquisition in a single-player product with nothing viral for free users.',
  check(ctx) {
    const { model } = ctx;
    const g = model.growth;
    const node = g.written.get('acquisition');
    if (!model.hasGrowth || !node || !g.written.has('relationship')) return;
    if (g.acquisition !== 'product-led' || g.relationship !== 'single-player') return;
    // Public output (shared links, embeds, exports with a badge) brings the next user even without collaboration.
    if (model.features.some((f) => f.reachesFree && has(f, 'virality'))) return;
    ctx.report({
      node,
      message:
        'Acquisition is product-led but the product is single-player and nothing free users reach is viral: every user must be acquired one by one. Give free users public output that brings in the next user (share links, embeds, a badge), or plan marketing-led acquisition.',
    });
  },
};
