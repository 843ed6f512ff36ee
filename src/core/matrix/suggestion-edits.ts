import { suggestionEdit } from '../edit/suggestions';
import { EditableText } from '../edit/text-edits';
import { verifyOutcome } from '../edit/verify';
import { marketFor, optedOut, PLACEMENT_WORDS } from '../insight/market';
import { suggestSignals } from '../insight/suggest-signals';
import type { CheckOptions, CheckResult, FeatureModel } from '../model/model';
import { SIGNALS, type TextEdit } from '../types';
import type { MatrixMarket, MatrixModel, MatrixSuggestion } from './view-model';

// The matrix's share of the suggestions issue: per row, the suggested signals (for a feature with no
// `signals`) and the market figure; and accepting suggestions as one verified edit for one row or many.

const about = (f: FeatureModel) => ({
  id: f.id,
  name: f.name,
  description: f.description,
  category: f.category,
});

/** The suggestion a row shows: only for a feature with no `signals` at all, and only when the suggester is sure. */
export function rowSuggestion(f: FeatureModel): MatrixSuggestion | undefined {
  if (f.signals !== undefined || f.signalsNode) return undefined;
  const s = suggestSignals(about(f));
  if (!s) return undefined;
  const signals = SIGNALS.filter((x) => s.signals[x]);
  const why: MatrixSuggestion['why'] = {};
  for (const x of signals) if (s.why[x]) why[x] = s.why[x];
  return { capability: s.capability.name, signals, why, recommendation: s.recommendation };
}

function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
}

/** The market badge of a row; never a figure below the confidence threshold, never for an opted-out feature. */
export function rowMarket(f: FeatureModel, text: string): MatrixMarket | undefined {
  if (optedOut(text, f.node.range)) return undefined;
  const m = marketFor(about(f));
  if (!m?.common) return undefined;
  return {
    capability: m.capability.name,
    placement: m.common.placement,
    count: m.common.count,
    sample: m.sample,
    years: yearsText(m.years),
    label: `${PLACEMENT_WORDS[m.common.placement]} in ${m.common.count} of ${m.sample}`,
  };
}

/**
 * The matrix with each row's suggestion and market figure. `result` is the check of `text` (the opt-out
 * comment is read from the text). Rows of duplicated ids take the first feature's, as findings do.
 */
export function withInsights(model: MatrixModel, result: CheckResult, text: string): MatrixModel {
  const byId = new Map<string, FeatureModel>();
  for (const f of result.model?.features ?? []) if (!byId.has(f.id)) byId.set(f.id, f);
  return {
    ...model,
    groups: model.groups.map((g) => ({
      category: g.category,
      rows: g.rows.map((r) => {
        const f = r.invalid ? undefined : byId.get(r.id);
        if (!f) return r;
        const suggestion = rowSuggestion(f);
        const market = rowMarket(f, text);
        return { ...r, ...(suggestion ? { suggestion } : {}), ...(market ? { market } : {}) };
      }),
    })),
  };
}

export interface SuggestionEditResult {
  edits: TextEdit[];
  /** ids that get their suggested `signals` block */
  changed: string[];
  /** ids with nothing to accept (classified meanwhile, no suggestion, unknown, not editable) */
  skipped: string[];
}

/**
 * The suggested `signals` blocks of the listed features (one insertion each, `suggestionEdit`'s, marked as
 * suggested), verified together: the result parses, adds no structure finding, and every changed feature
 * then reads exactly its suggested signals. Undefined when that fails (nothing is applied then).
 */
export function verifiedSuggestionEdits(
  text: string,
  result: CheckResult,
  featureIds: readonly string[],
  options: CheckOptions = {},
): SuggestionEditResult | undefined {
  const out: SuggestionEditResult = { edits: [], changed: [], skipped: [] };
  const byId = new Map<string, FeatureModel>();
  for (const f of result.model?.features ?? []) if (!byId.has(f.id)) byId.set(f.id, f);
  const et = new EditableText(text);
  const wanted = new Map<string, readonly string[]>();
  for (const id of new Set(featureIds)) {
    const f = byId.get(id);
    const s = f && rowSuggestion(f) ? suggestSignals(about(f)) : undefined;
    const edit = f && s ? suggestionEdit(et, f.node, s) : undefined;
    if (!edit || !s) {
      out.skipped.push(id);
      continue;
    }
    out.edits.push(edit);
    out.changed.push(id);
    wanted.set(
      id,
      SIGNALS.filter((x) => s.signals[x]),
    );
  }
  if (out.edits.length === 0) return out;
  const ok = verifyOutcome(text, result, out.edits, options, (after) => {
    const now = new Map<string, FeatureModel>();
    for (const f of after.model?.features ?? []) if (!now.has(f.id)) now.set(f.id, f);
    for (const [id, on] of wanted) {
      const g = now.get(id);
      if (!g?.signals || !SIGNALS.every((x) => (g.signals?.[x] === true) === on.includes(x))) return false;
    }
    return true;
  });
  return ok ? out : undefined;
}
