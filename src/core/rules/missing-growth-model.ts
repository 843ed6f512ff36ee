import type { Rule } from './types';

export const missingGrowthModel: Rule = {
  id: 'missing-growth-model',
  severity: 'info',
  category: 'growth-model',
  description: 'No `growth` block: a product-led freemium, self-serve model is assumed.',
  check(ctx) {
    // A `growth` block that fails the schema is still written: no finding here.
    if (ctx.topKey('growth')) return;
    const version = ctx.topKey('version');
    ctx.report({
      node: version,
      ...(version ? {} : { span: { start: 0, end: 0 } }),
      message:
        'No `growth` block: the checks assume product-led acquisition and retention, a freemium offer and self-serve monetization. Describe your growth model so the advice fits it.',
    });
  },
};
