// The model's shapes (spec §2 and the derived facts of §2.1): model.ts builds them, derived.ts computes the
// facts that read several of them, every rule reads them.
import type { Node, Pair } from 'yaml';
import type { Classification, Diagnostic, FeatureResult, Range, Side, Signal, Span } from '../types';

export type Acquisition = 'product-led' | 'marketing-led' | 'sales-led';
export type Monetization = 'self-serve' | 'product-led-sales' | 'sales-led';
export type Relationship = 'one-to-many' | 'single-player';
export type FreeOffer = 'freemium' | 'trial' | 'freemium-and-trial' | 'none';
export type FreemiumGoal =
  | 'poc'
  | 'indirect-monetization'
  | 'strategic-land'
  | 'commoditization'
  | 'product-discovery'
  | 'data-collection';
export type Per = 'seat' | 'workspace' | 'account' | 'usage';
export type Period = 'month' | 'year';

export type Limit = number | 'unlimited';

export interface PlanModel {
  id: string;
  /** display name: `name` when present, else id */
  name: string;
  price: number | 'contact-sales';
  per?: Per;
  period?: Period;
  minSeats?: number;
  salesAssisted: boolean;
  /** price is 0 */
  free: boolean;
  /** priced contact-sales, or salesAssisted: where hand-raisers go */
  sales: boolean;
  /** numeric price times minSeats (per seat); undefined for contact-sales */
  entryPrice?: number;
  /** position among all plans in the file (valid or not) */
  index: number;
  /** position among valid plans (0 = lowest); the ladder every rule reads */
  rank: number;
  node: Node;
  idNode: Node;
  priceNode: Node;
}

export interface AddOnModel {
  id: string;
  name: string;
  price: number | 'contact-sales';
  per?: Per;
  period?: Period;
  /** the lowest plan that can buy it: `from`, or the lowest plan when left out */
  from: string;
  /** the valid plan it is sold from; undefined when `from` is unknown or failed the schema */
  fromPlan?: PlanModel;
  index: number;
  node: Node;
  idNode: Node;
  priceNode: Node;
  /** the `from` value node, when written */
  fromNode?: Node;
  /** (r3) price 0 and its from plan (or the lowest plan) is free: its add-on-only features are on the free side */
  freeTier: boolean;
  /** (r3) `requires` items, in order (empty when not written) */
  requires: AddOnRef[];
  /** (r3) `excludes` items, in order (empty when not written) */
  excludes: AddOnRef[];
}

/** An add-on id written in a `requires` / `excludes` list, with its item node (the anchor). */
export interface AddOnRef {
  id: string;
  node: Node;
}

export interface AcceptEntry {
  rule: string;
  reason: string;
  /** the entry's key node: unused-accept's anchor */
  keyNode: Node;
}

/** A usage limit on one free plan that includes the feature (absent entry = unlimited). */
export interface FreeLimit {
  plan: PlanModel;
  limit: Limit;
  /** (r3) the limit when it is a wall: a number on a feature that is not lowerIsBetter */
  wall?: number;
}

export interface FeatureModel extends Classification {
  id: string;
  name: string;
  description?: string;
  category?: string;
  /** where it sits: its `plan`, or for an add-on-only feature the add-on's `from` ('' when the add-on is unknown) */
  plan: string;
  /** the add-on it comes with, when `addOn` is written (with `plan` too: sold as this add-on below `plan`) */
  addOn?: string;
  /** the add-on, when `addOn` names a known valid add-on */
  addOnModel?: AddOnModel;
  /** `addOn` written without `plan`: the feature sits at its add-on's `from` */
  addOnOnly: boolean;
  /** (r3) the limit is better when lower: its limits are not walls */
  lowerIsBetter: boolean;
  /** (r3) its unit is a measure (a data size or duration, spec 2.1): a limit of 1 is an amount */
  unitIsMeasure: boolean;
  unit?: string;
  /** plan id -> limit, no prototype (ids are data) */
  limits: Readonly<Record<string, Limit>>;
  signals?: Partial<Record<Signal, boolean>>;
  status: 'shipped' | 'planned';
  requestedBy?: string[];
  rationale?: string;
  /** rule id -> accepted finding's reason */
  accept: Map<string, AcceptEntry>;
  /** free or paid; null when its plan (or add-on) is unknown or failed the schema */
  side: Side | null;
  /** the valid plan it sits at for ranks and limits; undefined when unknown (then no placement findings) */
  placement?: PlanModel;
  /**
   * (r3) the lowest valid plan where it can be had: its placement, or with both `plan` and a known `addOn` the lower
   * of its placement and the add-on's from plan; undefined when it has no placement
   */
  availableFrom?: PlanModel;
  /** the free plans that include it, each with its limit there (empty when not placed) */
  freeLimits: FreeLimit[];
  /** side free and some free plan includes it with a limit other than 0 (r3: any limit when lowerIsBetter) */
  reachesFree: boolean;
  /** a free plan that includes it has a wall on it (a numeric limit, not lowerIsBetter) */
  walledOnFree: boolean;
  index: number;
  node: Node;
  idNode: Node;
  /** the `plan` value node, or the `addOn` value node for an add-on-only feature: the placement anchor */
  planNode: Node;
  /** the `addOn` value node, when written */
  addOnNode?: Node;
  signalsNode?: Node;
  requestedByNode?: Node;
  /** plan id -> the `limits` pair (key and value nodes) */
  limitPairs: Map<string, Pair<Node, Node>>;
}

export interface GrowthModel {
  acquisition: Acquisition;
  retention: Acquisition;
  monetization: Monetization;
  relationship: Relationship;
  freeOffer: FreeOffer;
  trialDays?: number;
  freemiumGoals?: FreemiumGoal[];
  qualifiedBy?: string[];
  /** (r3) `growth.valueMetric` as written (any string); the model's `valueMetric` is the feature, when known */
  valueMetric?: string;
  /** fields written in the file (assumed ones are absent) -> their value node */
  written: Map<string, Node>;
  /** each written goal with its list item node */
  goalItems: { goal: FreemiumGoal; node: Node }[];
  /** the `growth` key node, when the block is present and valid */
  keyNode?: Node;
}

/** An id as written on an element that may or may not pass the schema: for references and duplicates. */
export interface IdEntry {
  id: string;
  node: Node | undefined;
}

export interface PackagingModel extends FeatureSetFacts {
  /** the document's root map: where top-level edits go */
  rootNode: Node;
  productName?: string;
  productUrl?: string;
  /** valid plans, in file order */
  plans: PlanModel[];
  /** valid add-ons, in file order */
  addOns: AddOnModel[];
  /** valid features, in file order */
  features: FeatureModel[];
  /** assumed defaults filled in when `growth` is missing */
  growth: GrowthModel;
  /** `growth` is present in the file (and valid) */
  hasGrowth: boolean;
  /** every plan id written with a valid shape, valid element or not: used for references */
  planIds: Set<string>;
  addOnIds: Set<string>;
  /** (r3) every feature id written with a valid shape, valid element or not: for unknown-feature */
  featureIds: Set<string>;
  /** (r3) the id of the first plan in the list, whether or not it passes the schema: "the lowest plan" */
  lowestPlanId?: string;
  /** (r3) at least one plan that passes the schema is free */
  hasFreePlan: boolean;
  /** valid-shaped ids of every element, in file order, for duplicate-id */
  idEntries: { plans: IdEntry[]; addOns: IdEntry[]; features: IdEntry[] };
  /** true when growth is missing or acquisition/retention is product-led */
  productLed: boolean;
  /** freeOffer (written or assumed) includes freemium */
  freemium: boolean;
  planById: ReadonlyMap<string, PlanModel>;
  addOnById: ReadonlyMap<string, AddOnModel>;
  firstFreePlan?: PlanModel;
  /** the first plan with a numeric price > 0 */
  lowestPaidPlan?: PlanModel;
  /** the self-serve upgrade from the first free plan (spec 2.1) */
  upgradePlan?: PlanModel;
  hasSalesPlan: boolean;
  /** valid top-level `accept` entries */
  accept: Map<string, AcceptEntry>;
}

export interface CheckOptions {
  /** editor-level severity overrides; the file's `rules:` block wins over these */
  rules?: Record<string, string>;
}

export interface CheckResult {
  /** sorted by position; accepted findings carry `accepted`; at most MAX_PER_RULE per rule (rules/cap.ts) */
  diagnostics: Diagnostic[];
  /** every finding, without the cap's "N more": set only when the cap hid some (edits are verified on these) */
  uncapped?: Diagnostic[];
  /** every feature that passed the schema, in file order */
  features: FeatureResult[];
  /** undefined when the text does not parse as YAML */
  model?: PackagingModel;
  /** the text had YAML syntax errors (then only `syntax` diagnostics are reported) */
  syntaxError: boolean;
  /** offsets of this text -> 0-based line/character range */
  toRange(span: Span): Range;
}

/** The facts of the whole model that depend on the feature set: recomputed whenever a feature changes. */
export interface FeatureSetFacts {
  /** every free-side feature has a `signals` block (true when there is none) */
  freeSideClassified: boolean;
  /**
   * (r3) the feature `growth.valueMetric` names, only when `growth` passes the schema and the named feature (the
   * first element with that id) passes the schema with a known plan or add-on (spec 4.4.2); otherwise undefined and
   * every rule reads the value metric as not written
   */
  valueMetric?: FeatureModel;
  /** (r3) the value metric is on the free side, not lowerIsBetter, and a free plan that includes it walls it */
  valueMetricWalledOnFree: boolean;
}
