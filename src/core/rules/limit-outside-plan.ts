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
      // (r3) With both plan and addOn, the add-on reaches down to its `from`: the lower of the two counts.
      const own = f.availableFrom;
      if (!own || !f.placement) continue;
      const sold = own !== f.placement;
      // most features have no limits: no iterator for them
      if (f.limitPairs.size === 0) continue;
      for (const [planId, pair] of f.limitPairs) {
        const p = ctx.model.planById.get(planId);
        if (!p || p.rank >= own.rank) continue;
        const where = sold
          ? `is included from ${ctx.name(f.placement)} and sold as the ${ctx.name(f.addOnModel!)} add-on from ${ctx.name(own)}`
          : `starts on ${whereItSits(ctx, f)}${f.addOnOnly && f.addOnModel ? ` (from ${ctx.name(own)})` : ''}`;
        ctx.report({
          node: pair.key,
          feature: f,
          message: `${ctx.name(f)} ${where}, so ${ctx.name(p)} does not include it and a limit there means nothing. Remove this limit, or move the feature down to ${ctx.name(p)}.`,
        });
      }
    }
  },
};
