import type { FeatureModel, PlanModel } from '../model/model';
import { limitOn } from '../model/model';
import type { Rule } from './types';

/** f's limit on `plan` differs from its limit on `below`, the plan directly below (spec 4.1, 4.4.2). */
function differs(f: FeatureModel, plan: PlanModel, below: PlanModel): boolean {
  const own = f.placement!.rank;
  if (below.rank >= own && !f.lowerIsBetter) return limitOn(f, plan.id) !== limitOn(f, below.id);
  // Entries as written: a lowerIsBetter feature's limits, and (r3) the add-on's limits below `plan` (an entry
  // against none is a difference). Below where the feature can be had at all, entries mean nothing.
  if (f.availableFrom && below.rank >= f.availableFrom.rank) return f.limits[plan.id] !== f.limits[below.id];
  return false;
}

export const planAddsNothing: Rule = {
  id: 'plan-adds-nothing',
  severity: 'warning',
  category: 'structure',
  description: 'A plan includes exactly what the plan directly below it includes.',
  check(ctx) {
    const { model } = ctx;
    const byIndex = new Map(model.plans.map((p) => [p.index, p]));
    // Features that fail the schema or whose plan or add-on is unknown take no part (spec 4.4.2).
    const features = model.features.filter((f) => f.side !== null && f.placement);
    // What a plan adds of its own: a feature that sits on it, an add-on sold from it.
    const adds = new Set<PlanModel | undefined>([
      ...features.map((f) => f.placement),
      ...model.addOns.map((a) => a.fromPlan),
    ]);
    for (const plan of model.plans) {
      // The lowest plan is the first in the list; a plan whose plan below failed the schema has no known plan below.
      const below = byIndex.get(plan.index - 1);
      if (plan.index === 0 || !below || plan.sales || adds.has(plan)) continue;
      if (features.some((f) => differs(f, plan, below))) continue;
      ctx.report({
        node: plan.idNode,
        message: `${ctx.name(plan)} includes exactly what ${ctx.name(below)} includes: no feature starts on it, no add-on is sold from it and no limit is different. A buyer cannot tell the two plans apart, whatever their prices. Give ${ctx.name(plan)} something of its own (a feature, a higher wall) or remove it.`,
      });
    }
  },
};
