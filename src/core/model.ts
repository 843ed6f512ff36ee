import type { Node, Pair } from 'yaml';
import type { Classification, Diagnostic, FeatureResult, Range, Side, Signal, Span } from './types';

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

export type Limit = number | 'unlimited';

export interface PlanModel {
  id: string;
  /** display name: `name` when present, else id */
  name: string;
  price: number | 'contact-sales';
  per?: 'seat' | 'workspace' | 'account' | 'usage';
  period?: 'month' | 'year';
  /** price is 0 */
  free: boolean;
  /** position among all plans in the file (valid or not) */
  index: number;
  /** the plan's map node and the `id` value node */
  node: Node;
  idNode: Node;
  priceNode: Node;
}

export interface FeatureModel extends Classification {
  id: string;
  name: string;
  description?: string;
  category?: string;
  plan: string;
  unit?: string;
  limits: Record<string, Limit>;
  signals?: Partial<Record<Signal, boolean>>;
  status: 'shipped' | 'planned';
  requestedBy?: string[];
  /** null when `plan` names no plan */
  side: Side | null;
  index: number;
  node: Node;
  idNode: Node;
  planNode: Node;
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
  /** fields written in the file (assumed ones are absent) -> their value node */
  written: Map<string, Node>;
  /** the `growth` key node, when the block is present and valid */
  keyNode?: Node;
}

export interface PackagingModel {
  productName?: string;
  productUrl?: string;
  /** valid plans, in file order */
  plans: PlanModel[];
  /** valid features, in file order */
  features: FeatureModel[];
  /** assumed defaults filled in when `growth` is missing */
  growth: GrowthModel;
  /** `growth` is present in the file (and valid) */
  hasGrowth: boolean;
  /** every plan id written with a valid shape, valid element or not: used for references */
  planIds: Set<string>;
  /** true when growth is missing or acquisition/retention is product-led */
  productLed: boolean;
}

export interface CheckOptions {
  /** editor-level severity overrides; the file's `rules:` block wins over these */
  rules?: Record<string, string>;
}

export interface CheckResult {
  /** sorted by position */
  diagnostics: Diagnostic[];
  /** every feature that passed the schema, in file order */
  features: FeatureResult[];
  /** undefined when the text does not parse as YAML */
  model?: PackagingModel;
  /** the text had YAML syntax errors (then only `syntax` diagnostics are reported) */
  syntaxError: boolean;
  /** offsets of this text -> 0-based line/character range */
  toRange(span: Span): Range;
}
