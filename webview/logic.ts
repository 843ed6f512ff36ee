// Pure parts of the matrix view: view state, filtering, sorting, labels and the Markdown copy.
// No DOM here, so unit tests can run it in Node.

import type { MatrixCell, MatrixModel, MatrixPlan, MatrixRow } from '../src/core/matrix';
import { RECOMMENDATION_NAMES, SIGNAL_NAMES } from '../src/core/names';
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
] as const;
export type SignalFilter = (typeof SIGNAL_FILTERS)[number];

/** What survives hiding the tab (through `setState`): filters, sort, selection, scroll. */
export interface ViewState {
  query: string;
  flaggedOnly: boolean;
  side: SideFilter;
  signal: SignalFilter;
  sort: SortKey;
  /** the selected (focused) feature id */
  selected?: string;
  /** grid column of the focused cell */
  col: number;
  scrollY: number;
}

export const DEFAULT_STATE: ViewState = {
  query: '',
  flaggedOnly: false,
  side: 'all',
  signal: 'any',
  sort: 'file',
  col: 0,
  scrollY: 0,
};

/** Reads a saved state defensively: anything malformed falls back to the default. */
export function restoreState(saved: unknown): ViewState {
  const s: ViewState = { ...DEFAULT_STATE };
  if (typeof saved !== 'object' || saved === null) return s;
  const v = saved as Record<string, unknown>;
  if (typeof v.query === 'string' && v.query.length <= 1000) s.query = v.query;
  if (typeof v.flaggedOnly === 'boolean') s.flaggedOnly = v.flaggedOnly;
  if ((SIDES as readonly unknown[]).includes(v.side)) s.side = v.side as SideFilter;
  if ((SIGNAL_FILTERS as readonly unknown[]).includes(v.signal)) s.signal = v.signal as SignalFilter;
  if ((SORTS as readonly unknown[]).includes(v.sort)) s.sort = v.sort as SortKey;
  if (typeof v.selected === 'string' && v.selected.length <= 1000) s.selected = v.selected;
  if (Number.isSafeInteger(v.col) && (v.col as number) >= 0 && (v.col as number) < 1000)
    s.col = v.col as number;
  if (typeof v.scrollY === 'number' && Number.isFinite(v.scrollY) && v.scrollY >= 0) s.scrollY = v.scrollY;
  return s;
}

export function isFiltered(s: ViewState): boolean {
  return s.query.trim() !== '' || s.flaggedOnly || s.side !== 'all' || s.signal !== 'any';
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

/** The groups and rows to show, filtered and sorted within each group (groups keep file order). */
export function visibleGroups(model: MatrixModel, s: ViewState): VisibleGroup[] {
  const q = s.query.trim().toLowerCase();
  const planIndex = new Map(model.plans.map((p, i) => [p.id, i]));
  const out: VisibleGroup[] = [];
  for (const g of model.groups) {
    let rows = g.rows.filter(
      (r) =>
        (!s.flaggedOnly || r.flag !== undefined) &&
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
