import type { Limit } from '../model';
import type { Rule } from './types';

const value = (l: Limit) => (l === 'unlimited' ? Number.POSITIVE_INFINITY : l);

export const nonMonotonicLimit: Rule = {
  id: 'non-monotonic-limit',
  severity: 'warning',
  category: 'structure',
  description: 'A higher plan has a lower usage limit than a lower plan.',
  check(ctx) {
    const plans = ctx.model.plans;
    for (const f of ctx.model.features) {
      const own = ctx.rank(f.plan);
      if (own === undefined) continue;
      let best: { plan: (typeof plans)[number]; limit: number } | undefined;
      for (let i = own; i < plans.length; i++) {
        const p = plans[i]!;
        const written = f.limits[p.id];
        const lim = written === undefined ? Number.POSITIVE_INFINITY : value(written);
        if (best && lim < best.limit && written !== undefined) {
          const pair = f.limitPairs.get(p.id);
          ctx.report({
            node: pair?.value,
            feature: f.id,
            message: `${ctx.name(f)} allows ${written}${f.unit ? ` ${f.unit}` : ''} on ${ctx.name(p)} but ${best.limit === Number.POSITIVE_INFINITY ? 'unlimited' : best.limit} on the lower ${ctx.name(best.plan)}: upgrading would take something away. Raise the ${ctx.name(p)} limit to at least the ${ctx.name(best.plan)} one.`,
          });
        }
        if (!best || lim > best.limit) best = { plan: p, limit: lim };
      }
    }
  },
};
