import { RECOMMENDATION_NAMES, SIGNAL_NAMES } from '../../format/names';
import { isMismatch } from '../../model/classify';
import type { Severity } from '../../types';
import type { MatrixCell, MatrixModel, MatrixRow } from '../view-model';

// Plain-text pieces every matrix rendering shares (markdown, csv, html), so the faces say the same thing.

export const CELL_TEXT = { included: 'Included', excluded: 'Not included' } as const;

export function cellText(c: MatrixCell): string {
  return c.kind === 'limit' || c.kind === 'addOn' ? c.label : CELL_TEXT[c.kind];
}

/** The side, or why there is none: a feature that fails the schema is not read, whatever its plan. */
export function sideText(row: MatrixRow): string {
  if (row.invalid) return 'not read (schema)';
  return row.side ?? (row.addOn !== undefined ? 'unknown add-on' : 'unknown plan');
}

export function recommendationText(row: MatrixRow): string {
  return RECOMMENDATION_NAMES[row.recommendation];
}

export function reasonsText(row: MatrixRow): string {
  return row.reasons.map((s) => SIGNAL_NAMES[s]).join(', ');
}

/** Whether the recommendation agrees with the side (either and unclassified rows agree with anything). */
export function agrees(row: MatrixRow): boolean {
  return !isMismatch(row.recommendation, row.side);
}

export const FLAG_MARK: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** The rules that flag a row; accepted findings never flag it. */
export function flagText(row: MatrixRow): string {
  if (!row.flag) return '';
  const rules = [...new Set(row.findings.filter((f) => f.accepted === undefined).map((f) => f.rule))];
  return `${FLAG_MARK[row.flag]} ${rules.join(', ')}`;
}

/** Accepted findings of a row with their reasons: "accepted viral-wall: REASON". */
export function acceptedText(row: MatrixRow): string[] {
  return row.findings.filter((f) => f.accepted !== undefined).map((f) => `accepted ${f.rule}: ${f.accepted}`);
}

export function addOnsText(m: MatrixModel): string[] {
  const plan = new Map(m.plans.map((p) => [p.id, p.name]));
  return m.addOns.map((a) => `${a.name}: ${a.priceLabel}, from ${plan.get(a.from) ?? a.from}`);
}

export function rows(m: MatrixModel): MatrixRow[] {
  return m.groups.flatMap((g) => g.rows);
}
