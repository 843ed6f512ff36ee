import { check } from '../check';
import { suggestionEdit } from '../edit/suggestions';
import { applyEdits, EditableText } from '../edit/text-edits';
import { verifyOutcome } from '../edit/verify';
import {
  type MarketFigure,
  type MarketRow,
  marketFor,
  marketRows,
  optedOut,
  PLACEMENT_WORDS,
} from '../insight/market';
import { type Recommendation, type SignalSuggestion, suggestFor } from '../insight/suggest-signals';
import type { CheckOptions, CheckResult, FeatureModel, PackagingModel } from '../model/model';
import { type Diagnostic, SIGNALS, type Signal, type TextEdit } from '../types';
import type { MatrixMarket, MatrixModel, MatrixSuggestion } from './view-model';

// The matrix's share of the suggestions issue: per row, the suggested signals (for a feature with no
// `signals`) and the market figure; and accepting suggestions as one verified edit for one row or many.

const about = (f: FeatureModel) => ({
  id: f.id,
  name: f.name,
  description: f.description,
  category: f.category,
});

/** The suggester's answer for a feature with no `signals` at all (undefined when classified or unsure). */
function suggestionOf(f: FeatureModel, model?: PackagingModel): SignalSuggestion | undefined {
  if (f.signals !== undefined || f.signalsNode) return undefined;
  return suggestFor(f, model);
}

/**
 * The suggestion a row shows: only for a feature with no `signals` at all, and only when the suggester is sure.
 * `model` (the checked file's) adds the product name, the value metric and the sibling rows to the evidence.
 */
export function rowSuggestion(f: FeatureModel, model?: PackagingModel): MatrixSuggestion | undefined {
  const s = suggestionOf(f, model);
  if (!s) return undefined;
  const signals = SIGNALS.filter((x) => s.signals[x]);
  const why: MatrixSuggestion['why'] = {};
  for (const x of signals) if (s.why[x]) why[x] = s.why[x];
  const answers = Object.fromEntries(
    SIGNALS.map((x) => [
      x,
      {
        answer: s.answers[x].answer,
        ...(s.answers[x].evidence !== undefined ? { evidence: s.answers[x].evidence } : {}),
      },
    ]),
  ) as NonNullable<MatrixSuggestion['answers']>;
  return {
    capability: s.basis,
    ...(s.capability ? { matched: s.capability.id } : {}),
    answers,
    signals,
    why,
    recommendation: s.recommendation,
  };
}

function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
}

/**
 * The market badge of a row; never a figure below the confidence threshold, never for an opted-out feature, only
 * for a sure match. `family` (from `marketRows`): a later row of a family points at the row with the figure.
 */
export function rowMarket(
  f: FeatureModel,
  text: string,
  product?: string,
  family?: Pick<MarketRow, 'sameAs'>,
): MatrixMarket | undefined {
  if (optedOut(text, f.node.range)) return undefined;
  const m = marketFor({ ...about(f), ...(product ? { product } : {}) });
  return m ? marketBadge(m, family) : undefined;
}

/** The badge of a market figure (undefined below the confidence threshold). */
export function marketBadge(m: MarketFigure, family?: Pick<MarketRow, 'sameAs'>): MatrixMarket | undefined {
  if (!m.common) return undefined;
  return {
    ...(family?.sameAs !== undefined ? { sameAs: family.sameAs } : {}),
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
  const families = new Map<string, MarketRow>();
  if (result.model)
    for (const r of marketRows(result.model, text)) if (!families.has(r.feature)) families.set(r.feature, r);
  return {
    ...model,
    groups: model.groups.map((g) => ({
      category: g.category,
      rows: g.rows.map((r) => {
        const f = r.invalid ? undefined : byId.get(r.id);
        if (!f) return r;
        const suggestion = rowSuggestion(f, result.model);
        const market = rowMarket(f, text, result.model?.productName, families.get(f.id));
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
    const s = f ? suggestionOf(f, result.model) : undefined;
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

/** One row a suggestion preview would change. */
export interface PreviewRow {
  id: string;
  name: string;
  /** the signals it would get and the recommendation they give */
  signals: Signal[];
  recommendation: Recommendation;
  /** what the suggestion rests on: the capability, or the unit */
  basis: string;
}

export interface SuggestionPreview {
  rows: PreviewRow[];
  /** ids with nothing to accept */
  skipped: string[];
  /** findings the edited text has that the text had not, and the reverse (rule, feature and message compared) */
  added: Diagnostic[];
  removed: Diagnostic[];
  /** the edits and the edited text, to write when the PM agrees */
  edits: TextEdit[];
  text: string;
}

const findingKey = (d: Diagnostic) => `${d.rule}\u0000${d.feature ?? ''}\u0000${d.message}`;

/** The findings of `after` not in `before`, each counted (two equal findings are two). */
function minus(after: readonly Diagnostic[], before: readonly Diagnostic[]): Diagnostic[] {
  const left = new Map<string, number>();
  for (const d of before) left.set(findingKey(d), (left.get(findingKey(d)) ?? 0) + 1);
  const out: Diagnostic[] = [];
  for (const d of after) {
    const n = left.get(findingKey(d)) ?? 0;
    if (n > 0) left.set(findingKey(d), n - 1);
    else out.push(d);
  }
  return out;
}

/**
 * What accepting the suggestions of `ids` would do, before anything is written: the rows with their new
 * recommendation, and the findings the change adds or removes (the edited text checked with `check`).
 * Undefined when the edits do not verify. `result` is the check of `text`.
 */
export function suggestionPreview(
  text: string,
  result: CheckResult,
  ids: readonly string[],
  options: CheckOptions = {},
): SuggestionPreview | undefined {
  const r = verifiedSuggestionEdits(text, result, ids, options);
  if (!r) return undefined;
  const byId = new Map<string, FeatureModel>();
  for (const f of result.model?.features ?? []) if (!byId.has(f.id)) byId.set(f.id, f);
  const rows: PreviewRow[] = [];
  for (const id of r.changed) {
    const f = byId.get(id)!;
    const s = suggestionOf(f, result.model)!;
    rows.push({
      id,
      name: f.name,
      signals: SIGNALS.filter((x) => s.signals[x]),
      recommendation: s.recommendation,
      basis: s.basis,
    });
  }
  const after = r.edits.length ? applyEdits(text, r.edits) : text;
  const afterResult = r.edits.length ? check(after, options) : result;
  return {
    rows,
    skipped: r.skipped,
    added: minus(afterResult.diagnostics, result.diagnostics),
    removed: minus(result.diagnostics, afterResult.diagnostics),
    edits: r.edits,
    text: after,
  };
}
