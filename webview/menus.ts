// The move menu (right click, Shift+F10, the context-menu key) and the carry-or-drop question of a move up.

import { acceptCategory, rejectSuggestion, requestAccept, requestMove, reveal } from './actions';
import { announce, menuItems, update } from './render';
import { S } from './state';

/** `above`: the top of what the menu hangs from, where it flips to when it would run off the bottom. */
export function openMenu(featureId: string, x: number, y: number, above?: number): void {
  S.menu = { featureId, x, y, ...(above !== undefined ? { above } : {}) };
  update();
  const items = menuItems();
  (items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
}

export function closeMenu(refocus: boolean): void {
  S.menu = undefined;
  update();
  if (refocus) S.activeCell?.focus();
}

export function activateMenuItem(item: HTMLElement): void {
  const featureId = S.menu?.featureId;
  const move = S.menu?.move;
  closeMenu(true);
  if (featureId && move) {
    if (item.dataset.action === 'move-carry') requestMove(featureId, move.planId, 'carry');
    else if (item.dataset.action === 'move-drop') requestMove(featureId, move.planId, 'drop');
    else announce('Nothing was moved.');
    return;
  }
  if (!featureId) return;
  const row = S.rowsById.get(featureId);
  if (item.dataset.action === 'reveal') reveal(featureId);
  else if (item.dataset.action === 'accept-suggestion') requestAccept([featureId]);
  else if (item.dataset.action === 'reject-suggestion' && row) rejectSuggestion(row);
  else if (item.dataset.action === 'accept-category' && row) acceptCategory(row.category);
  else if (item.dataset.plan) requestMove(featureId, item.dataset.plan);
}

export function onMenuKey(e: KeyboardEvent): void {
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
