import { signalList } from '../format/names';
import { GROWTH_SIGNALS } from '../types';
import { placed, whereItSits } from './helpers';
import type { Rule } from './types';

const WHY: Record<string, string> = {
  virality: 'behind a paywall it cannot spread the product to new users',
  universality: 'nearly every user needs it, so gating it turns users away',
  ahaMoment: 'free users never reach the first value that makes them stay',
  habitLoop: 'free users lose the loop that brings them back',
};

export const gatedGrowthDriver: Rule = {
  id: 'gated-growth-driver',
  severity: 'warning',
  category: 'packaging-test',
  scope: 'feature',
  description: 'A feature that drives growth is gated in a paid plan or an add-on while a free plan exists.',
  check(ctx) {
    const free = ctx.model.firstFreePlan;
    // (r3) With no free plan there is no free side to move it to: trial-only or no-free-offer carries the point.
    if (!ctx.model.hasFreePlan) return;
    for (const f of placed(ctx)) {
      if (f.side !== 'paid' || (f.recommendation !== 'free' && f.recommendation !== 'free-limited')) continue;
      const growth = f.reasons.filter((r) => (GROWTH_SIGNALS as readonly string[]).includes(r));
      const capture = f.reasons.filter((r) => !(GROWTH_SIGNALS as readonly string[]).includes(r));
      const target = free ? ctx.name(free) : 'a free plan';
      const how =
        f.recommendation === 'free-limited'
          ? `Offer it on ${target} behind a usage wall (it also has ${signalList(capture)}), so it still pulls users in and heavy use pays.`
          : `Move it to ${target} so it can pull users in.`;
      ctx.report({
        node: f.planNode,
        feature: f,
        severity: ctx.model.productLed ? 'warning' : 'info',
        message: `${ctx.name(f)} drives growth (${signalList(growth)}) but is gated in ${whereItSits(ctx, f)}: ${growth.map((g) => WHY[g]).join('; ')}. ${how}`,
        data: { recommendedSide: 'free', ...(free ? { recommendedPlan: free.id } : {}) },
      });
    }
  },
};
