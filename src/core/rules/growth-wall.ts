import { signalList } from '../format/names';
import type { Signal } from '../types';
import { freeSide, has } from './helpers';
import type { Rule } from './types';

const DRIVERS: Signal[] = ['universality', 'ahaMoment', 'habitLoop'];

export const growthWall: Rule = {
  id: 'growth-wall',
  severity: 'warning',
  category: 'packaging-test',
  scope: 'feature',
  description:
    'A growth driver on the free side is walled at 0 on every free plan, so free users never get it.',
  check(ctx) {
    for (const f of freeSide(ctx)) {
      if (has(f, 'virality') || f.reachesFree) continue;
      const drivers = DRIVERS.filter((s) => has(f, s));
      if (drivers.length === 0) continue;
      const first = f.freeLimits.find((l) => l.wall === 0);
      if (!first) continue;
      ctx.report({
        node: f.limitPairs.get(first.plan.id)?.value,
        feature: f,
        message: `${ctx.name(f)} drives growth (${signalList(drivers)}), but ${ctx.name(first.plan)} allows 0 ${f.unit ?? 'uses'}: a wall of 0 means free users never get it, so it cannot do its job. Give free users enough to feel it (a small number), or say it is paid.`,
        data: { recommendedPlan: first.plan.id },
      });
    }
  },
};
