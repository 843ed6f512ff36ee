import { counts, type FileReport, oneBased } from './types';

/** The JSON document of spec section 5, field for field. */
export function toJson(reports: FileReport[]) {
  return {
    files: reports.map((r) => ({
      file: r.file,
      ...counts(r.diagnostics),
      diagnostics: r.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        ...(d.feature !== undefined ? { feature: d.feature } : {}),
        ...(d.accepted !== undefined ? { accepted: d.accepted } : {}),
        range: { start: oneBased(d.range.start), end: oneBased(d.range.end) },
      })),
      features: r.result.features.map((f) => ({
        id: f.id,
        // An add-on feature whose add-on is unknown sits nowhere.
        plan: f.plan === '' ? null : f.plan,
        ...(f.addOn !== undefined ? { addOn: f.addOn } : {}),
        side: f.side,
        recommendation: f.recommendation,
        reasons: f.reasons,
        ...(f.rationale !== undefined ? { rationale: f.rationale } : {}),
      })),
    })),
  };
}

export function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(toJson(reports), null, 2)}\n`;
}
