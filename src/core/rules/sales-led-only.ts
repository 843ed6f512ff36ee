import type { Rule } from './types';

export const salesLedOnly: Rule = {
  id: 'sales-led-only',
  severity: 'info',
  category: 'growth-model',
  description: 'Sales-led with nothing product-led layered on: no product-led stage and no free plan.',
  check(ctx) {
    const { model } = ctx;
    const g = model.growth;
    if (!model.hasGrowth) return;
    if (!g.written.has('acquisition') || !g.written.has('retention') || !g.written.has('monetization'))
      return;
    if (g.monetization !== 'sales-led' || g.acquisition === 'product-led' || g.retention === 'product-led')
      return;
    const allSales = g.acquisition === 'sales-led' && g.retention === 'sales-led';
    // (r3) Marketing-led in front of sales-led with no free plan and no written freemium: still no product layer.
    const freemiumWritten = g.written.has('freeOffer') && model.freemium;
    if (!allSales && (model.hasFreePlan || freemiumWritten)) return;
    ctx.report({
      node: ctx.topKey('growth'),
      message: allSales
        ? 'Acquisition, retention and monetization are all sales-led: nothing product-led is layered on. You do not need to switch models, but a product-led layer (self-serve sign-up, in-product retention) adds a growth engine next to sales.'
        : 'Monetization is sales-led, neither acquisition nor retention is product-led, and there is no free plan: nothing product-led is layered on sales. You do not need to switch models, but a free plan or a self-serve entry beside sales lets users find value before a seller calls.',
    });
  },
};
