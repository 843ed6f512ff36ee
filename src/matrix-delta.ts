// A matrix view model told as a change to one the receiver already holds: the rows that changed written out, the
// others as runs of the base model's rows. A keystroke in a 5,000-feature file changes one row of a ~3 MB model;
// posted whole on every keystroke, it took about a second to reach the webview in VS Code (issue 21).
// No `vscode` and no `node:*` imports: the language server diffs, the webview applies.

import type { MatrixModel, MatrixRow } from './core/matrix/view-model';

/** `[start, count]`: `count` rows of the base model (its rows in order across groups) from `start`. */
export type RowRun = [number, number];

export interface MatrixDeltaGroup {
  category: string;
  rows: (MatrixRow | RowRun)[];
}

/** A model with its rows told against a base model's rows; everything else is written out (it is small). */
export interface MatrixModelDelta extends Omit<MatrixModel, 'groups'> {
  groups: MatrixDeltaGroup[];
}

/** The rows of a model in order across its groups: what a run's indices point into. */
export function modelRows(model: MatrixModel): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const g of model.groups) for (const r of g.rows) rows.push(r);
  return rows;
}

/** What a sender keeps of a model it sent, to tell the next one against it. */
export interface DeltaBase {
  rows: MatrixRow[];
  /** row object → its index (the matrix builder hands back the same object for a row that did not change) */
  at: Map<MatrixRow, number>;
  /** id → index of its first row, to compare a rebuilt row with the one it replaces */
  byId: Map<string, number>;
}

export function deltaBase(model: MatrixModel): DeltaBase {
  const rows = modelRows(model);
  const at = new Map<MatrixRow, number>();
  const byId = new Map<string, number>();
  rows.forEach((r, i) => {
    at.set(r, i);
    if (!byId.has(r.id)) byId.set(r.id, i);
  });
  return { rows, at, byId };
}

/** Whether two JSON values are equal (what the receiver would see is the same). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k of ka) if (!Object.hasOwn(rb, k) || !sameJson(ra[k], rb[k])) return false;
  return true;
}

/** `model` against `base`: each row equal to a base row becomes a reference to it, consecutive ones one run. */
export function diffModel(base: DeltaBase, model: MatrixModel): MatrixModelDelta {
  const { groups, ...rest } = model;
  return {
    ...rest,
    groups: groups.map((g) => {
      const rows: (MatrixRow | RowRun)[] = [];
      let run: RowRun | undefined;
      for (const row of g.rows) {
        let i = base.at.get(row);
        if (i === undefined) {
          const j = base.byId.get(row.id);
          if (j !== undefined && sameJson(base.rows[j], row)) i = j;
        }
        if (i === undefined) {
          rows.push(row);
          run = undefined;
        } else if (run && run[0] + run[1] === i) run[1]++;
        else {
          run = [i, 1];
          rows.push(run);
        }
      }
      return { category: g.category, rows };
    }),
  };
}

/**
 * The model `delta` tells against `baseRows` (the rows of the model it was diffed against), or undefined when it
 * does not fit them (a run out of range, a row with another number of cells than plans): then ask for a full one.
 */
export function applyDelta(baseRows: readonly MatrixRow[], delta: MatrixModelDelta): MatrixModel | undefined {
  const { groups, ...rest } = delta;
  const plans = delta.plans.length;
  const out: MatrixModel['groups'] = [];
  for (const g of groups) {
    const rows: MatrixRow[] = [];
    for (const item of g.rows) {
      if (!Array.isArray(item)) {
        rows.push(item);
        continue;
      }
      const [start, count] = item;
      if (start < 0 || count < 1 || start + count > baseRows.length) return undefined;
      for (let k = start; k < start + count; k++) rows.push(baseRows[k]!);
    }
    // cells are positional: a kept row must have one per plan of the new model
    if (rows.some((r) => r.cells.length !== plans)) return undefined;
    out.push({ category: g.category, rows });
  }
  return { ...rest, groups: out };
}
