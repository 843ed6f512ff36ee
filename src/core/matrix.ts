import type { CheckResult, Limit } from './model';
import type { Diagnostic, Range, Recommendation, Severity, Side, Signal } from './types';

// The one view model of the free/paid matrix: the CLI formats, the Markdown summary and the webview all render it.

export interface MatrixPlan {
  id: string;
  name: string;
  /** e.g. "$10 / seat / month", "Free", "Contact sales" */
  priceLabel: string;
  price: number | 'contact-sales';
  free: boolean;
}

export type MatrixCell =
  | { kind: 'included' }
  | { kind: 'limit'; limit: Limit; unit?: string; label: string }
  | { kind: 'excluded' };

export interface MatrixFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
}

export interface MatrixRow {
  id: string;
  name: string;
  description?: string;
  category: string;
  plan: string;
  /** null when the plan is unknown */
  side: Side | null;
  recommendation: Recommendation;
  reasons: Signal[];
  /** signals written true */
  signals: Signal[];
  status: 'shipped' | 'planned';
  unit?: string;
  /** one per plan, same order as `plans` */
  cells: MatrixCell[];
  findings: MatrixFinding[];
  /** the worst severity among findings, when any */
  flag?: Severity;
  /** range of the feature's `id` value, for reveal */
  range: Range;
  /** range of the feature's `plan` value */
  planRange: Range;
}

export interface MatrixGroup {
  category: string;
  rows: MatrixRow[];
}

export interface MatrixModel {
  product: string;
  plans: MatrixPlan[];
  groups: MatrixGroup[];
  growth: {
    present: boolean;
    acquisition: string;
    retention: string;
    monetization: string;
    relationship: string;
    freeOffer: string;
    trialDays?: number;
    freemiumGoals: string[];
    /** one-line summary, e.g. "Product-led acquisition and retention · self-serve · freemium" */
    summary: string;
  };
  counts: {
    features: number;
    free: number;
    paid: number;
    flagged: number;
    errors: number;
    warnings: number;
    infos: number;
  };
  /** findings not about one feature (growth model, structure) */
  fileFindings: MatrixFinding[];
  /** true when the text has YAML syntax errors (the model is then empty) */
  syntaxError: boolean;
}

export type { CheckResult, Diagnostic };
