import { GROWTH_SIGNALS } from '../types';
import type { Rule } from './types';

export const singleCustomerFeature: Rule = {
  id: 'single-customer-feature',
  severity: 'info',
  category: 'growth-model',
  scope: 'feature',
  description: 'A feature requested by one customer that drives no growth signal.',
  check(ctx) {
    for (const f of ctx.model.features) {
      if (f.requestedBy?.length !== 1 || !f.requestedByNode) continue;
      if (GROWTH_SIGNALS.some((s) => f.signals?.[s] === true)) continue;
      ctx.report({
        node: f.requestedByNode,
        feature: f,
        message: `${ctx.name(f)} was asked for by one customer (${f.requestedBy[0]}) and drives no growth signal. Check that it serves more users than one account before it takes roadmap time.`,
      });
    }
  },
};
