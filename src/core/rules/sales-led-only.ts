import type { Rule } from './types';

export const salesLedOnly: Rule = {
  id: 'sales-led-only',
  severity: 'info',
  category: 'growth-model',
  description: 'Acquisition, retention and monetization are all sales-led.',
  check(ctx) {
    const g = ctx.model.growth;
    if (!ctx.model.hasGrowth) return;
    if (!g.written.has('acquisition') || !g.written.has('retention') || !g.written.has('monetization'))
      return;
    if (g.acquisition !== 'sales-led' || g.retention !== 'sales-led' || g.monetization !== 'sales-led')
      return;
    ctx.report({
      node: ctx.topKey('growth'),
      message:
        'Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales.',
    });
  },
};
