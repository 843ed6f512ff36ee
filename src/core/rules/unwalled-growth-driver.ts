import { signalList } from '../format/names';
import { freeSide, freeWhere } from './helpers';
import type { Rule } from './types';

export const unwalledGrowthDriver: Rule = {
  id: 'unwalled-growth-driver',
  severity: 'info',
  category: 'packaging-test',
  scope: 'feature',
  description: 'A free growth driver that should sit behind a usage wall has none on the free plan.',
  check(ctx) {
    for (const f of freeSide(ctx)) {
      if (f.recommendation !== 'free-limited' || f.walledOnFree) continue;
      const plan = f.placement!;
      const capture = f.reasons.filter((r) => r === 'friction' || r === 'expansion');
      ctx.report({
        node: f.planNode,
        feature: f,
        message: `${ctx.name(f)} drives growth but also has ${signalList(capture)}, and ${freeWhere(ctx, f)} gives it away without limit. Add a usage wall for ${ctx.name(plan)} under \`limits:\` so heavy use leads to an upgrade.`,
        data: { recommendedSide: 'free', recommendedPlan: plan.id },
      });
    }
  },
};
