import type { Rule } from './types';

export const viralWall: Rule = {
  id: 'viral-wall',
  severity: 'warning',
  category: 'packaging-test',
  description: 'A viral feature is walled at 0 or 1 on a free plan.',
  check(ctx) {
    for (const f of ctx.model.features) {
      if (f.signals?.virality !== true) continue;
      const own = ctx.rank(f.plan);
      if (own === undefined) continue;
      for (const p of ctx.model.plans.slice(own)) {
        const l = f.limits[p.id];
        if (!p.free || (l !== 0 && l !== 1)) continue;
        ctx.report({
          node: f.limitPairs.get(p.id)?.value,
          feature: f.id,
          message: `${ctx.name(f)} spreads the product (virality), but ${ctx.name(p)} caps ${f.unit ?? 'it'} at ${l}: a limit this low stops the loop before it starts. Raise it enough to share with a team.`,
        });
      }
    }
  },
};
