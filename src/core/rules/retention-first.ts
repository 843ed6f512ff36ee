import type { Rule } from './types';

export const retentionFirst: Rule = {
  id: 'retention-first',
  severity: 'warning',
  category: 'growth-model',
  description: 'Acquisition is product-led but retention is not.',
  check(ctx) {
    const g = ctx.model.growth;
    const node = g.written.get('retention');
    if (!ctx.model.hasGrowth || !node || !g.written.has('acquisition')) return;
    if (g.acquisition !== 'product-led' || g.retention === 'product-led') return;
    ctx.report({
      node,
      message: `Acquisition is product-led but retention is ${g.retention}: users who sign up on their own will churn before the product keeps them. Make retention product-led first (habit loops, collaboration), then push acquisition.`,
    });
  },
};
