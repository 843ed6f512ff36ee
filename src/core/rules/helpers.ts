import type { FeatureModel } from '../model/model';
import type { Signal } from '../types';
import type { RuleContext } from './types';

/** Features the placement rules may judge: plan (or add-on) known and valid (spec 4.4.1). */
export function placed(ctx: RuleContext): FeatureModel[] {
  return ctx.model.features.filter((f) => f.side !== null);
}

/** Features on the free side: the only ones the clauses about a free plan's limits apply to. */
export function freeSide(ctx: RuleContext): FeatureModel[] {
  return ctx.model.features.filter((f) => f.side === 'free');
}

export const has = (f: FeatureModel, s: Signal) => f.signals?.[s] === true;

/** Where a feature sits, for messages: its plan, or the add-on it comes with (r3: `plan` wins when both). */
export function whereItSits(ctx: RuleContext, f: FeatureModel): string {
  if (f.addOnModel && f.addOnOnly) return `the ${ctx.name(f.addOnModel)} add-on`;
  return f.placement ? ctx.name(f.placement) : `"${f.plan}"`;
}

export const unitOf = (f: FeatureModel) => f.unit ?? 'uses';
