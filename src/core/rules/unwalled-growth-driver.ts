import { freeLimits, placed } from './helpers';
import type { Rule } from './types';

export const unwalledGrowthDriver: Rule = {
  id: 'unwalled-growth-driver',
  severity: 'info',
  category: 'packaging-test',
  description: 'A free feature with friction has no usage limit on the free plan.',
  check(ctx) {
    for (const f of placed(ctx)) {
      if (f.side !== 'free' || f.recommendation !== 'free-limited') continue;
      if (freeLimits(ctx, f).length > 0) continue;
      const plan = ctx.planById(f.plan)!;
      ctx.report({
        node: f.planNode,
        feature: f.id,
        message: `${ctx.name(f)} drives growth but also has friction, and ${ctx.name(plan)} gives it away without limit. Add a usage limit for ${ctx.name(plan)} under \`limits:\` so heavy use leads to an upgrade.`,
        data: { recommendedSide: 'free', recommendedPlan: plan.id },
      });
    }
  },
};
