import type { FeatureModel } from '../model/model';
import type { Signal } from '../types';
import type { RuleContext } from './types';

/** Features the placement rules may judge: plan (or add-on) known and valid (spec 4.4.1). */
export function placed(ctx: RuleContext): FeatureModel[] {
  return ctx.model.features.filter((f) => f.side !== null);
}

/** Features on the free side: the only ones the clauses about a free plan's limits apply to. */
export function freeSide(ctx: RuleContext): readonly FeatureModel[] {
  // eight rules ask for them per check: one list per model's features (a built model's list does not change)
  const all = ctx.model.features;
  let free = FREE_SIDE.get(all);
  if (!free) {
    free = all.filter((f) => f.side === 'free');
    FREE_SIDE.set(all, free);
  }
  return free;
}

const FREE_SIDE = new WeakMap<readonly FeatureModel[], FeatureModel[]>();

export const has = (f: FeatureModel, s: Signal) => f.signals?.[s] === true;

/** Where a feature sits, for messages: its plan, or the add-on it comes with (r3: `plan` wins when both). */
export function whereItSits(ctx: RuleContext, f: FeatureModel): string {
  if (f.addOnModel && f.addOnOnly) return `the ${ctx.name(f.addOnModel)} add-on`;
  return f.placement ? ctx.name(f.placement) : `"${f.plan}"`;
}

export const unitOf = (f: FeatureModel) => f.unit ?? 'uses';

/** Where a free-side feature is given away, for messages: its free plan, or the $0 add-on it comes with. */
export function freeWhere(ctx: RuleContext, f: FeatureModel): string {
  if (f.addOnOnly && f.addOnModel) return `the free ${ctx.name(f.addOnModel)} add-on`;
  return f.placement ? ctx.name(f.placement) : `"${f.plan}"`;
}
