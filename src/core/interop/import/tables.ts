// The source's plans as the mapping steps read them (map-plans.ts builds the table; add-ons, features and the
// source's defects read it).
import type { Notes } from './notes';
import type { Json, Obj, Source } from './read';

export interface SourcePlan {
  key: string;
  index: number;
  price: number | 'contact-sales';
  unit?: string;
  salesAssisted?: boolean;
  features: Obj;
  usageLimits: Obj;
  fromAddOn: boolean;
}

/** The plans, ordered, and what every later step asks about them. */
export interface PlanTable {
  src: Source;
  notes: Notes;
  plans: SourcePlan[];
  /** the output id of plans[i] */
  planIds: string[];
  planRankByKey: Map<string, number>;
  planPer: { per?: string; period?: string }[];
  /** comments above a plan */
  planComments: Map<SourcePlan, string[]>;
  /** the source has no plans: its add-ons became the plans */
  addOnsAsPlans: boolean;
  featureKeys: string[];
  /** numeric usage limits per feature they bound (in source order) */
  linked: Map<string, string[]>;
  /** boolean usage limits per feature */
  boolLinked: Map<string, string[]>;
  /** usage limits of another value type (TEXT) per feature */
  textLinked: Map<string, string[]>;
  /** numeric usage limits that bound no feature */
  unlinkedLimits: string[];
  /** usage limits that are not numbers and bound no feature */
  unlinkedOther: string[];
  /** plan -> feature -> enabled */
  enabledMatrix: Map<SourcePlan, Map<string, boolean>>;
  limitValue(limitKey: string, plan: SourcePlan): Json;
  featureValue(fk: string, plan: SourcePlan): Json;
}
