import type { Rule } from './types';

export const limitOutsidePlan: Rule = {
  id: 'limit-outside-plan',
  severity: 'error',
  category: 'structure',
  description: 'A `limits:` key names a plan below the feature’s plan, which does not include it.',
  check(ctx) {
    for (const f of ctx.model.features) {
      const own = ctx.rank(f.plan);
      if (own === undefined) continue;
      for (const [planId, pair] of f.limitPairs) {
        const r = ctx.rank(planId);
        if (r === undefined || r >= own) continue;
        const p = ctx.planById(planId)!;
        const fp = ctx.planById(f.plan)!;
        ctx.report({
          node: pair.key,
          feature: f.id,
          message: `${ctx.name(f)} starts on ${ctx.name(fp)}, so ${ctx.name(p)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${ctx.name(p)}.`,
        });
      }
    }
  },
};
