// The matrix webview's ONE state module: everything the components read and change lives in `S`, so the
// toolbar, grid, bulk bar, decision card and menus never keep a copy of their own.

import type { MatrixFinding, MatrixModel, MatrixRow } from '../src/core/matrix/view-model';
import type { WebviewMessage } from '../src/protocol';
import { restoreState, type ViewState, type VisibleGroup } from './logic';
import type { BulkChoice, Item, MenuState, Slice } from './view-types';

// Big files render a window of rows around the viewport (fixed row heights, see .grid.virtual in the CSS);
// ordinary ones render every row, so find-in-page, screen readers and screenshots see the whole matrix.
export const VIRTUAL_THRESHOLD = 400;
export const ROW_H = 48;
export const GROUP_H = 32;
export const OVERSCAN_PX = 900;
/** while scrolling, the window moves only once fewer than this many pixels of rows are left beyond an edge */
export const NEAR_PX = 300;

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** Left by the page's first script (src/extension/matrixHtml.ts): the API it acquired, having said `ready`. */
export interface EarlyStart {
  api: VsCodeApi;
  /** the messages that arrived before the bundle ran, in order; it keeps no more after this */
  take(): unknown[];
}
export const early = (window as unknown as { __matrixEarly?: EarlyStart }).__matrixEarly;

export const vscode = early?.api ?? acquireVsCodeApi();

export const S = {
  root: (document.getElementById('app') ?? document.body) as HTMLElement,
  view: restoreState(vscode.getState()) as ViewState,
  /** the last model that parsed, with the document version it was built from */
  current: undefined as { model: MatrixModel; version: number; fileName: string } | undefined,
  syntaxFindings: undefined as MatrixFinding[] | undefined,
  groups: [] as VisibleGroup[],
  items: [] as Item[],
  /** top offset of each item inside the grid body (virtual mode), plus the total height at the end */
  offsets: [] as number[],
  rowOrder: [] as string[],
  itemIndex: new Map<string, number>(),
  slice: { start: 0, end: 0, virtual: false } as Slice,
  rowsById: new Map<string, MatrixRow>(),
  /** moves on their way: feature id → plan id */
  pending: new Map<string, string>(),
  menu: undefined as MenuState | undefined,
  /** the plan cell whose limit is being edited in place */
  editing: undefined as { featureId: string; planId: string } | undefined,
  /**
   * The status line is about one document version: it clears as soon as another version renders (after an
   * undo, a fix, typing). `version` undefined: pinned to the next render (an edit's result is on its way).
   */
  status: undefined as { text: string; kind: 'info' | 'error'; version: number | undefined } | undefined,
  /** the version of the last render, syntax errors included */
  lastVersion: -1,
  /** rows selected for a bulk change, and where a shift-selection starts */
  multi: new Set<string>(),
  anchor: undefined as string | undefined,
  pendingSignals: new Set<string>(),
  bulk: { signal: undefined, value: undefined } as BulkChoice,
  /** the decision card (growth model, free offer) opened from its one-line summary */
  cardOpen: false,
  /** the compact toolbar's Filters panel (<= 760 px) */
  moreOpen: false,
  /** rows answered while "unclassified only" is on: they stay until the filter changes */
  keep: new Set<string>(),
  scrollRestored: false,
  /** rows nobody has answered the test for, counted once per model */
  unclassified: 0,
  /** the grid cell in the tab order (roving tabindex) */
  activeCell: null as HTMLElement | null,
  /** grid body top in document coordinates, measured after the first render */
  gridBodyTop: 0,
};

/** Timing of the last render, read by the browser tests and the bench. */
export const stats = { renders: 0, lastRenderMs: 0, lastMessageMs: 0 };
(window as unknown as { __matrixStats: typeof stats }).__matrixStats = stats;

export function post(msg: WebviewMessage): void {
  vscode.postMessage(msg);
}

export function saveState(): void {
  vscode.setState(S.view);
}
