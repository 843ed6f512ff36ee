import type { FeatureModel } from '../model';
import type { RuleContext } from './types';

export const firstFreePlan = (ctx: RuleContext) => ctx.model.plans.find((p) => p.free);
export const firstPaidPlan = (ctx: RuleContext) => ctx.model.plans.find((p) => !p.free);

/** Features that placement rules may judge: plan known and valid. */
export function placed(ctx: RuleContext): FeatureModel[] {
  return ctx.model.features.filter((f) => f.side !== null);
}

/** Numeric limits on free plans that include the feature. */
export function freeLimits(ctx: RuleContext, f: FeatureModel): Array<{ plan: string; limit: number }> {
  const own = ctx.rank(f.plan);
  if (own === undefined) return [];
  const out: Array<{ plan: string; limit: number }> = [];
  for (const p of ctx.model.plans.slice(own)) {
    const l = f.limits[p.id];
    if (p.free && typeof l === 'number') out.push({ plan: p.id, limit: l });
  }
  return out;
}
