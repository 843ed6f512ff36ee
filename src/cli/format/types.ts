import type { CheckResult } from '../../core/model/model';
import { findingTotals } from '../../core/totals';
import type { Diagnostic } from '../../core/types';

/** One checked file as every formatter sees it. */
export interface FileReport {
  /** the path as printed: relative to the working directory, `/`-separated */
  file: string;
  text: string;
  result: CheckResult;
  /** the diagnostics to print (after --quiet) */
  diagnostics: Diagnostic[];
}

export interface FormatOptions {
  color: boolean;
  /** stylish: list accepted findings too (they never count) */
  showAccepted?: boolean;
  /** web address of the docs/ folder (PACKAGING_PLANNER_DOCS_URL); without it no rule link is printed */
  docsUrl?: string;
}

export type Formatter = (reports: FileReport[], options: FormatOptions) => string;

/** Counts of open findings; accepted ones (spec 4.5) are counted apart and never in the others (findingTotals). */
export function counts(diags: readonly Diagnostic[]) {
  const t = findingTotals({ diagnostics: diags });
  return { errorCount: t.errors, warningCount: t.warnings, infoCount: t.infos, acceptedCount: t.accepted };
}

/** Counts over every report's printed diagnostics. */
export function totals(reports: readonly FileReport[]) {
  return counts(reports.flatMap((r) => r.diagnostics));
}

/** 0-based core position -> the CLI's 1-based one. */
export function oneBased(p: { line: number; character: number }): { line: number; column: number } {
  return { line: p.line + 1, column: p.character + 1 };
}
