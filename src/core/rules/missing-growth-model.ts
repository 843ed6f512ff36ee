import type { Rule } from './types';

export const missingGrowthModel: Rule = {
  id: 'missing-growth-model',
  severity: 'info',
  category: 'growth-model',
  description: 'No `growth` block: a product-led freemium, self-serve model is assumed.',
  check(ctx) {
    if (ctx.topKey('growth')) return;
    ctx.report({
      node: ctx.topKey('version'),
      span: ctx.topKey('version') ? undefined : { start: 0, end: 0 },
      message:
        'No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it.',
    });
  },
};
