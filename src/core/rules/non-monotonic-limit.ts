import type { Limit } from '../model/model';
import type { Rule } from './types';

const value = (l: Limit) => (l === 'unlimited' ? Number.POSITIVE_INFINITY : l);
const show = (n: number) => (n === Number.POSITIVE_INFINITY ? 'unlimited' : String(n));

export const nonMonotonicLimit: Rule = {
  id: 'non-monotonic-limit',
  severity: 'warning',
  category: 'structure',
  scope: 'feature',
  description:
    'A higher plan has a worse usage limit than a lower plan (lower, or higher when lower is better).',
  check(ctx) {
    const plans = ctx.model.plans;
    for (const f of ctx.model.features) {
      const start = f.availableFrom;
      if (!start || !f.placement) continue;
      const from = f.placement.rank;
      const unit = f.unit ? ` ${f.unit}` : '';
      let best: { name: string; limit: number } | undefined;
      for (let i = start.rank; i < plans.length; i++) {
        const p = plans[i]!;
        const written = f.limits[p.id];
        // A plan with no entry is skipped where no entry states nothing: every plan of a lowerIsBetter feature, and
        // (r3) the plans below `plan` where the add-on sells it. From `plan` up, no entry is unlimited.
        if (written === undefined && (f.lowerIsBetter || i < from)) continue;
        const lim = value(written ?? 'unlimited');
        const worse = best !== undefined && (f.lowerIsBetter ? lim > best.limit : lim < best.limit);
        if (best && worse && written !== undefined) {
          ctx.report({
            node: f.limitPairs.get(p.id)?.value,
            feature: f,
            message: f.lowerIsBetter
              ? `${ctx.name(f)} is ${show(lim)}${unit} on ${ctx.name(p)} but ${show(best.limit)} on the lower ${best.name}, and lower is better here: upgrading would make it worse. Lower the ${ctx.name(p)} value to at most the ${best.name} one.`
              : `${ctx.name(f)} allows ${show(lim)}${unit} on ${ctx.name(p)} but ${show(best.limit)} on the lower ${best.name}: upgrading would take something away. Raise the ${ctx.name(p)} limit to at least the ${best.name} one.`,
          });
        }
        if (!best || (f.lowerIsBetter ? lim < best.limit : lim > best.limit))
          best = { name: ctx.name(p), limit: lim };
      }
    }
  },
};
