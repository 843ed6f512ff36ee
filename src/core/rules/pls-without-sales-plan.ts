import type { Rule } from './types';

export const plsWithoutSalesPlan: Rule = {
  id: 'pls-without-sales-plan',
  severity: 'warning',
  category: 'growth-model',
  description: 'Product-led sales with no plan bought through sales.',
  check(ctx) {
    const g = ctx.model.growth;
    const node = g.written.get('monetization');
    if (!ctx.model.hasGrowth || !node || g.monetization !== 'product-led-sales' || ctx.model.hasSalesPlan)
      return;
    ctx.report({
      node,
      message:
        'Monetization is product-led sales, but no plan is bought through sales: accounts that raise their hand have nowhere to go. Add a plan priced contact-sales, or mark the top plan `salesAssisted: true`.',
    });
  },
};
