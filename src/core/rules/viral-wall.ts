import { freeSide, has } from './helpers';
import type { Rule } from './types';

export const viralWall: Rule = {
  id: 'viral-wall',
  severity: 'warning',
  category: 'packaging-test',
  scope: 'feature',
  description: 'A viral feature is walled at 0 or 1 on a free plan.',
  check(ctx) {
    for (const f of freeSide(ctx)) {
      if (!has(f, 'virality')) continue;
      for (const { plan, wall: limit } of f.freeLimits) {
        if (limit !== 0 && limit !== 1) continue;
        // 1 GB or one hour is an amount, not one item (spec 2.1).
        if (limit === 1 && f.unitIsMeasure) continue;
        ctx.report({
          node: f.limitPairs.get(plan.id)?.value,
          feature: f,
          message: `${ctx.name(f)} spreads the product (virality), but ${ctx.name(plan)} caps ${f.unit ?? 'it'} at ${limit}: a wall this low stops the loop before it starts. Raise it enough to share with a team.`,
          data: { recommendedPlan: plan.id },
        });
      }
    }
  },
};
