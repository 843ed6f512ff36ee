// What the matrix's templates share: icons, the grid's column layout, small template helpers and the flat
// item list of the grid. A leaf of the webview (no component, no state), so every *-view.ts can read it.

import { html, type TemplateResult } from 'lit';
import type { MatrixFinding, MatrixModel } from '../src/core/matrix/view-model';
import { type Severity, SIGNALS, type Signal } from '../src/core/types';
import type { VisibleGroup } from './logic';
import type { Item } from './view-types';

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

export function flatten(groups: VisibleGroup[]): Item[] {
  const items: Item[] = [];
  for (const g of groups) {
    items.push({ kind: 'group', key: `g\u0000${g.category}`, group: g });
    for (const r of g.rows) items.push({ kind: 'row', key: `r\u0000${r.id}`, row: r });
  }
  return items;
}
