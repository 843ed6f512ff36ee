import type { Node } from 'yaml';
import type { FeatureModel, PackagingModel, PlanModel } from '../model';
import type { DiagnosticData, Severity, Span } from '../types';

export type RuleCategory = 'structure' | 'packaging-test' | 'growth-model';

export interface Report {
  /** the anchor node (its value range) */
  node?: Node | null;
  span?: Span;
  message: string;
  feature?: string;
  data?: DiagnosticData;
  /** a severity that depends on context (e.g. info outside a product-led model); user overrides still win */
  severity?: Severity;
}

export interface RuleContext {
  model: PackagingModel;
  /** the top-level pair of `key`, when written */
  topKey(key: string): Node | undefined;
  planById(id: string): PlanModel | undefined;
  /** rank of a valid plan: its position among valid plans (0 = lowest) */
  rank(planId: string): number | undefined;
  name(x: PlanModel | FeatureModel): string;
  report(r: Report): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** one line, for tables and SARIF */
  description: string;
  /** absent for `syntax` and `schema`, which the pipeline reports itself */
  check?: (ctx: RuleContext) => void;
}
