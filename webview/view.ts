// Lit templates of the matrix: the page (appTemplate) and what its components share. The components are in
// card-view.ts (header and decision card), toolbar-view.ts (toolbar and bulk bar), grid-view.ts (grid and rows)
// and menu-view.ts. Every user string goes through a text or attribute binding (never innerHTML, never
// unsafeHTML), so a feature named `<img onerror=…>` shows as those characters.

import { html, nothing, type TemplateResult } from 'lit';
import type { MatrixFinding, MatrixModel, MatrixRow } from '../src/core/matrix/view-model';
import { type Severity, SIGNALS, type Signal } from '../src/core/types';
import { headerTemplate } from './card-view';
import { gridTemplate } from './grid-view';
import { isFiltered, type ViewState, type VisibleGroup } from './logic';
import { menuTemplate } from './menu-view';
import type { BulkChoice } from './state';
import { toolbarTemplate } from './toolbar-view';

export const SEVERITY_ICON: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info' };
export const SIGNAL_ICON = {
  virality: 'broadcast',
  universality: 'globe',
  ahaMoment: 'lightbulb',
  habitLoop: 'sync',
  friction: 'flame',
  expansion: 'graph-line',
} as const;

/** Grid columns: feature, recommendation (beside the name, seen without scrolling sideways), side, one per
 * plan, one checkbox per signal. */
export const COL_FEATURE = 0;
export const COL_REC = 1;
export const COL_SIDE = 2;
export const COL_FIRST_PLAN = 3;
export function firstSignalCol(model: MatrixModel): number {
  return COL_FIRST_PLAN + model.plans.length;
}
export function columnCount(model: MatrixModel): number {
  return firstSignalCol(model) + SIGNALS.length;
}
/** The signal of a grid column, when it is a checkbox column. */
export function signalAt(model: MatrixModel, col: number): Signal | undefined {
  const i = col - firstSignalCol(model);
  return i >= 0 && i < SIGNALS.length ? SIGNALS[i] : undefined;
}
/** Short column titles, so six checkbox columns fit beside the text. */
export const SIGNAL_SHORT: Record<Signal, string> = {
  virality: 'Viral',
  universality: 'Univ.',
  ahaMoment: 'Aha',
  habitLoop: 'Habit',
  friction: 'Frict.',
  expansion: 'Expan.',
};

export interface MenuState {
  featureId: string;
  x: number;
  y: number;
  /** document y of the top of the cell it opened from (the menu flips above it near the bottom edge) */
  above?: number;
  /** a move up that leaves limits behind: ask whether to carry them to the new plan or drop them */
  move?: { planId: string; behind: string[]; carry?: string };
}

export interface ViewInput {
  model: MatrixModel | undefined;
  fileName: string;
  state: ViewState;
  groups: VisibleGroup[];
  items: Item[];
  slice: Slice;
  /** syntax findings while the text does not parse (the last good model stays shown) */
  syntaxFindings: MatrixFinding[] | undefined;
  pending: ReadonlyMap<string, string>;
  /** rows whose signal change is on its way */
  pendingSignals: ReadonlySet<string>;
  /** rows selected for a bulk change */
  multi: ReadonlySet<string>;
  /** what the bulk bar will write (nothing until both are chosen) */
  bulk: BulkChoice;
  /** the decision card opened from its one-line summary */
  cardOpen: boolean;
  unclassified: number;
  /** the name of the focused row, for "Show in text" */
  selectedName?: string | undefined;
  menu: MenuState | undefined;
  status: { text: string; kind: 'info' | 'error' } | undefined;
  /** the plan cell whose limit is being edited in place */
  editing?: { featureId: string; planId: string } | undefined;
}

export function sevIcon(sev: Severity): TemplateResult {
  return html`<span class="codicon codicon-${SEVERITY_ICON[sev]} sev" data-sev=${sev} aria-hidden="true"></span>`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function worst(findings: MatrixFinding[]): Severity {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
}

export type Item =
  | { kind: 'group'; key: string; group: VisibleGroup }
  | { kind: 'row'; key: string; row: MatrixRow };

export function flatten(groups: VisibleGroup[]): Item[] {
  const items: Item[] = [];
  for (const g of groups) {
    items.push({ kind: 'group', key: `g\u0000${g.category}`, group: g });
    for (const r of g.rows) items.push({ kind: 'row', key: `r\u0000${r.id}`, row: r });
  }
  return items;
}

/** The slice of items in the DOM: everything for ordinary files, a window around the viewport for big ones. */
export interface Slice {
  start: number;
  end: number;
  virtual: boolean;
}

export function appTemplate(input: ViewInput): TemplateResult {
  const { model } = input;
  const banner = input.syntaxFindings
    ? html`<div class="banner" role="alert">
        ${sevIcon('error')}
        <span><strong>The YAML does not parse.</strong>
          ${model ? 'The matrix shows the last version that did.' : 'The matrix appears once it parses.'}
          ${input.syntaxFindings.slice(0, 3).map((f) => html`<span class="banner-msg">Line ${f.range.start.line + 1}: ${f.message}</span>`)}
        </span>
      </div>`
    : nothing;
  const status = html`<div id="status" class="status" role="status" aria-live="polite" data-kind=${input.status?.kind ?? 'info'}>
    ${input.status?.text ?? ''}
  </div>`;
  if (!model) {
    return html`${banner}${status}<p class="empty">${input.syntaxFindings ? '' : 'Loading the matrix…'}</p>`;
  }
  const shown = input.groups.reduce((n, g) => n + g.rows.length, 0);
  return html`${headerTemplate(model, input.fileName, input.cardOpen)} ${banner} ${toolbarTemplate(input)} ${status}
    ${
      model.counts.features === 0
        ? html`<p class="empty">No features yet: add one under <code>features:</code> in the YAML.</p>`
        : shown === 0
          ? html`<p class="empty">No feature matches the filters.</p>`
          : nothing
    }
    ${isFiltered(input.state) ? html`<p class="muted filtered-note">Showing ${shown} of ${model.counts.features} features.</p>` : nothing}
    ${model.plans.length && shown ? gridTemplate(input, model) : nothing}
    ${input.menu ? menuTemplate(model, input.menu, input.state.rejected) : nothing}
    <p class="keys muted">
      <kbd>↑↓←→</kbd> move focus · a click selects · <kbd>Enter</kbd>, double-click or “Show in text”: show the
      feature in the text · <kbd>Alt</kbd>+<kbd>←→</kbd> move to the
      previous/next plan · <kbd>Space</kbd> on a plan cell: make it the lowest plan; on a signal: toggle it (for every
      selected row) · <kbd>Delete</kbd> on a signal: answer no · <kbd>Shift</kbd>+<kbd>↑↓</kbd> or
      <kbd>Shift</kbd>+click: select rows · <kbd>Ctrl</kbd>+<kbd>Space</kbd> or <kbd>Ctrl</kbd>+click: add a row ·
      <kbd>Esc</kbd>: select none · <kbd>N</kbd>: next unclassified · <kbd>F2</kbd> or double-click on a plan cell: edit its limit ·
      <kbd>Space</kbd> on a suggestion (Recommendation column): accept it, <kbd>Delete</kbd>: reject it · <kbd>Shift</kbd>+<kbd>F10</kbd> menu
    </p>`;
}
