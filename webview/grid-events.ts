// The grid's mouse and keyboard: delegated on the root (rows carry no handlers, which keeps big files cheap).
// See docs/matrix.md for the keyboard map.

import {
  acceptCategory,
  copyMarkdown,
  editLimit,
  endLimitEdit,
  goNextUnclassified,
  rejectSuggestion,
  requestAccept,
  requestMove,
  requestSignal,
  reveal,
  selectOnly,
  toggleSignal,
} from './actions';
import { adjacentPlan, rangeOf, shownSuggestion } from './logic';
import { activateMenuItem, closeMenu, onMenuKey, openMenu } from './menus';
import { announce, moveFocus, selectCell, update } from './render';
import { S } from './state';
import { COL_FIRST_PLAN, COL_REC, columnCount, signalAt } from './view-parts';

export function installGridEvents(root: HTMLElement): void {
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKeyDown);
  // capture: the selects inside the Filters panel stop Escape from bubbling
  root.addEventListener('keydown', onPanelEscape, true);
  root.addEventListener('dblclick', (e) => {
    const t = e.target as HTMLElement;
    if (t.closest('button, .limit-input')) return;
    const cell = t.closest<HTMLElement>('.feature-row [data-col]');
    const row = S.rowsById.get(cell?.closest<HTMLElement>('.feature-row')?.dataset.id ?? '');
    if (!cell || !row || cell.classList.contains('sig')) return;
    // on a plan cell: edit its limit; anywhere else on the row: show it in the text
    if (cell.classList.contains('plan')) editLimit(row, Number(cell.dataset.col));
    else reveal(row.id);
  });
  root.addEventListener('focusout', (e) => {
    // leaving the limit editor without Enter cancels it
    const input = (e.target as HTMLElement).closest?.<HTMLInputElement>('.limit-input');
    if (input && S.editing)
      setTimeout(() => S.editing && document.activeElement !== input && endLimitEdit(false, input));
  });
  root.addEventListener('focusin', (e) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('.feature-row [data-col]');
    if (cell && cell !== S.activeCell) selectCell(cell, false);
  });
  root.addEventListener('contextmenu', (e) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('.feature-row [data-col]');
    const id = cell?.closest<HTMLElement>('.feature-row')?.dataset.id;
    if (!cell || !id) return;
    e.preventDefault();
    selectCell(cell, true);
    openMenu(id, e.clientX + window.scrollX, e.clientY + window.scrollY);
  });
}

function onClick(e: MouseEvent): void {
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
  if (t.closest('#bulk-set')) {
    // Only what the PM chose: the button is disabled until both are, and this checks again.
    const { signal, value } = S.bulk;
    if (signal && value)
      requestSignal(
        S.rowOrder.filter((id) => S.multi.has(id)),
        signal,
        value === 'yes',
      );
    else announce('Choose a signal and yes or no first: nothing was written.', 'error');
    return;
  }
  if (t.closest('#more-toggle')) {
    S.moreOpen = !S.moreOpen;
    update();
    return;
  }
  if (t.closest('#decision-toggle')) {
    S.cardOpen = !S.cardOpen;
    update();
    return;
  }
  if (t.closest('#show-in-text')) {
    if (S.view.selected && S.rowsById.has(S.view.selected)) reveal(S.view.selected);
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
    const r = S.rowsById.get(suggestionButton.closest<HTMLElement>('.feature-row')?.dataset.id ?? '');
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
    const g = S.groups.find((x) => x.category === groupButton.dataset.category);
    if (g) {
      selectOnly(g.rows.filter((r) => !r.invalid).map((r) => r.id));
      announce(`Selected the ${S.multi.size} features of ${g.category}.`);
    }
    return;
  }
  const item = t.closest<HTMLElement>('.menu-item');
  if (item) {
    activateMenuItem(item);
    return;
  }
  if (S.menu && !t.closest('#menu')) closeMenu(false);
  const cell = t.closest<HTMLElement>('.feature-row [data-col]');
  if (!cell || !S.current) return;
  const id = cell.closest<HTMLElement>('.feature-row')?.dataset.id;
  const row = id ? S.rowsById.get(id) : undefined;
  if (!id || !row) return;
  const signal = signalAt(S.current.model, Number(cell.dataset.col));
  selectCell(cell, true);
  if (signal) {
    toggleSignal(row, signal);
    return;
  }
  if (e.shiftKey) {
    selectOnly(rangeOf(S.rowOrder, S.anchor ?? id, id).filter((x) => !S.rowsById.get(x)?.invalid));
    return;
  }
  if (e.ctrlKey || e.metaKey) {
    if (S.multi.size === 0 && S.anchor && S.anchor !== id) S.multi.add(S.anchor);
    if (S.multi.has(id)) S.multi.delete(id);
    else if (!row.invalid) S.multi.add(id);
    S.anchor = id;
    update();
    return;
  }
  // A single click selects (and keeps the layout as it is); showing the text is an explicit action.
  S.anchor = id;
  if (S.multi.size) selectOnly([]);
  else update();
}

/** Escape in the compact toolbar's Filters panel closes it (unless a dropdown in it is open) and refocuses its button. */
function onPanelEscape(e: KeyboardEvent): void {
  const t = e.target as HTMLElement & { open?: boolean };
  if (e.key !== 'Escape' || !S.moreOpen || t.open === true || !t.closest?.('#toolbar-more, #more-toggle'))
    return;
  S.moreOpen = false;
  update();
  document.getElementById('more-toggle')?.focus();
  e.preventDefault();
  e.stopPropagation();
}

function onKeyDown(e: KeyboardEvent): void {
  const limitInput = (e.target as HTMLElement).closest<HTMLInputElement>('.limit-input');
  if (limitInput) {
    if (e.key === 'Enter' || e.key === 'Escape') {
      e.preventDefault();
      endLimitEdit(e.key === 'Enter', limitInput);
    }
    e.stopPropagation();
    return;
  }
  if (S.menu && (e.target as HTMLElement).closest('#menu')) {
    onMenuKey(e);
    return;
  }

  const cell = (e.target as HTMLElement).closest<HTMLElement>('.feature-row [data-col]');
  const current = S.current;
  if (!cell || !current) return;
  const featureId = cell.closest<HTMLElement>('.feature-row')?.dataset.id;
  const row = featureId ? S.rowsById.get(featureId) : undefined;
  if (!row) return;
  const { multi } = S;
  const plans = current.model.plans;
  const col = Number(cell.dataset.col ?? 0);
  const lastCol = columnCount(current.model) - 1;
  const signal = signalAt(current.model, col);
  const onPlan = col >= COL_FIRST_PLAN && col < COL_FIRST_PLAN + plans.length;
  let handled = true;
  if (e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    const from = S.anchor && S.rowsById.has(S.anchor) ? S.anchor : row.id;
    S.anchor = from;
    moveFocus(e.key === 'ArrowDown' ? 1 : -1, col);
    const to = S.activeCell?.closest<HTMLElement>('.feature-row')?.dataset.id ?? row.id;
    selectOnly(rangeOf(S.rowOrder, from, to).filter((x) => !S.rowsById.get(x)?.invalid));
    announce(`${multi.size} selected.`);
  } else if ((e.ctrlKey || e.metaKey) && e.key === ' ') {
    if (multi.has(row.id)) multi.delete(row.id);
    else if (!row.invalid) multi.add(row.id);
    S.anchor = row.id;
    announce(`${row.name} ${multi.has(row.id) ? 'selected' : 'not selected'}; ${multi.size} selected.`);
  } else if (e.key === 'Escape' && multi.size) {
    selectOnly([]);
    announce('Selection cleared.');
  } else if ((e.key === 'n' || e.key === 'N') && !e.ctrlKey && !e.metaKey && !e.altKey) {
    goNextUnclassified();
  } else if (
    col === COL_REC &&
    (e.key === ' ' || e.key === 'Delete' || e.key === 'Backspace') &&
    shownSuggestion(row, S.view.rejected)
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
  } else if (e.key === 'F2' && onPlan) {
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
  else if (e.key === ' ' && onPlan) {
    requestMove(row.id, plans[col - COL_FIRST_PLAN]!.id);
  } else if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
    const r = cell.getBoundingClientRect();
    openMenu(row.id, r.left + window.scrollX, r.bottom + window.scrollY, r.top + window.scrollY);
  } else handled = false;
  if (handled) {
    e.preventDefault();
    e.stopPropagation();
  }
}
