import type { Rule } from './types';

export const unclassifiedFeature: Rule = {
  id: 'unclassified-feature',
  severity: 'info',
  category: 'packaging-test',
  scope: 'feature',
  description: 'A feature has no `signals` block, so the packaging test cannot place it.',
  check(ctx) {
    for (const f of ctx.model.features) {
      if (f.signals) continue;
      ctx.report({
        node: f.idNode,
        feature: f,
        message: `${ctx.name(f)} has no \`signals\`, so the packaging test cannot say whether it belongs in free or paid. Answer the test in a signals block: virality, universality, ahaMoment, habitLoop, friction, expansion.`,
      });
    }
  },
};
