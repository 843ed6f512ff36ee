import { type PlanModel, upgradeFrom } from '../model/model';
import { freeSide, has } from './helpers';
import type { Rule } from './types';

export const weakLift: Rule = {
  id: 'weak-lift',
  severity: 'warning',
  category: 'growth-model',
  scope: 'feature',
  description: 'The self-serve upgrade raises the free wall by less than double: paying barely moves it.',
  check(ctx) {
    const plans = ctx.model.plans;
    // Each free plan's upgrade, found once: the rule stays linear in features + plans.
    const upgrades = new Map<PlanModel, PlanModel | undefined>();
    const upgradeOf = (free: PlanModel) => {
      if (!upgrades.has(free)) upgrades.set(free, upgradeFrom(plans, free));
      return upgrades.get(free);
    };
    for (const f of freeSide(ctx)) {
      if (!has(f, 'friction') && !has(f, 'expansion')) continue;
      for (const { plan: free, wall } of f.freeLimits) {
        if (wall === undefined || wall <= 0) continue;
        const up = upgradeOf(free);
        const lifted = up ? f.limits[up.id] : undefined;
        // Equal is wall-not-lifted's; double or more is a real step.
        if (!up || typeof lifted !== 'number' || lifted <= wall || lifted >= 2 * wall) continue;
        ctx.report({
          node: f.limitPairs.get(up.id)?.value,
          feature: f,
          message: `${ctx.name(f)} stops at ${wall} ${f.unit ?? 'uses'} on ${ctx.name(free)}, and ${ctx.name(up)}, the plan a user upgrades to on their own, allows only ${lifted}: the user who hit the wall pays and hits it again soon after. Raise the ${ctx.name(up)} limit to at least ${2 * wall} (double), or lift it.`,
          data: { recommendedPlan: up.id, suggestedLimit: 2 * wall },
        });
        break; // one finding per feature, for the first such free plan
      }
    }
  },
};
