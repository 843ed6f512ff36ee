// The matrix webview: renders the view model the extension sends and posts intents back (reveal, move, copy).
// It never edits the document; the extension host owns it. See docs/matrix.md for the keyboard map.

import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import { render } from 'lit';
import { matrixMarkdown } from '../src/core/matrix/render/markdown';
import type { MatrixFinding, MatrixModel, MatrixRow } from '../src/core/matrix/view-model';
import type { Signal } from '../src/core/types';
import { SIGNALS } from '../src/core/types';
import {
  describeMessage,
  type HostMessage,
  PROTOCOL_VERSION,
  parseHostMessage,
  type WebviewMessage,
} from '../src/protocol';
import {
  adjacentPlan,
  isFiltered,
  isUnclassified,
  nextUnclassified,
  parseLimit,
  rangeOf,
  restoreState,
  SIDES,
  SIGNAL_FILTERS,
  SORTS,
  shownSuggestion,
  signalName,
  suggestedIn,
  suggestedSignalsText,
  type ViewState,
  type VisibleGroup,
  visibleGroups,
} from './logic';
import {
  appTemplate,
  COL_FEATURE,
  COL_FIRST_PLAN,
  columnCount,
  firstSignalCol,
  flatten,
  type Item,
  type MenuState,
  type Slice,
  signalAt,
} from './view';

// Big files render a window of rows around the viewport (fixed row heights, see .grid.virtual in the CSS);
// ordinary ones render every row, so find-in-page, screen readers and screenshots see the whole matrix.
const VIRTUAL_THRESHOLD = 400;
const ROW_H = 48;
const GROUP_H = 32;
const OVERSCAN_PX = 900;

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app') ?? document.body;

let state: ViewState = restoreState(vscode.getState());
/** the last model that parsed, with the document version it was built from */
let current: { model: MatrixModel; version: number; fileName: string } | undefined;
let syntaxFindings: MatrixFinding[] | undefined;
let groups: VisibleGroup[] = [];
let items: Item[] = [];
/** top offset of each item inside the grid body (virtual mode), plus the total height at the end */
let offsets: number[] = [];
let rowOrder: string[] = [];
let itemIndex = new Map<string, number>();
let slice: Slice = { start: 0, end: 0, virtual: false };
let rowsById = new Map<string, MatrixRow>();
const pending = new Map<string, string>();
let menu: MenuState | undefined;
/** the plan cell whose limit is being edited in place */
let editing: { featureId: string; planId: string } | undefined;
/**
 * The status line is about one document version: it clears as soon as another version renders (after an
 * undo, a fix, typing). `version` undefined: pinned to the next render (an edit's result is on its way).
 */
let status: { text: string; kind: 'info' | 'error'; version: number | undefined } | undefined;
/** the version of the last render, syntax errors included */
let lastVersion = -1;
/** rows selected for a bulk change, and where a shift-selection starts */
const multi = new Set<string>();
let anchor: string | undefined;
const pendingSignals = new Set<string>();
let bulkSignal: Signal = 'virality';
/** rows answered while "unclassified only" is on: they stay until the filter changes */
const keep = new Set<string>();
let scrollRestored = false;

/** Timing of the last render, read by the browser tests and the bench. */
const stats = { renders: 0, lastRenderMs: 0, lastMessageMs: 0 };
(window as unknown as { __matrixStats: typeof stats }).__matrixStats = stats;

function post(msg: WebviewMessage): void {
  vscode.postMessage(msg);
}

function saveState(): void {
  vscode.setState(state);
}

function recompute(): void {
  groups = current ? visibleGroups(current.model, state, keep) : [];
  items = flatten(groups);
  rowOrder = [];
  itemIndex = new Map();
  offsets = new Array(items.length + 1);
  let y = 0;
  items.forEach((it, i) => {
    offsets[i] = y;
    y += it.kind === 'group' ? GROUP_H : ROW_H;
    if (it.kind === 'row') {
      itemIndex.set(it.row.id, i);
      rowOrder.push(it.row.id);
    }
  });
  offsets[items.length] = y;
  slice = computeSlice();
}

/** grid body top in document coordinates, measured after the first render */
let gridBodyTop = 0;

function computeSlice(): Slice {
  if (items.length <= VIRTUAL_THRESHOLD) return { start: 0, end: items.length, virtual: false };
  const top = window.scrollY - gridBodyTop - OVERSCAN_PX;
  const bottom = window.scrollY + window.innerHeight - gridBodyTop + OVERSCAN_PX;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= top) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < items.length && offsets[end]! < bottom) end++;
  return { start: lo, end: Math.max(end, Math.min(items.length, lo + 1)), virtual: true };
}

function update(): void {
  const t0 = performance.now();
  // Keyed rendering keeps most cells, but a re-created or moved cell loses focus: give it back afterwards.
  const focusInGrid = activeCell !== null && document.activeElement === activeCell;
  render(
    appTemplate({
      model: current?.model,
      fileName: current?.fileName ?? '',
      state,
      groups,
      items,
      slice,
      syntaxFindings,
      pending,
      pendingSignals,
      multi,
      bulkSignal,
      unclassified: [...rowsById.values()].filter(isUnclassified).length,
      menu,
      status,
      editing,
    }),
    root,
  );
  afterRender(focusInGrid);
  const input = document.querySelector<HTMLInputElement>('.limit-input');
  if (input && document.activeElement !== input) {
    input.focus();
    input.select();
  }
  stats.renders++;
  stats.lastRenderMs = performance.now() - t0;
}

function grid(): HTMLElement | null {
  return document.getElementById('grid');
}

function cellAt(featureId: string, col: number): HTMLElement | null {
  const row = grid()?.querySelector<HTMLElement>(`.feature-row[data-id="${CSS.escape(featureId)}"]`);
  return row?.querySelector<HTMLElement>(`[data-col="${col}"]`) ?? null;
}

let activeCell: HTMLElement | null = null;
let observedToolbar: HTMLElement | null = null;
const toolbarObserver = new ResizeObserver((entries) => {
  const h = entries[0]?.target instanceof HTMLElement ? entries[0].target.offsetHeight : 0;
  document.documentElement.style.setProperty('--toolbar-h', `${h}px`);
});

/** Roving tabindex: exactly one cell of the grid is in the tab order, the selected one (or the first). */
function afterRender(focusInGrid: boolean): void {
  const g = grid();
  if (g && current) {
    const plans = current.model.plans.length;
    g.style.setProperty(
      '--cols',
      `minmax(12rem, 2.2fr) 4.5rem repeat(${plans}, minmax(6.5rem, 1fr)) minmax(8rem, 1.2fr) repeat(${SIGNALS.length}, 3.4rem)`,
    );
  }
  if (g) {
    const padTop = document.getElementById('pad-top');
    const padBottom = document.getElementById('pad-bottom');
    if (padTop && padBottom) {
      padTop.style.height = `${slice.virtual ? offsets[slice.start]! : 0}px`;
      padBottom.style.height = `${slice.virtual ? offsets[items.length]! - offsets[slice.end]! : 0}px`;
      if (slice.virtual && gridBodyTop === 0)
        gridBodyTop = padTop.getBoundingClientRect().top + window.scrollY;
    }
  }
  let target: HTMLElement | null = null;
  if (state.selected && rowsById.has(state.selected)) target = cellAt(state.selected, state.col);
  // A selected row scrolled out of the rendered window keeps its selection; focus does not jump.
  const keepFocus = target !== null || !slice.virtual;
  if (!target) target = g?.querySelector<HTMLElement>('.feature-row [data-col="0"]') ?? null;
  setActiveCell(target, keepFocus && focusInGrid && document.activeElement !== target);
  const m = document.getElementById('menu');
  if (m && menu) {
    m.style.left = `${Math.max(0, Math.min(menu.x, window.innerWidth - 260))}px`;
    m.style.top = `${menu.y}px`;
  }
  const toolbar = document.querySelector<HTMLElement>('.toolbar');
  if (toolbar && toolbar !== observedToolbar) {
    // The column headers stick under the toolbar, whose height changes as it wraps.
    observedToolbar = toolbar;
    toolbarObserver.disconnect();
    toolbarObserver.observe(toolbar);
  }
  if (!scrollRestored && g) {
    scrollRestored = true;
    if (state.scrollY > 0) {
      const y = state.scrollY;
      window.scrollTo(0, y);
      // Web components and fonts settle after the first render and scroll anchoring follows their shift:
      // put the saved position back once layout is stable.
      void document.fonts.ready.then(() => requestAnimationFrame(() => window.scrollTo(0, y)));
    }
  }
}

function setActiveCell(cell: HTMLElement | null, focus: boolean): void {
  if (activeCell && activeCell !== cell) {
    activeCell.tabIndex = -1;
    activeCell.closest('.feature-row')?.classList.remove('selected');
  }
  activeCell = cell;
  if (!cell) return;
  cell.tabIndex = 0;
  const row = cell.closest<HTMLElement>('.feature-row');
  if (state.selected && row?.dataset.id === state.selected) row.classList.add('selected');
  if (focus) {
    cell.focus({ preventScroll: true });
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

function selectCell(cell: HTMLElement, focus: boolean): void {
  const row = cell.closest<HTMLElement>('.feature-row');
  if (!row?.dataset.id) return;
  state.selected = row.dataset.id;
  state.col = Number(cell.dataset.col ?? 0);
  saveState();
  setActiveCell(cell, focus);
}

/** `pin`: 'now' for news about the version shown, 'next' for the result of an edit whose render follows. */
function announce(text: string, kind: 'info' | 'error' = 'info', pin: 'now' | 'next' = 'now'): void {
  status = { text, kind, version: pin === 'now' ? lastVersion : undefined };
  update();
}

// ---- messages from the extension ------------------------------------------------------------------------

function onHostMessage(msg: HostMessage): void {
  switch (msg.type) {
    case 'render': {
      const t0 = performance.now();
      pending.clear();
      pendingSignals.clear();
      lastVersion = msg.documentVersion;
      if (status) {
        if (status.version === undefined) status.version = msg.documentVersion;
        else if (status.version !== msg.documentVersion) status = undefined;
      }
      if (msg.model.syntaxError) {
        // Keep the last good matrix; only the banner changes.
        syntaxFindings = msg.model.fileFindings;
      } else {
        syntaxFindings = undefined;
        current = { model: msg.model, version: msg.documentVersion, fileName: msg.fileName };
        rowsById = new Map(msg.model.groups.flatMap((g) => g.rows.map((r) => [r.id, r] as const)));
        if (menu && !rowsById.has(menu.featureId)) menu = undefined;
        for (const id of multi) if (!rowsById.get(id) || rowsById.get(id)!.invalid) multi.delete(id);
        recompute();
      }
      update();
      stats.lastMessageMs = performance.now() - t0;
      break;
    }
    case 'editRefused':
      pending.delete(msg.featureId);
      pendingSignals.clear();
      announce(msg.message, 'error', 'next');
      break;
    case 'editApplied': {
      const row = rowsById.get(msg.featureId);
      const plan = current?.model.plans.find((p) => p.id === msg.planId);
      announce(`Moved ${row?.name ?? msg.featureId} to ${plan?.name ?? msg.planId}.`, 'info', 'next');
      break;
    }
    case 'signalsApplied': {
      const n = msg.changed.length;
      const who = n === 1 ? (rowsById.get(msg.changed[0]!)?.name ?? msg.changed[0]!) : `${n} features`;
      const also = msg.unchanged.length ? ` (${msg.unchanged.length} already so)` : '';
      announce(
        `${msg.value ? 'Set' : 'Cleared'} ${signalName(msg.signal)} for ${who}${also}.`,
        'info',
        'next',
      );
      break;
    }
    case 'suggestionsApplied': {
      const n = msg.changed.length;
      const who = n === 1 ? (rowsById.get(msg.changed[0]!)?.name ?? msg.changed[0]!) : `${n} features`;
      const also = msg.skipped.length ? ` (${msg.skipped.length} had nothing to accept any more)` : '';
      announce(
        `Accepted the suggested signals for ${who}${also}. Undo takes ${n === 1 ? 'it' : 'them'} back.`,
        'info',
        'next',
      );
      break;
    }
    case 'limitApplied': {
      const row = rowsById.get(msg.featureId);
      const plan = current?.model.plans.find((p) => p.id === msg.planId);
      announce(
        `Set the limit of ${row?.name ?? msg.featureId} on ${plan?.name ?? msg.planId} to ${msg.limit}.`,
        'info',
        'next',
      );
      break;
    }
    case 'focusFeature': {
      if (!rowsById.has(msg.featureId)) break;
      focusRow(msg.featureId, cellAt(msg.featureId, state.col) ? state.col : COL_FEATURE, false);
      cellAt(msg.featureId, state.col)?.scrollIntoView({ block: 'nearest' });
      break;
    }
  }
}

window.addEventListener('message', (e: MessageEvent) => {
  const msg = parseHostMessage(e.data);
  if (!msg) {
    const why = `ignored a malformed message from the extension: ${describeMessage(e.data)}`;
    console.warn(`[packaging matrix] ${why}`);
    post({ type: 'log', level: 'warn', message: why });
    return;
  }
  onHostMessage(msg);
});

// ---- intents ----------------------------------------------------------------------------------------------

function requestMove(featureId: string, planId: string, limits?: 'carry' | 'drop'): void {
  if (!current) return;
  const row = rowsById.get(featureId);
  const plan = current.model.plans.find((p) => p.id === planId);
  if (!row || !plan) return;
  if (syntaxFindings) {
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
  const to = current.model.plans.indexOf(plan);
  const behind = limits
    ? []
    : row.cells.flatMap((c, i) => (i < to && c.kind === 'limit' ? [current!.model.plans[i]!.id] : []));
  if (behind.length > 0 && !row.addOn) {
    // A move up past limits: ask instead of leaving a limit-outside-plan error behind.
    const own = row.cells[to];
    const last = row.cells[current.model.plans.findIndex((p) => p.id === behind[behind.length - 1])];
    const carry = own?.kind !== 'limit' && last?.kind === 'limit' ? last.label : undefined;
    const cell = cellAt(featureId, state.col) ?? cellAt(featureId, COL_FEATURE);
    const r = cell?.getBoundingClientRect();
    menu = {
      featureId,
      x: (r?.left ?? 0) + window.scrollX,
      y: (r?.bottom ?? 0) + window.scrollY,
      move: { planId, behind, ...(carry ? { carry } : {}) },
    };
    update();
    menuItems()[0]?.focus();
    return;
  }
  pending.set(featureId, planId);
  status = { text: `Moving ${row.name} to ${plan.name}…`, kind: 'info', version: undefined };
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
function targetsOf(row: MatrixRow): string[] {
  if (multi.size > 1 && multi.has(row.id)) return rowOrder.filter((id) => multi.has(id));
  return [row.id];
}

function requestSignal(ids: string[], signal: Signal, value: boolean): void {
  if (!current) return;
  if (syntaxFindings) {
    announce('Fix the YAML syntax error before classifying features.', 'error');
    return;
  }
  const rows = ids.map((id) => rowsById.get(id)).filter((r): r is MatrixRow => r !== undefined && !r.invalid);
  if (rows.length === 0) {
    announce('A feature with a schema error cannot be classified here: fix it in the text first.', 'error');
    return;
  }
  const targets = rows.map((r) => r.id);
  if (state.unclassifiedOnly) for (const id of targets) keep.add(id);
  for (const id of targets) pendingSignals.add(id);
  const who = targets.length === 1 ? rows[0]!.name : `${targets.length} features`;
  status = {
    text: `${value ? 'Setting' : 'Clearing'} ${signalName(signal)} for ${who}…`,
    kind: 'info',
    version: undefined,
  };
  update();
  post({ type: 'setSignal', featureIds: targets, signal, value, documentVersion: current.version });
}

function toggleSignal(row: MatrixRow, signal: Signal, value = !row.signals.includes(signal)): void {
  requestSignal(targetsOf(row), signal, value);
}

/** Writes the suggestions of these rows (one edit, one undo step); rows with nothing to accept are left out. */
function requestAccept(ids: string[]): void {
  if (!current) return;
  if (syntaxFindings) {
    announce('Fix the YAML syntax error before accepting suggestions.', 'error');
    return;
  }
  const rows = ids
    .map((id) => rowsById.get(id))
    .filter((r): r is MatrixRow => r !== undefined && shownSuggestion(r, state.rejected) !== undefined);
  if (rows.length === 0) {
    announce('Nothing to accept: no suggestion is shown for that.', 'error');
    return;
  }
  const targets = rows.map((r) => r.id);
  if (state.unclassifiedOnly) for (const id of targets) keep.add(id);
  for (const id of targets) pendingSignals.add(id);
  const who =
    targets.length === 1
      ? `${rows[0]!.name} (${suggestedSignalsText(rows[0]!.suggestion!)})`
      : `${targets.length} features`;
  status = { text: `Accepting the suggestion for ${who}…`, kind: 'info', version: undefined };
  update();
  post({ type: 'acceptSuggestions', featureIds: targets, documentVersion: current.version });
}

/** Hides a row's suggestion (view state only: nothing is written; the feature stays unclassified). */
function rejectSuggestion(row: MatrixRow): void {
  if (!shownSuggestion(row, state.rejected)) return;
  state = { ...state, rejected: [...state.rejected, row.id] };
  saveState();
  announce(`Rejected the suggestion for ${row.name}; it stays unclassified. Nothing was written.`);
}

function acceptCategory(category: string | undefined): void {
  const g = groups.find((x) => x.category === category);
  if (g) requestAccept(suggestedIn(g, state.rejected));
}

/** Opens the in-place limit editor on a plan cell the feature is on (not on an excluded cell). */
function editLimit(row: MatrixRow, col: number): void {
  if (!current) return;
  const i = col - COL_FIRST_PLAN;
  const plan = current.model.plans[i];
  if (!plan) return;
  if (row.invalid) {
    announce(`${row.name} has a schema error: fix it in the text first.`, 'error');
    return;
  }
  if (row.cells[i]?.kind === 'excluded' || row.cells[i]?.kind === undefined) {
    announce(`${row.name} is not on ${plan.name}: move it there before giving it a limit.`, 'error');
    return;
  }
  editing = { featureId: row.id, planId: plan.id };
  update();
}

function endLimitEdit(commit: boolean, input: HTMLInputElement): void {
  const e = editing;
  if (!e || !current) return;
  if (commit) {
    const limit = parseLimit(input.value);
    if (limit === undefined) {
      announce('A limit is a number (0 or more) or "unlimited".', 'error');
      return;
    }
    const row = rowsById.get(e.featureId);
    const i = current.model.plans.findIndex((p) => p.id === e.planId);
    const cell = row?.cells[i];
    editing = undefined;
    if (cell?.kind === 'limit' && cell.limit === limit) {
      update();
      activeCell?.focus();
      return;
    }
    pendingSignals.add(e.featureId);
    status = { text: `Setting the limit of ${row?.name ?? e.featureId}…`, kind: 'info', version: undefined };
    update();
    activeCell?.focus();
    post({
      type: 'setLimit',
      featureId: e.featureId,
      planId: e.planId,
      limit,
      documentVersion: current.version,
    });
    return;
  }
  editing = undefined;
  update();
  activeCell?.focus();
}

function goNextUnclassified(): void {
  const from = activeCell?.closest<HTMLElement>('.feature-row')?.dataset.id ?? state.selected;
  const id = nextUnclassified(rowOrder, rowsById, from);
  if (!id || !current) {
    announce('Every feature shown is classified.');
    return;
  }
  focusRow(id, firstSignalCol(current.model));
}

function selectOnly(ids: Iterable<string>): void {
  multi.clear();
  for (const id of ids) multi.add(id);
  update();
}

function reveal(featureId: string): void {
  post({ type: 'reveal', featureId });
}

function copyMarkdown(): void {
  if (!current) return;
  const note = isFiltered(state) ? describeFilters() : undefined;
  // the rows shown, filters applied
  const shown = { ...current.model, groups: groups.map((g) => ({ category: g.category, rows: g.rows })) };
  post({
    type: 'copyMarkdown',
    markdown: matrixMarkdown(shown, { heading: '###', ...(note ? { note } : {}) }),
  });
  announce('Copied the matrix as Markdown.');
}

function describeFilters(): string {
  const parts: string[] = [];
  if (state.query.trim()) parts.push(`matching "${state.query.trim()}"`);
  if (state.flaggedOnly) parts.push('flagged only');
  if (state.side !== 'all') parts.push(`${state.side} side`);
  if (state.signal !== 'any') parts.push(`with ${state.signal}`);
  if (state.unclassifiedOnly) parts.push('unclassified');
  return `Filtered: ${parts.join(', ')}`;
}

// ---- toolbar ------------------------------------------------------------------------------------------------

function setFilter(patch: Partial<ViewState>): void {
  state = { ...state, ...patch };
  saveState();
  recompute();
  update();
}

// Bubbling: the textfield updates its value in its own input handler, before the event reaches us.
root.addEventListener('input', (e) => {
  const t = e.target as HTMLElement & { value?: string };
  if (t.id === 'search') setFilter({ query: String(t.value ?? '').slice(0, 1000) });
});

// Capture phase: the vscode-elements selects and checkbox dispatch `change` without bubbling.
root.addEventListener(
  'change',
  (e) => {
    const t = e.target as HTMLElement & { value?: string; checked?: boolean };
    const v = t.value;
    switch (t.id) {
      case 'flagged':
        setFilter({ flaggedOnly: Boolean(t.checked) });
        break;
      case 'unclassified':
        keep.clear();
        setFilter({ unclassifiedOnly: Boolean(t.checked) });
        break;
      case 'bulk-signal':
        if ((SIGNALS as readonly unknown[]).includes(v)) bulkSignal = v as Signal;
        break;
      case 'side':
        if ((SIDES as readonly unknown[]).includes(v)) setFilter({ side: v as ViewState['side'] });
        break;
      case 'signal':
        if ((SIGNAL_FILTERS as readonly unknown[]).includes(v))
          setFilter({ signal: v as ViewState['signal'] });
        break;
      case 'sort':
        if ((SORTS as readonly unknown[]).includes(v)) setFilter({ sort: v as ViewState['sort'] });
        break;
    }
  },
  true,
);

root.addEventListener('click', (e) => {
  const t = e.target as HTMLElement;
  if (t.closest('.limit-input')) return;
  if (t.closest('#copy-md')) {
    copyMarkdown();
    return;
  }
  if (t.closest('#next-unclassified')) {
    goNextUnclassified();
    return;
  }
  if (t.closest('#bulk-set') || t.closest('#bulk-clear')) {
    requestSignal(
      rowOrder.filter((id) => multi.has(id)),
      bulkSignal,
      Boolean(t.closest('#bulk-set')),
    );
    return;
  }
  if (t.closest('#bulk-none')) {
    selectOnly([]);
    return;
  }
  const acceptGroup = t.closest<HTMLElement>('.accept-group');
  if (acceptGroup) {
    acceptCategory(acceptGroup.dataset.category);
    return;
  }
  const suggestionButton = t.closest<HTMLElement>('.accept-suggestion, .reject-suggestion');
  if (suggestionButton) {
    const r = rowsById.get(suggestionButton.closest<HTMLElement>('.feature-row')?.dataset.id ?? '');
    if (r) {
      const cell = suggestionButton.closest<HTMLElement>('[data-col]');
      if (cell) selectCell(cell, true);
      if (suggestionButton.classList.contains('accept-suggestion')) requestAccept([r.id]);
      else rejectSuggestion(r);
    }
    return;
  }
  const groupButton = t.closest<HTMLElement>('.select-group');
  if (groupButton) {
    const g = groups.find((x) => x.category === groupButton.dataset.category);
    if (g) {
      selectOnly(g.rows.filter((r) => !r.invalid).map((r) => r.id));
      announce(`Selected the ${multi.size} features of ${g.category}.`);
    }
    return;
  }
  const item = t.closest<HTMLElement>('.menu-item');
  if (item) {
    activateMenuItem(item);
    return;
  }
  if (menu && !t.closest('#menu')) closeMenu(false);
  const cell = t.closest<HTMLElement>('.feature-row [data-col]');
  if (!cell || !current) return;
  const id = cell.closest<HTMLElement>('.feature-row')?.dataset.id;
  const row = id ? rowsById.get(id) : undefined;
  if (!id || !row) return;
  const me = e as MouseEvent;
  const signal = signalAt(current.model, Number(cell.dataset.col));
  selectCell(cell, true);
  if (signal) {
    toggleSignal(row, signal);
    return;
  }
  if (me.shiftKey) {
    selectOnly(rangeOf(rowOrder, anchor ?? id, id).filter((x) => !rowsById.get(x)?.invalid));
    return;
  }
  if (me.ctrlKey || me.metaKey) {
    if (multi.size === 0 && anchor && anchor !== id) multi.add(anchor);
    if (multi.has(id)) multi.delete(id);
    else if (!row.invalid) multi.add(id);
    anchor = id;
    update();
    return;
  }
  anchor = id;
  if (multi.size) selectOnly([]);
  reveal(id);
});

// ---- grid keyboard --------------------------------------------------------------------------------------------

/** Focuses a row by id, scrolling it into the rendered window first when the grid is virtual. */
function focusRow(id: string, col: number, focus = true): void {
  const i = itemIndex.get(id);
  if (i === undefined) return;
  state.selected = id;
  state.col = col;
  if (slice.virtual && (i < slice.start || i >= slice.end)) {
    window.scrollTo(0, Math.max(0, gridBodyTop + offsets[i]! - window.innerHeight / 2));
    slice = computeSlice();
    update();
  }
  const cell = cellAt(id, col);
  if (cell) selectCell(cell, focus);
  else saveState();
}

function moveFocus(rowDelta: number, col: number, absolute?: 'first' | 'last'): void {
  if (rowOrder.length === 0) return;
  const currentId = activeCell?.closest<HTMLElement>('.feature-row')?.dataset.id;
  let i = currentId ? rowOrder.indexOf(currentId) : 0;
  if (absolute === 'first') i = 0;
  else if (absolute === 'last') i = rowOrder.length - 1;
  else i = Math.max(0, Math.min(rowOrder.length - 1, i + rowDelta));
  focusRow(rowOrder[i]!, col);
}

root.addEventListener('keydown', (e) => {
  const limitInput = (e.target as HTMLElement).closest<HTMLInputElement>('.limit-input');
  if (limitInput) {
    if (e.key === 'Enter' || e.key === 'Escape') {
      e.preventDefault();
      endLimitEdit(e.key === 'Enter', limitInput);
    }
    e.stopPropagation();
    return;
  }
  if (menu && (e.target as HTMLElement).closest('#menu')) {
    onMenuKey(e);
    return;
  }
  const cell = (e.target as HTMLElement).closest<HTMLElement>('.feature-row [data-col]');
  if (!cell || !current) return;
  const featureId = cell.closest<HTMLElement>('.feature-row')?.dataset.id;
  const row = featureId ? rowsById.get(featureId) : undefined;
  if (!row) return;
  const col = Number(cell.dataset.col ?? 0);
  const lastCol = columnCount(current.model) - 1;
  const signal = signalAt(current.model, col);
  let handled = true;
  if (e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    const from = anchor && rowsById.has(anchor) ? anchor : row.id;
    anchor = from;
    moveFocus(e.key === 'ArrowDown' ? 1 : -1, col);
    const to = activeCell?.closest<HTMLElement>('.feature-row')?.dataset.id ?? row.id;
    selectOnly(rangeOf(rowOrder, from, to).filter((x) => !rowsById.get(x)?.invalid));
    announce(`${multi.size} selected.`);
  } else if ((e.ctrlKey || e.metaKey) && e.key === ' ') {
    if (multi.has(row.id)) multi.delete(row.id);
    else if (!row.invalid) multi.add(row.id);
    anchor = row.id;
    announce(`${row.name} ${multi.has(row.id) ? 'selected' : 'not selected'}; ${multi.size} selected.`);
  } else if (e.key === 'Escape' && multi.size) {
    selectOnly([]);
    announce('Selection cleared.');
  } else if ((e.key === 'n' || e.key === 'N') && !e.ctrlKey && !e.metaKey && !e.altKey) {
    goNextUnclassified();
  } else if (
    col === COL_FIRST_PLAN + current.model.plans.length &&
    (e.key === ' ' || e.key === 'Delete' || e.key === 'Backspace') &&
    shownSuggestion(row, state.rejected)
  ) {
    if (e.key === ' ') requestAccept([row.id]);
    else rejectSuggestion(row);
  } else if (signal && e.key === ' ') {
    toggleSignal(row, signal);
  } else if (signal && (e.key === 'Delete' || e.key === 'Backspace')) {
    toggleSignal(row, signal, false);
  } else if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    const plan = adjacentPlan(current.model, row, e.key === 'ArrowLeft' ? -1 : 1);
    if (plan) requestMove(row.id, plan.id);
    else announce(`${row.name} is already on the ${e.key === 'ArrowLeft' ? 'lowest' : 'highest'} plan.`);
  } else if (e.key === 'F2' && col >= COL_FIRST_PLAN && col < COL_FIRST_PLAN + current.model.plans.length) {
    editLimit(row, col);
  } else if (e.key === 'ArrowDown') moveFocus(1, col);
  else if (e.key === 'ArrowUp') moveFocus(-1, col);
  else if (e.key === 'PageDown') moveFocus(10, col);
  else if (e.key === 'PageUp') moveFocus(-10, col);
  else if (e.key === 'ArrowRight') moveFocus(0, Math.min(lastCol, col + 1));
  else if (e.key === 'ArrowLeft') moveFocus(0, Math.max(0, col - 1));
  else if (e.key === 'Home') moveFocus(0, 0, e.ctrlKey ? 'first' : undefined);
  else if (e.key === 'End') moveFocus(0, lastCol, e.ctrlKey ? 'last' : undefined);
  else if (e.key === 'Enter') reveal(row.id);
  else if (e.key === ' ' && col >= COL_FIRST_PLAN && col < COL_FIRST_PLAN + current.model.plans.length) {
    requestMove(row.id, current.model.plans[col - COL_FIRST_PLAN]!.id);
  } else if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
    const r = cell.getBoundingClientRect();
    openMenu(row.id, r.left + window.scrollX, r.bottom + window.scrollY);
  } else handled = false;
  if (handled) {
    e.preventDefault();
    e.stopPropagation();
  }
});

root.addEventListener('dblclick', (e) => {
  const cell = (e.target as HTMLElement).closest<HTMLElement>('.feature-row .plan[data-col]');
  const row = rowsById.get(cell?.closest<HTMLElement>('.feature-row')?.dataset.id ?? '');
  if (cell && row) editLimit(row, Number(cell.dataset.col));
});

root.addEventListener('focusout', (e) => {
  // leaving the limit editor without Enter cancels it
  const input = (e.target as HTMLElement).closest?.<HTMLInputElement>('.limit-input');
  if (input && editing)
    setTimeout(() => editing && document.activeElement !== input && endLimitEdit(false, input));
});

root.addEventListener('focusin', (e) => {
  const cell = (e.target as HTMLElement).closest<HTMLElement>('.feature-row [data-col]');
  if (cell && cell !== activeCell) selectCell(cell, false);
});

// ---- context menu -----------------------------------------------------------------------------------------------

root.addEventListener('contextmenu', (e) => {
  const cell = (e.target as HTMLElement).closest<HTMLElement>('.feature-row [data-col]');
  const id = cell?.closest<HTMLElement>('.feature-row')?.dataset.id;
  if (!cell || !id) return;
  e.preventDefault();
  selectCell(cell, true);
  openMenu(id, e.clientX + window.scrollX, e.clientY + window.scrollY);
});

function openMenu(featureId: string, x: number, y: number): void {
  menu = { featureId, x, y };
  update();
  const items = menuItems();
  (items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
}

function menuItems(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('#menu .menu-item'));
}

function closeMenu(refocus: boolean): void {
  menu = undefined;
  update();
  if (refocus) activeCell?.focus();
}

function activateMenuItem(item: HTMLElement): void {
  const featureId = menu?.featureId;
  const move = menu?.move;
  closeMenu(true);
  if (featureId && move) {
    if (item.dataset.action === 'move-carry') requestMove(featureId, move.planId, 'carry');
    else if (item.dataset.action === 'move-drop') requestMove(featureId, move.planId, 'drop');
    else announce('Nothing was moved.');
    return;
  }
  if (!featureId) return;
  const row = rowsById.get(featureId);
  if (item.dataset.action === 'reveal') reveal(featureId);
  else if (item.dataset.action === 'accept-suggestion') requestAccept([featureId]);
  else if (item.dataset.action === 'reject-suggestion' && row) rejectSuggestion(row);
  else if (item.dataset.action === 'accept-category' && row) acceptCategory(row.category);
  else if (item.dataset.plan) requestMove(featureId, item.dataset.plan);
}

function onMenuKey(e: KeyboardEvent): void {
  const items = menuItems();
  const i = items.indexOf(document.activeElement as HTMLElement);
  const focusAt = (n: number) => items[(n + items.length) % items.length]?.focus();
  switch (e.key) {
    case 'ArrowDown':
      focusAt(i + 1);
      break;
    case 'ArrowUp':
      focusAt(i - 1);
      break;
    case 'Home':
      focusAt(0);
      break;
    case 'End':
      focusAt(items.length - 1);
      break;
    case 'Enter':
    case ' ':
      if (items[i]) activateMenuItem(items[i]);
      break;
    case 'Escape':
    case 'Tab':
      closeMenu(true);
      break;
    default:
      return;
  }
  e.preventDefault();
  e.stopPropagation();
}

// ---- drag and drop: drag a feature (its row header) onto a plan column ---------------------------------------

const DRAG_TYPE = 'application/x-packaging-feature';
let dragged: string | undefined;
let dropCell: HTMLElement | null = null;

function planColumnAt(target: EventTarget | null): number | undefined {
  const cell = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-col]');
  if (!cell || !current) return undefined;
  const col = Number(cell.dataset.col);
  const i = col - COL_FIRST_PLAN;
  return i >= 0 && i < current.model.plans.length ? i : undefined;
}

function setDropCell(cell: HTMLElement | null): void {
  if (dropCell === cell) return;
  dropCell?.classList.remove('drop-target');
  dropCell = cell;
  dropCell?.classList.add('drop-target');
}

root.addEventListener('dragstart', (e) => {
  const cell = (e.target as HTMLElement).closest?.<HTMLElement>('.feature-row .feature');
  const id = cell?.closest<HTMLElement>('.feature-row')?.dataset.id;
  if (!id || !e.dataTransfer) return;
  dragged = id;
  e.dataTransfer.setData(DRAG_TYPE, id);
  e.dataTransfer.setData('text/plain', rowsById.get(id)?.name ?? id);
  e.dataTransfer.effectAllowed = 'move';
  cell?.closest('.feature-row')?.classList.add('dragging');
});

root.addEventListener('dragover', (e) => {
  if (!dragged || planColumnAt(e.target) === undefined) {
    setDropCell(null);
    return;
  }
  e.preventDefault();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
  setDropCell((e.target as HTMLElement).closest<HTMLElement>('[data-col]'));
});

root.addEventListener('drop', (e) => {
  const i = planColumnAt(e.target);
  const id = dragged ?? e.dataTransfer?.getData(DRAG_TYPE);
  setDropCell(null);
  if (i === undefined || !id || !current) return;
  e.preventDefault();
  requestMove(id, current.model.plans[i]!.id);
});

root.addEventListener('dragend', () => {
  dragged = undefined;
  setDropCell(null);
  for (const r of document.querySelectorAll('.feature-row.dragging')) r.classList.remove('dragging');
});

// ---- scroll state --------------------------------------------------------------------------------------------

let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    state.scrollY = window.scrollY;
    saveState();
    if (items.length > VIRTUAL_THRESHOLD) {
      const next = computeSlice();
      if (next.start !== slice.start || next.end !== slice.end) {
        slice = next;
        update();
      }
    }
  });
});

window.addEventListener('error', (e) => {
  post({ type: 'log', level: 'error', message: `webview error: ${String(e.message).slice(0, 500)}` });
});

update();
post({ type: 'ready', protocol: PROTOCOL_VERSION });
