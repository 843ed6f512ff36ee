// What a PM asks for: each action checks what it can, shows that it is on its way and posts one intent.
// The webview never edits the document; the extension host applies (or refuses) and a fresh render follows.

import { matrixMarkdown } from '../src/core/matrix/render/markdown';
import type { MatrixRow } from '../src/core/matrix/view-model';
import type { Signal } from '../src/core/types';
import {
  isFiltered,
  nextUnclassified,
  parseLimit,
  shownSuggestion,
  signalName,
  suggestedIn,
  suggestedSignalsText,
  type ViewState,
} from './logic';
import { previewThenAccept } from './preview';
import { announce, cellAt, focusRow, menuItems, recompute, update } from './render';
import { post, S, saveState } from './state';
import { COL_FEATURE, COL_FIRST_PLAN, firstSignalCol } from './view-parts';

export function requestMove(featureId: string, planId: string, limits?: 'carry' | 'drop'): void {
  const current = S.current;
  if (!current) return;
  const row = S.rowsById.get(featureId);
  const plan = current.model.plans.find((p) => p.id === planId);
  if (!row || !plan) return;
  if (S.syntaxFindings) {
    announce('Fix the YAML syntax error before moving features.', 'error');
    return;
  }
  if (row.invalid) {
    announce(`${row.name} has a schema error: fix it in the text before moving it.`, 'error');
    return;
  }
  if (row.plan === planId) {
    announce(`${row.name} is already on ${plan.name}.`);
    return;
  }
  const plans = current.model.plans;
  const to = plans.indexOf(plan);
  const behind = limits
    ? []
    : row.cells.flatMap((c, i) => (i < to && c.kind === 'limit' ? [plans[i]!.id] : []));
  if (behind.length > 0 && !row.addOn) {
    // A move up past limits: ask instead of leaving a limit-outside-plan error behind.
    const own = row.cells[to];
    const last = row.cells[plans.findIndex((p) => p.id === behind[behind.length - 1])];
    const carry = own?.kind !== 'limit' && last?.kind === 'limit' ? last.label : undefined;
    const cell = cellAt(featureId, S.view.col) ?? cellAt(featureId, COL_FEATURE);
    const r = cell?.getBoundingClientRect();
    S.menu = {
      featureId,
      x: (r?.left ?? 0) + window.scrollX,
      y: (r?.bottom ?? 0) + window.scrollY,
      above: (r?.top ?? 0) + window.scrollY,
      move: { planId, behind, ...(carry ? { carry } : {}) },
    };
    update();
    menuItems()[0]?.focus();
    return;
  }
  S.pending.set(featureId, planId);
  S.status = { text: `Moving ${row.name} to ${plan.name}…`, kind: 'info', version: undefined };
  update();
  post({
    type: 'moveFeature',
    featureId,
    planId,
    documentVersion: current.version,
    ...(limits ? { limits } : {}),
  });
}

/** The rows a change on `row` applies to: the selection when the row is part of it, else the row alone. */
export function targetsOf(row: MatrixRow): string[] {
  if (S.multi.size > 1 && S.multi.has(row.id)) return S.rowOrder.filter((id) => S.multi.has(id));
  return [row.id];
}

export function requestSignal(ids: string[], signal: Signal, value: boolean): void {
  if (!S.current) return;
  if (S.syntaxFindings) {
    announce('Fix the YAML syntax error before classifying features.', 'error');
    return;
  }
  const rows = ids
    .map((id) => S.rowsById.get(id))
    .filter((r): r is MatrixRow => r !== undefined && !r.invalid);
  if (rows.length === 0) {
    announce('A feature with a schema error cannot be classified here: fix it in the text first.', 'error');
    return;
  }
  const targets = rows.map((r) => r.id);
  if (S.view.unclassifiedOnly) for (const id of targets) S.keep.add(id);
  for (const id of targets) S.pendingSignals.add(id);
  const who = targets.length === 1 ? rows[0]!.name : `${targets.length} features`;
  S.status = {
    text: `${value ? 'Setting' : 'Clearing'} ${signalName(signal)} for ${who}…`,
    kind: 'info',
    version: undefined,
  };
  update();
  post({ type: 'setSignal', featureIds: targets, signal, value, documentVersion: S.current.version });
}

export function toggleSignal(row: MatrixRow, signal: Signal, value = !row.signals.includes(signal)): void {
  requestSignal(targetsOf(row), signal, value);
}

/** Writes the suggestions of these rows (one edit, one undo step); rows with nothing to accept are left out. */
export function requestAccept(ids: string[]): void {
  if (!S.current) return;
  if (S.syntaxFindings) {
    announce('Fix the YAML syntax error before accepting suggestions.', 'error');
    return;
  }
  const rows = ids
    .map((id) => S.rowsById.get(id))
    .filter((r): r is MatrixRow => r !== undefined && shownSuggestion(r, S.view.rejected) !== undefined);
  if (rows.length === 0) {
    announce('Nothing to accept: no suggestion is shown for that.', 'error');
    return;
  }
  const targets = rows.map((r) => r.id);
  if (S.view.unclassifiedOnly) for (const id of targets) S.keep.add(id);
  for (const id of targets) S.pendingSignals.add(id);
  const who =
    targets.length === 1
      ? `${rows[0]!.name} (${suggestedSignalsText(rows[0]!.suggestion!)})`
      : `${targets.length} features`;
  S.status = { text: `Accepting the suggestion for ${who}…`, kind: 'info', version: undefined };
  update();
  post({ type: 'acceptSuggestions', featureIds: targets, documentVersion: S.current.version });
}

/** Hides a row's suggestion (view state only: nothing is written; the feature stays unclassified). */
export function rejectSuggestion(row: MatrixRow): void {
  if (!shownSuggestion(row, S.view.rejected)) return;
  S.view = { ...S.view, rejected: [...S.view.rejected, row.id] };
  saveState();
  announce(`Rejected the suggestion for ${row.name}; it stays unclassified. Nothing was written.`);
}

export function acceptCategory(category: string | undefined): void {
  const g = S.groups.find((x) => x.category === category);
  // "Accept N suggestions" shows what it would write first; only Confirm runs requestAccept
  if (g) previewThenAccept(suggestedIn(g, S.view.rejected), requestAccept);
}

/** Opens the in-place limit editor on a plan cell the feature is on (not on an excluded cell). */
export function editLimit(row: MatrixRow, col: number): void {
  if (!S.current) return;
  const i = col - COL_FIRST_PLAN;
  const plan = S.current.model.plans[i];
  if (!plan) return;
  if (row.invalid) {
    announce(`${row.name} has a schema error: fix it in the text first.`, 'error');
    return;
  }
  if (row.cells[i]?.kind === 'excluded' || row.cells[i]?.kind === undefined) {
    announce(`${row.name} is not on ${plan.name}: move it there before giving it a limit.`, 'error');
    return;
  }
  S.editing = { featureId: row.id, planId: plan.id };
  update();
}

export function endLimitEdit(commit: boolean, input: HTMLInputElement): void {
  const e = S.editing;
  if (!e || !S.current) return;
  if (commit) {
    const limit = parseLimit(input.value);
    if (limit === undefined) {
      announce('A limit is a number (0 or more) or "unlimited".', 'error');
      return;
    }
    const row = S.rowsById.get(e.featureId);
    const i = S.current.model.plans.findIndex((p) => p.id === e.planId);
    const cell = row?.cells[i];
    S.editing = undefined;
    if (cell?.kind === 'limit' && cell.limit === limit) {
      update();
      S.activeCell?.focus();
      return;
    }
    S.pendingSignals.add(e.featureId);
    S.status = {
      text: `Setting the limit of ${row?.name ?? e.featureId}…`,
      kind: 'info',
      version: undefined,
    };
    update();
    S.activeCell?.focus();
    post({
      type: 'setLimit',
      featureId: e.featureId,
      planId: e.planId,
      limit,
      documentVersion: S.current.version,
    });
    return;
  }
  S.editing = undefined;
  update();
  S.activeCell?.focus();
}

export function goNextUnclassified(): void {
  const from = S.activeCell?.closest<HTMLElement>('.feature-row')?.dataset.id ?? S.view.selected;
  const id = nextUnclassified(S.rowOrder, S.rowsById, from);
  if (!id || !S.current) {
    announce('Every feature shown is classified.');
    return;
  }
  focusRow(id, firstSignalCol(S.current.model));
}

export function selectOnly(ids: Iterable<string>): void {
  S.multi.clear();
  for (const id of ids) S.multi.add(id);
  update();
}

export function reveal(featureId: string): void {
  post({ type: 'reveal', featureId });
}

export function copyMarkdown(): void {
  if (!S.current) return;
  const note = isFiltered(S.view) ? describeFilters() : undefined;
  // the rows shown, filters applied
  const shown = { ...S.current.model, groups: S.groups.map((g) => ({ category: g.category, rows: g.rows })) };
  post({
    type: 'copyMarkdown',
    markdown: matrixMarkdown(shown, { heading: '###', ...(note ? { note } : {}) }),
  });
  announce('Copied the matrix as Markdown.');
}

function describeFilters(): string {
  const v = S.view;
  const parts: string[] = [];
  if (v.query.trim()) parts.push(`matching "${v.query.trim()}"`);
  if (v.flaggedOnly) parts.push('flagged only');
  if (v.side !== 'all') parts.push(`${v.side} side`);
  if (v.signal !== 'any') parts.push(`with ${v.signal}`);
  if (v.unclassifiedOnly) parts.push('unclassified');
  return `Filtered: ${parts.join(', ')}`;
}

export function setFilter(patch: Partial<ViewState>): void {
  S.view = { ...S.view, ...patch };
  saveState();
  recompute();
  update();
}
