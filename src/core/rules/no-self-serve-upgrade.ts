import type { Rule } from './types';

export const noSelfServeUpgrade: Rule = {
  id: 'no-self-serve-upgrade',
  severity: 'warning',
  category: 'growth-model',
  description: 'Self-serve monetization without any plan a user can buy on their own.',
  check(ctx) {
    const m = ctx.model.growth.monetization;
    if (m !== 'self-serve' && m !== 'product-led-sales') return;
    if (ctx.model.plans.length === 0) return;
    if (ctx.model.plans.some((p) => !p.sales && typeof p.price === 'number' && p.price > 0)) return;
    ctx.report({
      node: ctx.topKey('plans'),
      message: `Monetization is ${m}, but no plan outside sales has a price above 0, so a user who is ready to pay has nowhere to upgrade on their own. Add a priced self-serve plan between free and the sales plans.`,
    });
  },
};
