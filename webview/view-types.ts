// The shapes the matrix's state and templates share. Type-only and a leaf, so state.ts and the *-view.ts
// components read them without importing each other.

import type { MatrixFinding, MatrixModel, MatrixRow } from '../src/core/matrix/view-model';
import type { Signal } from '../src/core/types';
import type { ViewState, VisibleGroup } from './logic';

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
  /** the compact toolbar's Filters panel is open */
  moreOpen: boolean;
  unclassified: number;
  /** the name of the focused row, for "Show in text" */
  selectedName?: string | undefined;
  menu: MenuState | undefined;
  status: { text: string; kind: 'info' | 'error' } | undefined;
  /** the plan cell whose limit is being edited in place */
  editing?: { featureId: string; planId: string } | undefined;
}

/** What the bulk bar will write: nothing until the PM picks both (no default signal). */
export interface BulkChoice {
  signal: Signal | undefined;
  value: 'yes' | 'no' | undefined;
}

export type Item =
  | { kind: 'group'; key: string; group: VisibleGroup }
  | { kind: 'row'; key: string; row: MatrixRow };

/** The slice of items in the DOM: everything for ordinary files, a window around the viewport for big ones. */
export interface Slice {
  start: number;
  end: number;
  virtual: boolean;
}
