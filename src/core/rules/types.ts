import type { Node } from 'yaml';
import type { AddOnModel, FeatureModel, PackagingModel, PlanModel } from '../model/model';
import type { DiagnosticData, Severity, Span } from '../types';

export type RuleCategory = 'structure' | 'packaging-test' | 'growth-model' | 'decision';

export interface Report {
  /** the anchor node (its value range) */
  node?: Node | null;
  span?: Span;
  message: string;
  /** the feature the finding is about: its `accept` entries apply (an id alone names it without them) */
  feature?: FeatureModel | string;
  data?: DiagnosticData;
  /** a severity that depends on context (e.g. info outside a product-led model); user overrides still win */
  severity?: Severity;
}

export interface RuleContext {
  /** the model with every derived fact of spec 2.1 (side, reaches free users, entry price, upgrade plan) */
  model: PackagingModel;
  /** the key node of a top-level entry, when written */
  topKey(key: string): Node | undefined;
  /** a name as messages show it (spec 6) */
  name(x: PlanModel | FeatureModel | AddOnModel): string;
  report(r: Report): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** one line, for tables and SARIF */
  description: string;
  /**
   * 'feature': its findings on a feature read only that feature and what no feature changes (plans, add-ons,
   * growth), so after an edit inside one feature the incremental re-check runs it over that feature alone. A rule
   * that reads other features must not say so (the incremental property test compares with full checks).
   */
  scope?: 'feature';
  /** absent for rules the pipeline reports itself (`syntax`, `schema`, `unused-accept`) */
  check?: (ctx: RuleContext) => void;
}
