// Pure parts of the matrix view: view state, filtering, sorting, labels and the Markdown copy.
// No DOM here, so unit tests can run it in Node.

import { RECOMMENDATION_NAMES, SIGNAL_NAMES } from '../src/core/format/names';
import type {
  MatrixCell,
  MatrixMarket,
  MatrixModel,
  MatrixPlan,
  MatrixRow,
} from '../src/core/matrix/view-model';
import type { Severity, Signal } from '../src/core/types';

export const SORTS = ['file', 'name', 'plan', 'recommendation', 'flag'] as const;
export type SortKey = (typeof SORTS)[number];
export const SIDES = ['all', 'free', 'paid'] as const;
export type SideFilter = (typeof SIDES)[number];
export const SIGNAL_FILTERS = [
  'any',
  'virality',
  'universality',
  'ahaMoment',
  'habitLoop',
  'friction',
  'expansion',
] as const;
export type SignalFilter = (typeof SIGNAL_FILTERS)[number];

/** What survives hiding the tab (through `setState`): filters, sort, selection, scroll. */
export interface ViewState {
  query: string;
  flaggedOnly: boolean;
  /** only rows nobody has answered the packaging test for */
  unclassifiedOnly: boolean;
  side: SideFilter;
  signal: SignalFilter;
  sort: SortKey;
  /** the selected (focused) feature id */
  selected?: string;
  /** grid column of the focused cell */
  col: number;
  scrollY: number;
  /** rows whose suggestion the PM rejected: hidden from the view, nothing written */
  rejected: string[];
}

export const DEFAULT_STATE: ViewState = {
  query: '',
  flaggedOnly: false,
  unclassifiedOnly: false,
  side: 'all',
  signal: 'any',
  sort: 'file',
  col: 0,
  scrollY: 0,
  rejected: [],
};

/** Reads a saved state defensively: anything malformed falls back to the default. */
export function restoreState(saved: unknown): ViewState {
  const s: ViewState = { ...DEFAULT_STATE, rejected: [] };
  if (typeof saved !== 'object' || saved === null) return s;
  const v = saved as Record<string, unknown>;
  if (typeof v.query === 'string' && v.query.length <= 1000) s.query = v.query;
  if (typeof v.flaggedOnly === 'boolean') s.flaggedOnly = v.flaggedOnly;
  if (typeof v.unclassifiedOnly === 'boolean') s.unclassifiedOnly = v.unclassifiedOnly;
  if ((SIDES as readonly unknown[]).includes(v.side)) s.side = v.side as SideFilter;
  if ((SIGNAL_FILTERS as readonly unknown[]).includes(v.signal)) s.signal = v.signal as SignalFilter;
  if ((SORTS as readonly unknown[]).includes(v.sort)) s.sort = v.sort as SortKey;
  if (typeof v.selected === 'string' && v.selected.length <= 1000) s.selected = v.selected;
  if (Number.isSafeInteger(v.col) && (v.col as number) >= 0 && (v.col as number) < 1000)
    s.col = v.col as number;
  if (typeof v.scrollY === 'number' && Number.isFinite(v.scrollY) && v.scrollY >= 0) s.scrollY = v.scrollY;
  if (Array.isArray(v.rejected))
    s.rejected = v.rejected
      .filter((x): x is string => typeof x === 'string' && x.length <= 1000)
      .slice(0, 50_000);
  return s;
}

export function isFiltered(s: ViewState): boolean {
  return (
    s.query.trim() !== '' || s.flaggedOnly || s.unclassifiedOnly || s.side !== 'all' || s.signal !== 'any'
  );
}

export interface VisibleGroup {
  category: string;
  rows: MatrixRow[];
  /** rows in the group before filtering */
  total: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RECOMMENDATION_RANK = { free: 0, 'free-limited': 1, either: 2, paid: 3, unclassified: 4 } as const;

function matchesQuery(row: MatrixRow, q: string): boolean {
  if (!q) return true;
  return (
    row.name.toLowerCase().includes(q) ||
    row.id.toLowerCase().includes(q) ||
    row.category.toLowerCase().includes(q) ||
    (row.description?.toLowerCase().includes(q) ?? false)
  );
}

/** Nobody has answered the packaging test for it yet (a row that fails the schema is not counted). */
export function isUnclassified(row: MatrixRow): boolean {
  return row.recommendation === 'unclassified' && !row.invalid;
}

/**
 * The groups and rows to show, filtered and sorted within each group (groups keep file order).
 * `keep`: rows that stay shown under the "unclassified" filter though answered meanwhile (the PM is still
 * answering their other questions).
 */
export function visibleGroups(
  model: MatrixModel,
  s: ViewState,
  keep: ReadonlySet<string> = new Set(),
): VisibleGroup[] {
  const q = s.query.trim().toLowerCase();
  const planIndex = new Map(model.plans.map((p, i) => [p.id, i]));
  const out: VisibleGroup[] = [];
  for (const g of model.groups) {
    let rows = g.rows.filter(
      (r) =>
        (!s.flaggedOnly || r.flag !== undefined) &&
        (!s.unclassifiedOnly || isUnclassified(r) || keep.has(r.id)) &&
        (s.side === 'all' || r.side === s.side) &&
        (s.signal === 'any' || r.signals.includes(s.signal)) &&
        matchesQuery(r, q),
    );
    if (rows.length === 0) continue;
    if (s.sort !== 'file') {
      // Stable sort over file order, so equal keys keep the order the author chose.
      const keyed = rows.map((r, i) => ({ r, i }));
      keyed.sort((a, b) => compareRows(a.r, b.r, s.sort, planIndex) || a.i - b.i);
      rows = keyed.map((k) => k.r);
    }
    out.push({ category: g.category, rows, total: g.rows.length });
  }
  return out;
}

function compareRows(a: MatrixRow, b: MatrixRow, sort: SortKey, planIndex: Map<string, number>): number {
  switch (sort) {
    case 'name':
      return a.name.localeCompare(b.name);
    case 'plan':
      return (
        (planIndex.get(a.plan) ?? Number.MAX_SAFE_INTEGER) -
        (planIndex.get(b.plan) ?? Number.MAX_SAFE_INTEGER)
      );
    case 'recommendation':
      return RECOMMENDATION_RANK[a.recommendation] - RECOMMENDATION_RANK[b.recommendation];
    case 'flag':
      return (a.flag ? SEVERITY_RANK[a.flag] : 3) - (b.flag ? SEVERITY_RANK[b.flag] : 3);
    default:
      return 0;
  }
}

export function signalName(s: Signal): string {
  return SIGNAL_NAMES[s];
}

export function recommendationLabel(row: MatrixRow): string {
  return RECOMMENDATION_NAMES[row.recommendation];
}

export function cellText(cell: MatrixCell): string {
  switch (cell.kind) {
    case 'included':
      return 'included';
    case 'limit':
    case 'addOn':
      return cell.label;
    default:
      return 'not included';
  }
}

/** What a screen reader says for a plan cell: "Share boards, Free plan, included, recommended free". */
export function cellAriaLabel(row: MatrixRow, plan: MatrixPlan, cell: MatrixCell): string {
  const lowest = row.plan === plan.id ? ', lowest plan' : '';
  return `${row.name}, ${plan.name} plan, ${cellText(cell)}${lowest}, recommended ${recommendationLabel(row)}`;
}

export function findingsText(row: MatrixRow): string {
  return row.findings
    .map((f) =>
      f.accepted === undefined ? `${f.severity}: ${f.message}` : `accepted ${f.rule}: ${f.accepted}`,
    )
    .join('\n');
}

/** The plan index a keyboard move lands on (-1/+1 from the current plan), or undefined at either end. */
export function adjacentPlan(model: MatrixModel, row: MatrixRow, delta: -1 | 1): MatrixPlan | undefined {
  const i = model.plans.findIndex((p) => p.id === row.plan);
  if (i < 0) return delta > 0 ? model.plans[0] : undefined;
  return model.plans[i + delta];
}

/** The next unclassified row after `fromId` in `order` (wrapping), or undefined when none is left. */
export function nextUnclassified(
  order: readonly string[],
  rows: ReadonlyMap<string, MatrixRow>,
  fromId: string | undefined,
): string | undefined {
  const start = fromId === undefined ? -1 : order.indexOf(fromId);
  for (let k = 1; k <= order.length; k++) {
    const id = order[(start + k + order.length) % order.length]!;
    const r = rows.get(id);
    if (r && isUnclassified(r) && id !== fromId) return id;
  }
  return undefined;
}

/** The ids from `anchor` to `to` (inclusive) in `order`, for shift-click and shift-arrow selection. */
export function rangeOf(order: readonly string[], anchor: string, to: string): string[] {
  const a = order.indexOf(anchor);
  const b = order.indexOf(to);
  if (a < 0 || b < 0) return [to];
  return order.slice(Math.min(a, b), Math.max(a, b) + 1);
}

/** What a checkbox cell says: "Share boards, Virality: yes" / "no" / "not answered". */
export function signalCellLabel(row: MatrixRow, s: Signal): string {
  const state = row.signals.includes(s)
    ? 'yes'
    : (row.answered ?? row.signals).includes(s)
      ? 'no'
      : 'not answered';
  return `${row.name}, ${signalName(s)}: ${state}`;
}

export interface FreeOfferSummary {
  plans: {
    id: string;
    name: string;
    /** features on this free plan (shipped and planned) */
    included: number;
    /** features capped on this plan: "Boards: 3 boards" */
    walls: { id: string; name: string; label: string }[];
  }[];
  freeOffer: string;
  trialDays?: number;
  goals: string[];
}

/** What the free offer is, at a glance: free plans, what they include, behind which walls. */
export function freeOfferSummary(model: MatrixModel): FreeOfferSummary {
  // once per model: the header renders on every update, and this walks every row
  let o = offerOf.get(model);
  if (!o) {
    o = computeFreeOffer(model);
    offerOf.set(model, o);
  }
  return o;
}
const offerOf = new WeakMap<MatrixModel, FreeOfferSummary>();

function computeFreeOffer(model: MatrixModel): FreeOfferSummary {
  const rows = model.groups.flatMap((g) => g.rows);
  const plans = model.plans.flatMap((p, i) => {
    if (!p.free) return [];
    let included = 0;
    const walls: FreeOfferSummary['plans'][number]['walls'] = [];
    for (const r of rows) {
      const c = r.cells[i];
      if (!c || c.kind === 'excluded') continue;
      included++;
      if (c.kind === 'limit' && c.limit !== 'unlimited')
        walls.push({ id: r.id, name: r.name, label: c.label });
    }
    return [{ id: p.id, name: p.name, included, walls }];
  });
  return {
    plans,
    freeOffer: model.growth.freeOffer,
    ...(model.growth.trialDays !== undefined ? { trialDays: model.growth.trialDays } : {}),
    goals: model.growth.freemiumGoals,
  };
}

/** The row's suggestion, when it is still to decide: unanswered, valid, not rejected. */
export function shownSuggestion(row: MatrixRow, rejected: readonly string[]) {
  if (!row.suggestion || row.invalid || (row.answered ?? row.signals).length > 0) return undefined;
  if (rejected.includes(row.id)) return undefined;
  return row.suggestion;
}

/** "virality, habit loop" or "no signal (either)". */
export function suggestedSignalsText(s: NonNullable<MatrixRow['suggestion']>): string {
  return s.signals.length ? s.signals.map(signalName).join(', ') : 'no signal';
}

/** What a screen reader and the tooltip say about a suggestion, why included. */
export function suggestionText(s: NonNullable<MatrixRow['suggestion']>): string {
  const why = s.signals.map((x) => `${signalName(x)}: ${s.why[x] ?? ''}`).join('; ');
  return `Suggested for ${s.capability}: ${suggestedSignalsText(s)}, recommended ${
    RECOMMENDATION_NAMES[s.recommendation]
  }${why ? `. Why: ${why}` : '. Nothing argues for a side'}`;
}

/** The market tooltip: the figure with its sample, years and the capability matched. */
export function marketTooltip(m: MatrixMarket): string {
  return `Market: ${m.label} products that offer it (${m.years}). Sample: ${m.sample} products. Matched capability: ${m.capability}.`;
}

/** The rows of a group whose suggestion can be accepted at once (shown, not rejected). */
export function suggestedIn(group: { rows: MatrixRow[] }, rejected: readonly string[]): string[] {
  return group.rows.filter((r) => shownSuggestion(r, rejected)).map((r) => r.id);
}

/** A limit as typed in a cell: a non-negative number or `unlimited` (any case, spaces around). */
export function parseLimit(input: string): number | 'unlimited' | undefined {
  const s = input.trim();
  if (/^unlimited$/i.test(s)) return 'unlimited';
  if (!/^\d{1,15}(\.\d{1,6})?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
