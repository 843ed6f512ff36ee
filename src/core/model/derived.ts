// Derived facts of spec 2.1 (r3) that are functions of a feature or of the feature set. model.ts computes the
// per-feature ones once while it builds each feature; modelFeatureFacts is re-run by the incremental re-check when
// one feature changes (it depends on every feature).
import type { FeatureModel, FeatureSetFacts, GrowthModel, IdEntry, Limit, PlanModel } from './types';

const DATA_SIZES = ['b', 'kb', 'mb', 'gb', 'tb', 'byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
const DURATIONS = ['second', 'minute', 'min', 'hour', 'h', 'day', 'week', 'month', 'year'];
const MEASURE_WORDS: ReadonlySet<string> = new Set(
  [...DATA_SIZES, ...DURATIONS].flatMap((w) => [w, `${w}s`]),
);

/**
 * A unit is a measure (spec 2.1) when its first word (split at spaces and `/`), trimmed and in any case, is a data
 * size or a duration, singular or plural: `GB`, `GB/month`, `hours per month`. A limit of 1 in a measure is an
 * amount (1 GB), not one item.
 */
export function isMeasure(unit: string | undefined): boolean {
  if (unit === undefined) return false;
  const first = unit.trim().split(/[\s/]+/)[0] ?? '';
  return MEASURE_WORDS.has(first.toLowerCase());
}

/**
 * A feature's limit on a plan as the rules read it: the written entry; else `unlimited` on a plan that includes it
 * (its placement and up); else undefined (below its placement: a plan that does not include it, or, for a feature
 * with both `plan` and `addOn`, a plan where the add-on states no limit).
 */
export function limitAt(
  f: Pick<FeatureModel, 'limits' | 'placement'>,
  plan: Pick<PlanModel, 'id' | 'rank'>,
): Limit | undefined {
  const written = f.limits[plan.id];
  if (written !== undefined) return written;
  return f.placement && plan.rank >= f.placement.rank ? 'unlimited' : undefined;
}

/** A feature's wall on a plan (spec 2.1, r3): its numeric limit there, unless the feature is lowerIsBetter. */
export function wallOn(
  f: Pick<FeatureModel, 'limits' | 'lowerIsBetter'>,
  planId: string,
): number | undefined {
  if (f.lowerIsBetter) return undefined;
  const l = f.limits[planId];
  return typeof l === 'number' ? l : undefined;
}

/**
 * `plan` raises the feature's wall over `other` (spec 2.1, r3): `other` has a wall there and `plan`'s limit is
 * higher: a higher number, or `unlimited` / not written on a plan that includes the feature. Never for a
 * lowerIsBetter feature (it has no walls).
 */
export function raises(
  f: Pick<FeatureModel, 'limits' | 'placement' | 'lowerIsBetter'>,
  plan: Pick<PlanModel, 'id' | 'rank'>,
  other: Pick<PlanModel, 'id' | 'rank'>,
): boolean {
  const below = wallOn(f, other.id);
  if (below === undefined) return false;
  const here = limitAt(f, plan);
  return here === 'unlimited' || (typeof here === 'number' && here > below);
}

export function featureSetFacts(m: {
  growth: GrowthModel;
  hasGrowth: boolean;
  features: readonly FeatureModel[];
  idEntries: { features: readonly IdEntry[] };
}): FeatureSetFacts {
  const freeSideClassified = m.features.every((f) => f.side !== 'free' || f.signals !== undefined);
  const name = m.hasGrowth ? m.growth.valueMetric : undefined;
  // References resolve to the first element with the id, whether or not it passes the schema.
  const first = name === undefined ? undefined : m.idEntries.features.find((e) => e.id === name);
  const vm = first?.node ? m.features.find((f) => f.idNode === first.node) : undefined;
  const valueMetric = vm && vm.side !== null ? vm : undefined;
  return {
    freeSideClassified,
    ...(valueMetric ? { valueMetric } : {}),
    valueMetricWalledOnFree:
      valueMetric !== undefined && valueMetric.side === 'free' && valueMetric.walledOnFree,
  };
}
