import { limitOn, upgradeFrom } from '../model/model';
import { freeSide, has } from './helpers';
import type { Rule } from './types';

export const wallNotLifted: Rule = {
  id: 'wall-not-lifted',
  severity: 'warning',
  category: 'growth-model',
  scope: 'feature',
  description: 'Paying for the self-serve upgrade does not lift the free wall; only a higher plan does.',
  check(ctx) {
    const plans = ctx.model.plans;
    for (const f of freeSide(ctx)) {
      // Only a wall meant as a wall: friction or expansion says "pay to go past it".
      if (!has(f, 'friction') && !has(f, 'expansion')) continue;
      const reported = new Set<string>();
      for (const { plan: free, wall: limit } of f.freeLimits) {
        if (limit === undefined) continue;
        const up = upgradeFrom(plans, free);
        if (!up || reported.has(up.id) || f.limits[up.id] !== limit) continue;
        // A limit no plan raises is a capacity, not a wall.
        const raiser = plans.slice(up.rank + 1).find((p) => {
          const l = limitOn(f, p.id);
          return l === 'unlimited' || l > limit;
        });
        if (!raiser) continue;
        reported.add(up.id);
        ctx.report({
          node: f.limitPairs.get(up.id)?.value,
          feature: f,
          message: `${ctx.name(f)} stops at ${limit} ${f.unit ?? 'uses'} on ${ctx.name(free)}, and ${ctx.name(up)}, the plan a user upgrades to on their own, keeps the same ${limit}: paying does not lift the wall they hit, only ${ctx.name(raiser)} does. Raise the ${ctx.name(up)} limit.`,
          data: { recommendedPlan: up.id, suggestedLimit: limitOn(f, raiser.id) },
        });
      }
    }
  },
};
