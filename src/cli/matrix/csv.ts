import { acceptedText, cellText, reasonsText, rows } from '../../core/matrix/render/text';
import type { MatrixModel } from '../../core/matrix/view-model';

/** RFC 4180 field; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function matrixCsv(m: MatrixModel): string {
  const header = [
    'category',
    'feature',
    'name',
    'plan',
    'addOn',
    'side',
    'recommendation',
    'reasons',
    'status',
    ...m.plans.map((p) => p.id),
    'flag',
    'rules',
    'accepted',
    'rationale',
  ];
  const lines = [header];
  for (const r of rows(m)) {
    lines.push([
      r.category,
      r.id,
      r.name,
      r.plan,
      r.addOn ?? '',
      r.side ?? '',
      r.recommendation,
      reasonsText(r),
      r.status,
      ...r.cells.map(cellText),
      r.flag ?? '',
      [...new Set(r.findings.filter((f) => f.accepted === undefined).map((f) => f.rule))].join(' '),
      acceptedText(r).join('; '),
      r.rationale ?? '',
    ]);
  }
  return `${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}
