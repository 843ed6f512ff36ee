import { signalList } from '../names';
import { firstFreePlan, placed } from './helpers';
import type { Rule } from './types';

export const gatedGrowthDriver: Rule = {
  id: 'gated-growth-driver',
  severity: 'warning',
  category: 'packaging-test',
  description: 'A feature that drives growth is gated in a paid plan.',
  check(ctx) {
    const free = firstFreePlan(ctx);
    for (const f of placed(ctx)) {
      if (f.side !== 'paid' || (f.recommendation !== 'free' && f.recommendation !== 'free-limited')) continue;
      const growth = f.reasons.filter((r) => r !== 'friction');
      const plan = ctx.planById(f.plan)!;
      const target = free ? ctx.name(free) : 'a free plan';
      const how =
        f.recommendation === 'free-limited'
          ? `Offer it on ${target} behind a usage limit (it also has friction), so it still pulls users in.`
          : `Move it to ${target} so it can pull users in.`;
      ctx.report({
        node: f.planNode,
        feature: f.id,
        severity: ctx.model.productLed ? 'warning' : 'info',
        message: `${ctx.name(f)} drives growth (${signalList(growth)}) but is gated in ${ctx.name(plan)}: paying users alone cannot spread it or reach first value with it. ${how}`,
        data: { recommendedSide: 'free', ...(free ? { recommendedPlan: free.id } : {}) },
      });
    }
  },
};
