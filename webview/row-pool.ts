// Big files: a pool of row elements, each re-bound to whichever row comes into the rendered window. A scroll
// then patches the text and attributes of the rows that changed hands (Lit `render` of the same template into
// the same element) instead of building rows and throwing others away, and the rows that stay are not touched.
// Rows are placed by `top` inside the row group (fixed heights: ROW_H / GROUP_H), so their DOM order is the
// pool's, not the grid's: the row group's aria-owns gives assistive technology the grid's order, and every row
// carries its aria-rowindex.

import { nothing, render } from 'lit';
import type { MatrixModel } from '../src/core/matrix/view-model';
import { featureRowAttrs, groupCells, rowArgs, rowCells, rowDeps } from './grid-view';
import { columnCount } from './view-parts';
import type { Item, ViewInput } from './view-types';

interface Slot {
  el: HTMLElement;
  kind: Item['kind'];
  /** the item shown (undefined: free, hidden) */
  key: string | undefined;
  /** what the element was last drawn from (see rowDeps) */
  deps: unknown[] | undefined;
  top: number;
}

let body: HTMLElement | null = null;
let slots: Slot[] = [];
const byKey = new Map<string, Slot>();
let owns = '';

/** Takes the pool's rows out (the grid is small again, or was drawn anew). */
export function resetPool(): void {
  for (const s of slots) s.el.remove();
  slots = [];
  byKey.clear();
  body?.removeAttribute('aria-owns');
  body = null;
  owns = '';
}

/** Rows in the pool, shown or free: what the tests bound. */
export function poolSize(): number {
  return slots.length;
}

function newSlot(kind: Item['kind']): Slot {
  const el = document.createElement('div');
  el.setAttribute('role', 'row');
  el.className = kind === 'row' ? 'row feature-row' : 'row group-row';
  el.id = `pp-row-${slots.length}`;
  const s: Slot = { el, kind, key: undefined, deps: undefined, top: -1 };
  slots.push(s);
  body!.append(el);
  return s;
}

/** Focus inside a row that now shows another one goes, as it did when the row was removed. */
function dropFocus(el: HTMLElement): void {
  const a = document.activeElement;
  if (a instanceof HTMLElement && el.contains(a)) a.blur();
}

function sameDeps(a: unknown[] | undefined, b: unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

function setAttrs(el: HTMLElement, attrs: Record<string, string>): void {
  // written only when changed: an attribute write restyles the row
  for (const [k, v] of Object.entries(attrs)) if (el.getAttribute(k) !== v) el.setAttribute(k, v);
}

function bind(s: Slot, input: ViewInput, model: MatrixModel, item: Item, i: number, top: number): void {
  const { el } = s;
  if (item.kind === 'row') {
    // ids that stay with the element: a re-bind then leaves the id and aria-labelledby attributes alone
    const a = { ...rowArgs(input, model, item.row, i + 2), idBase: `${el.id}-f` };
    const deps = rowDeps(a);
    if (!sameDeps(s.deps, deps)) {
      setAttrs(el, featureRowAttrs(a));
      if (el.classList.contains('multi') !== a.selected) el.classList.toggle('multi', a.selected);
      render(rowCells(a), el);
      s.deps = deps;
    }
  } else {
    const cols = columnCount(model);
    const deps = [item.group, input.state.rejected.join('\n'), i, cols];
    if (!sameDeps(s.deps, deps)) {
      el.setAttribute('aria-rowindex', String(i + 2));
      render(groupCells(input, item.group, cols), el);
      s.deps = deps;
    }
  }
  if (s.top !== top) {
    s.top = top;
    el.style.top = `${top}px`;
  }
  if (el.hidden) el.hidden = false;
}

/**
 * Shows items [start, end) and the `pinned` ones (the focused and the selected row, kept in their element while
 * they are scrolled away, so focus never lands on another row) in the pool's elements inside `target`.
 */
export function renderPool(
  input: ViewInput,
  model: MatrixModel,
  target: HTMLElement,
  offsets: readonly number[],
  pinned: readonly number[],
): void {
  if (body !== target) {
    resetPool();
    // the keyed rows of a small file leave: the pool's rows go after Lit's (now empty) part
    render(nothing, target);
    body = target;
  }
  const { items, slice } = input;
  const want: number[] = [];
  for (let i = slice.start; i < slice.end; i++) want.push(i);
  for (const i of new Set(pinned)) if ((i < slice.start || i >= slice.end) && i < items.length) want.push(i);
  want.sort((a, b) => a - b);
  const wanted = new Set(want.map((i) => items[i]!.key));
  const free: Record<Item['kind'], Slot[]> = { row: [], group: [] };
  for (const s of slots) {
    if (s.key !== undefined && wanted.has(s.key) && byKey.get(s.key) === s) continue;
    if (s.key !== undefined && byKey.get(s.key) === s) byKey.delete(s.key);
    s.key = undefined;
    free[s.kind].push(s);
  }
  const ids: string[] = [];
  for (const i of want) {
    const item = items[i]!;
    let s = byKey.get(item.key);
    if (!s) {
      s = free[item.kind].pop() ?? newSlot(item.kind);
      s.key = item.key;
      s.deps = undefined;
      byKey.set(item.key, s);
      // classes the grid's handlers add belong to the row shown before; so does focus (never a pinned row's)
      // (a classList write sets the class attribute even when nothing changes)
      if (s.el.classList.contains('selected') || s.el.classList.contains('dragging'))
        s.el.classList.remove('selected', 'dragging');
      dropFocus(s.el);
    }
    bind(s, input, model, item, i, offsets[i]!);
    ids.push(s.el.id);
  }
  for (const s of [...free.row, ...free.group]) {
    if (s.key !== undefined) continue;
    s.deps = undefined;
    if (!s.el.hidden) {
      dropFocus(s.el);
      s.el.hidden = true;
      s.el.removeAttribute('data-id');
    }
  }
  const order = ids.join(' ');
  if (order !== owns) {
    owns = order;
    target.setAttribute('aria-owns', order);
  }
}
