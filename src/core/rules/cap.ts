import type { Diagnostic } from '../types';

/**
 * Most findings of one rule shown for one file. A file with 100,000 unknown keys gets the first 1,000 and one
 * last finding of that rule saying how many more there are: every face stays responsive and the count is kept.
 */
export const MAX_PER_RULE = 1000;

/** `diagnostics` (sorted) with at most MAX_PER_RULE per rule, plus one "N more" finding per capped rule. */
export function capPerRule(diagnostics: Diagnostic[], max = MAX_PER_RULE): Diagnostic[] {
  const seen = new Map<string, number>();
  const firstHidden = new Map<string, Diagnostic>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const n = (seen.get(d.rule) ?? 0) + 1;
    seen.set(d.rule, n);
    if (n <= max) out.push(d);
    else if (!firstHidden.has(d.rule)) firstHidden.set(d.rule, d);
  }
  if (firstHidden.size === 0) return diagnostics;
  for (const [rule, d] of firstHidden) {
    const more = seen.get(rule)! - max;
    out.push({
      rule,
      severity: d.severity,
      message: `${more} more \`${rule}\` finding${more === 1 ? '' : 's'} in this file (only the first ${max} are listed; this is the next one).`,
      range: d.range,
      span: d.span,
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
