import type { Limit } from '../model/model';
import { limitOn } from '../model/model';
import type { Rule } from './types';

const value = (l: Limit) => (l === 'unlimited' ? Number.POSITIVE_INFINITY : l);
const show = (n: number) => (n === Number.POSITIVE_INFINITY ? 'unlimited' : String(n));

export const nonMonotonicLimit: Rule = {
  id: 'non-monotonic-limit',
  severity: 'warning',
  category: 'structure',
  scope: 'feature',
  description: 'A higher plan has a lower usage limit than a lower plan.',
  check(ctx) {
    const plans = ctx.model.plans;
    for (const f of ctx.model.features) {
      if (!f.placement) continue;
      let best: { name: string; limit: number } | undefined;
      for (let i = f.placement.rank; i < plans.length; i++) {
        const p = plans[i]!;
        const lim = value(limitOn(f, p.id));
        if (best && lim < best.limit && f.limits[p.id] !== undefined) {
          ctx.report({
            node: f.limitPairs.get(p.id)?.value,
            feature: f,
            message: `${ctx.name(f)} allows ${show(lim)}${f.unit ? ` ${f.unit}` : ''} on ${ctx.name(p)} but ${show(best.limit)} on the lower ${best.name}: upgrading would take something away. Raise the ${ctx.name(p)} limit to at least the ${best.name} one.`,
          });
        }
        if (!best || lim > best.limit) best = { name: ctx.name(p), limit: lim };
      }
    }
  },
};
