// Rendering: the visible rows (with the virtual window of big files), the one Lit render of the app, and the
// roving tabindex of the grid afterwards.

import { render } from 'lit';
import { SIGNALS } from '../src/core/types';
import { rowsTemplate } from './grid-view';
import { visibleGroups } from './logic';
import { renderPool, resetPool } from './row-pool';
import { GROUP_H, NEAR_PX, OVERSCAN_PX, ROW_H, S, saveState, stats, VIRTUAL_THRESHOLD } from './state';
import { appTemplate } from './view';
import { flatten } from './view-parts';
import type { MenuState, Slice, ViewInput } from './view-types';

export function recompute(): void {
  S.groups = S.current ? visibleGroups(S.current.model, S.view, S.keep) : [];
  S.items = flatten(S.groups);
  S.rowOrder = [];
  S.itemIndex = new Map();
  S.offsets = new Array(S.items.length + 1);
  let y = 0;
  S.items.forEach((it, i) => {
    S.offsets[i] = y;
    y += it.kind === 'group' ? GROUP_H : ROW_H;
    if (it.kind === 'row') {
      S.itemIndex.set(it.row.id, i);
      S.rowOrder.push(it.row.id);
    }
  });
  S.offsets[S.items.length] = y;
  S.slice = computeSlice();
}

/**
 * The items to render. Ordinary files: all. Big ones: a window of OVERSCAN_PX around the viewport; with `keep`
 * (scrolling), the current window stays while it still reaches NEAR_PX beyond both edges of the viewport, so a
 * wheel scroll patches the rows every few frames instead of every frame.
 */
export function computeSlice(keep = false, overscan = OVERSCAN_PX): Slice {
  const { items, offsets } = S;
  if (items.length <= VIRTUAL_THRESHOLD) return { start: 0, end: items.length, virtual: false };
  const viewTop = window.scrollY - S.gridBodyTop;
  const viewBottom = viewTop + window.innerHeight;
  const total = offsets[items.length]!;
  const cur = S.slice;
  if (
    keep &&
    cur.virtual &&
    cur.end <= items.length &&
    (cur.start === 0 || offsets[cur.start]! <= viewTop - NEAR_PX) &&
    (cur.end === items.length || offsets[cur.end]! >= Math.min(total, viewBottom + NEAR_PX))
  )
    return cur;
  const top = viewTop - overscan;
  const bottom = viewBottom + overscan;
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

function viewInput(): ViewInput {
  return {
    model: S.current?.model,
    fileName: S.current?.fileName ?? '',
    state: S.view,
    groups: S.groups,
    items: S.items,
    slice: S.slice,
    syntaxFindings: S.syntaxFindings,
    pending: S.pending,
    pendingSignals: S.pendingSignals,
    multi: S.multi,
    bulk: S.bulk,
    unclassified: S.unclassified,
    selectedName: S.view.selected ? S.rowsById.get(S.view.selected)?.name : undefined,
    menu: S.menu,
    status: S.status,
    editing: S.editing,
    cardOpen: S.cardOpen,
    moreOpen: S.moreOpen,
  };
}

/**
 * The rows go in by their own render, into the grid's row group (see gridTemplate): keyed rows for ordinary
 * files, the row pool (row-pool.ts) for big ones.
 */
function renderRows(input: ViewInput): void {
  const body = document.getElementById('grid-body');
  if (!body || !input.model) {
    resetPool();
    return;
  }
  if (input.slice.virtual) renderPool(input, input.model, body, S.offsets, pinnedItems());
  else {
    resetPool();
    render(rowsTemplate(input, input.model), body);
  }
}

/** The rows kept in their element while scrolled out of the window: the focused one and the selected one. */
function pinnedItems(): number[] {
  const pins: number[] = [];
  const focused = document.activeElement?.closest?.<HTMLElement>('#grid-body .feature-row')?.dataset.id;
  for (const id of [focused, S.view.selected]) {
    const i = id === undefined ? undefined : S.itemIndex.get(id);
    if (i !== undefined) pins.push(i);
  }
  return pins;
}

export function update(): void {
  const t0 = performance.now();
  // the bulk bar starts from nothing chosen every time it appears
  if (S.multi.size === 0) S.bulk = { signal: undefined, value: undefined };
  // Keyed rendering keeps most cells, but a re-created or moved cell loses focus: give it back afterwards.
  const focusInGrid = S.activeCell !== null && document.activeElement === S.activeCell;
  const input = viewInput();
  render(appTemplate(input), S.root);
  renderRows(input);
  afterRender(focusInGrid);
  focusLimitInput();
  stats.renders++;
  stats.lastRenderMs = performance.now() - t0;
}

/** A limit being edited in place keeps the focus, also when its row is drawn anew. */
function focusLimitInput(): void {
  const limit = document.querySelector<HTMLInputElement>('.limit-input');
  if (limit && document.activeElement !== limit) {
    limit.focus();
    limit.select();
  }
}

/**
 * Scrolling a big file: only the rows of the new window are patched (the toolbar, header and menus do not
 * change when the page scrolls), then the spacers and the roving tabindex.
 */
export function updateRows(): void {
  const t0 = performance.now();
  const focusInGrid = S.activeCell !== null && document.activeElement === S.activeCell;
  renderRows(viewInput());
  setBodyHeight();
  rovingTabindex(focusInGrid);
  if (S.editing) focusLimitInput();
  stats.renders++;
  stats.lastRenderMs = performance.now() - t0;
}

export function grid(): HTMLElement | null {
  return document.getElementById('grid');
}

export function cellAt(featureId: string, col: number): HTMLElement | null {
  const row = grid()?.querySelector<HTMLElement>(`.feature-row[data-id="${CSS.escape(featureId)}"]`);
  return row?.querySelector<HTMLElement>(`[data-col="${col}"]`) ?? null;
}

/** The items of the open menu, in order (menus.ts moves focus through them). */
export function menuItems(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('#menu .menu-item'));
}

let observedToolbar: HTMLElement | null = null;
const toolbarObserver = new ResizeObserver((entries) => {
  const h = entries[0]?.target instanceof HTMLElement ? entries[0].target.offsetHeight : 0;
  document.documentElement.style.setProperty('--toolbar-h', `${h}px`);
});

function afterRender(focusInGrid: boolean): void {
  const g = grid();
  const { current } = S;
  if (g && current) {
    const plans = current.model.plans.length;
    // feature, recommendation, side, plans, signals: at 700 px the first two fit without scrolling sideways
    const cols = `minmax(11rem, 2.2fr) minmax(8.5rem, 1.2fr) 4rem repeat(${plans}, minmax(6.5rem, 1fr)) repeat(${SIGNALS.length}, 3.4rem)`;
    // set only when it changes: a new value restyles every row
    if (g.dataset.cols !== cols) {
      g.dataset.cols = cols;
      g.style.setProperty('--cols', cols);
    }
  }
  setBodyHeight();
  rovingTabindex(focusInGrid);
  const m = document.getElementById('menu');
  if (m && S.menu) placeMenu(m, S.menu);
  const toolbar = document.querySelector<HTMLElement>('.toolbar');
  if (toolbar && toolbar !== observedToolbar) {
    // The column headers stick under the toolbar, whose height changes as it wraps.
    observedToolbar = toolbar;
    toolbarObserver.disconnect();
    toolbarObserver.observe(toolbar);
  }
  if (!S.scrollRestored && g) {
    S.scrollRestored = true;
    if (S.view.scrollY > 0) {
      const y = S.view.scrollY;
      window.scrollTo(0, y);
      // Web components and fonts settle after the first render and scroll anchoring follows their shift:
      // put the saved position back once layout is stable.
      void document.fonts.ready.then(() => requestAnimationFrame(() => window.scrollTo(0, y)));
    }
  }
}

/** Big files: the row group is as tall as all the rows (the pool places its rows inside); else as its rows. */
function setBodyHeight(): void {
  const body = document.getElementById('grid-body');
  if (!body) return;
  const h = S.slice.virtual ? `${S.offsets[S.items.length]!}px` : '';
  // written only when changed: each write dirties the grid's layout
  if (body.style.height !== h) body.style.height = h;
  if (S.slice.virtual && S.gridBodyTop === 0)
    S.gridBodyTop = body.getBoundingClientRect().top + window.scrollY;
}

/** Roving tabindex: exactly one cell of the grid is in the tab order, the selected one (or the first). */
function rovingTabindex(focusInGrid: boolean): void {
  const g = grid();
  let target: HTMLElement | null = null;
  if (S.view.selected && S.rowsById.has(S.view.selected)) target = cellAt(S.view.selected, S.view.col);
  // A selected row scrolled out of the rendered window keeps its selection; focus does not jump.
  const keepFocus = target !== null || !S.slice.virtual;
  if (!target) target = firstRowCell(g);
  setActiveCell(target, keepFocus && focusInGrid && document.activeElement !== target);
}

/** The first feature row's first cell in the rendered window (the pool's DOM order is not the grid's). */
function firstRowCell(g: HTMLElement | null): HTMLElement | null {
  if (!S.slice.virtual) return g?.querySelector<HTMLElement>('.feature-row [data-col="0"]') ?? null;
  for (let i = S.slice.start; i < S.slice.end; i++) {
    const it = S.items[i];
    if (it?.kind === 'row') return cellAt(it.row.id, 0);
  }
  return null;
}

/**
 * Keeps a menu on screen: clamped to the viewport's left and right edges (the page may be scrolled sideways),
 * and flipped above the cell it opened from when it would run off the bottom.
 */
function placeMenu(m: HTMLElement, menu: MenuState): void {
  const margin = 4;
  m.style.left = `${menu.x}px`;
  m.style.top = `${menu.y}px`;
  const w = m.offsetWidth;
  const h = m.offsetHeight;
  const minX = window.scrollX + margin;
  const maxX = window.scrollX + window.innerWidth - w - margin;
  const x = Math.max(minX, Math.min(menu.x, maxX));
  let y = menu.y;
  if (y + h > window.scrollY + window.innerHeight - margin) {
    const flipped = (menu.above ?? menu.y) - h;
    y = Math.max(window.scrollY + margin, flipped);
  }
  m.style.left = `${x}px`;
  m.style.top = `${y}px`;
}

export function setActiveCell(cell: HTMLElement | null, focus: boolean): void {
  const prev = S.activeCell;
  if (prev && prev !== cell) {
    prev.tabIndex = -1;
    prev.closest('.feature-row')?.classList.remove('selected');
  }
  S.activeCell = cell;
  if (!cell) return;
  cell.tabIndex = 0;
  const row = cell.closest<HTMLElement>('.feature-row');
  if (S.view.selected && row?.dataset.id === S.view.selected) row.classList.add('selected');
  if (focus) {
    cell.focus({ preventScroll: true });
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

export function selectCell(cell: HTMLElement, focus: boolean): void {
  const row = cell.closest<HTMLElement>('.feature-row');
  if (!row?.dataset.id) return;
  S.view.selected = row.dataset.id;
  S.view.col = Number(cell.dataset.col ?? 0);
  saveState();
  setActiveCell(cell, focus);
}

/** `pin`: 'now' for news about the version shown, 'next' for the result of an edit whose render follows. */
export function announce(text: string, kind: 'info' | 'error' = 'info', pin: 'now' | 'next' = 'now'): void {
  S.status = { text, kind, version: pin === 'now' ? S.lastVersion : undefined };
  update();
}

/** Focuses a row by id, scrolling it into the rendered window first when the grid is virtual. */
export function focusRow(id: string, col: number, focus = true): void {
  const i = S.itemIndex.get(id);
  if (i === undefined) return;
  S.view.selected = id;
  S.view.col = col;
  if (S.slice.virtual && (i < S.slice.start || i >= S.slice.end)) {
    window.scrollTo(0, Math.max(0, S.gridBodyTop + S.offsets[i]! - window.innerHeight / 2));
    S.slice = computeSlice();
    update();
  }
  const cell = cellAt(id, col);
  if (cell) selectCell(cell, focus);
  else saveState();
}

export function moveFocus(rowDelta: number, col: number, absolute?: 'first' | 'last'): void {
  const order = S.rowOrder;
  if (order.length === 0) return;
  const currentId = S.activeCell?.closest<HTMLElement>('.feature-row')?.dataset.id;
  let i = currentId ? order.indexOf(currentId) : 0;
  if (absolute === 'first') i = 0;
  else if (absolute === 'last') i = order.length - 1;
  else i = Math.max(0, Math.min(order.length - 1, i + rowDelta));
  focusRow(order[i]!, col);
}
