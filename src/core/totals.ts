// The totals of one check, counted in one place: the status bar, the Problems panel's notice, "Check All", the
// matrix and the CLI's summaries all say the same numbers (accepted findings shown, never counted, spec §4.5).
import type { Diagnostic } from './types';

export interface FindingTotals {
  errors: number;
  warnings: number;
  infos: number;
  /** accepted findings: shown with their reason, never counted above */
  accepted: number;
  /** the findings that count: errors + warnings + infos */
  open: number;
}

/** The totals of a check's findings (`result`: a CheckResult, or any list of its findings). */
export function findingTotals(result: { readonly diagnostics: readonly Diagnostic[] }): FindingTotals {
  const t = { errors: 0, warnings: 0, infos: 0, accepted: 0, open: 0 };
  for (const d of result.diagnostics) {
    if (d.accepted !== undefined) t.accepted++;
    else if (d.severity === 'error') t.errors++;
    else if (d.severity === 'warning') t.warnings++;
    else t.infos++;
  }
  t.open = t.errors + t.warnings + t.infos;
  return t;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "1 finding", "2,204 findings". */
export function findingsLabel(n: number): string {
  return `${count(n)} finding${n === 1 ? '' : 's'}`;
}

/**
 * What a face says, once, when the editor lists fewer findings than the file has (VS Code's Problems panel shows
 * at most 1,000 per file, errors first): undefined when everything is listed or no limit is known.
 */
export function totalsNotice(t: FindingTotals, listLimit: number | undefined): string | undefined {
  if (listLimit === undefined || t.open <= listLimit) return undefined;
  return `${findingsLabel(t.open)}; the Problems panel shows the first ${count(listLimit)}.`;
}
