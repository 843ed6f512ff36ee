import type { Rule } from './types';

export const plsWithoutPql: Rule = {
  id: 'pls-without-pql',
  severity: 'info',
  category: 'growth-model',
  description: 'Product-led sales with no product signal that qualifies an account.',
  check(ctx) {
    const g = ctx.model.growth;
    const node = g.written.get('monetization');
    if (!ctx.model.hasGrowth || !node || g.monetization !== 'product-led-sales') return;
    if (g.qualifiedBy && g.qualifiedBy.length > 0) return;
    ctx.report({
      node,
      message:
        'Monetization is product-led sales, but `qualifiedBy` names no product signal, so sales cannot tell which accounts are ready. Say what qualifies a lead: usage-volume, usage-velocity, feature-breadth, team-spread, demographics, use-case.',
    });
  },
};
