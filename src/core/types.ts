// Shared shapes of the core's results. Positions are 0-based; faces convert at their edge.

export interface Position {
  /** 0-based line */
  line: number;
  /** 0-based column, in UTF-16 code units (what VS Code and JS strings use) */
  character: number;
}

export interface Range {
  start: Position;
  /** exclusive */
  end: Position;
}

/** Offsets into the text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** In the order reasons are listed (spec section 3). */
export const SIGNALS = [
  'virality',
  'universality',
  'ahaMoment',
  'habitLoop',
  'friction',
  'expansion',
] as const;
export type Signal = (typeof SIGNALS)[number];
export const GROWTH_SIGNALS = ['virality', 'universality', 'ahaMoment', 'habitLoop'] as const;

export type Recommendation = 'free' | 'free-limited' | 'paid' | 'either' | 'unclassified';
export type Side = 'free' | 'paid';

export interface Classification {
  recommendation: Recommendation;
  reasons: Signal[];
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  span: Span;
  /** the feature id when the finding is about one feature */
  feature?: string;
  /** machine-readable hints for quick fixes (e.g. the suggested plan id) */
  data?: DiagnosticData;
  /** the team's reason, when an `accept` entry accepted this finding: it is shown but never counted */
  accepted?: string;
}

export interface DiagnosticData {
  /** closest known id or key, for unknown-plan and unknown keys */
  suggestion?: string;
  /** the recommended side for placement rules */
  recommendedSide?: Side;
  /** the plan id that would match the recommendation */
  recommendedPlan?: string;
  /** the rule an `unused-accept` entry names */
  acceptedRule?: string;
  /** the limit a fix would write (wall-not-lifted: what the next plan up allows) */
  suggestedLimit?: number | 'unlimited';
}

/** Per-feature result, in file order; the CLI's JSON `features` entries. */
export interface FeatureResult {
  id: string;
  /** the feature's plan; for an add-on feature, its add-on's `from` (the lowest plan when left out) */
  plan: string;
  /** only when written */
  addOn?: string;
  side: Side | null;
  recommendation: Recommendation;
  reasons: Signal[];
  /** only when written */
  rationale?: string;
}

export interface TextEdit {
  /** offsets into the text the edit was computed against, end exclusive */
  span: Span;
  range: Range;
  newText: string;
}
