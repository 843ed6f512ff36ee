import { whereItSits } from './helpers';
import type { Rule } from './types';

export const limitOutsidePlan: Rule = {
  id: 'limit-outside-plan',
  severity: 'error',
  category: 'structure',
  scope: 'feature',
  description: 'A `limits:` key names a plan below the one the feature starts on, which does not include it.',
  check(ctx) {
    for (const f of ctx.model.features) {
      const own = f.placement;
      if (!own) continue;
      for (const [planId, pair] of f.limitPairs) {
        const p = ctx.model.planById.get(planId);
        if (!p || p.rank >= own.rank) continue;
        ctx.report({
          node: pair.key,
          feature: f,
          message: `${ctx.name(f)} starts on ${whereItSits(ctx, f)}${f.addOnModel ? ` (from ${ctx.name(own)})` : ''}, so ${ctx.name(p)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${ctx.name(p)}.`,
        });
      }
    }
  },
};
