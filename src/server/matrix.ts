// Matrix requests: the view model of a document version, its intents as edits against that version (the core's
// planIntent), the feature under the cursor, where a feature is written, and the vocabulary of a client's pickers.
import { type CancellationToken, LSPErrorCodes, ResponseError, type TextEdit } from 'vscode-languageserver';
import { SIGNAL_NAMES } from '../core/format/names';
import { SIGNAL_QUESTIONS } from '../core/format/questions';
import { KEYS } from '../core/format/vocabulary';
import { createMatrixBuilder, type MatrixBuilder } from '../core/matrix/builder';
import {
  type AppliedMessage,
  intentFeature,
  type MatrixIntent,
  planIntent,
  validateIntent,
} from '../core/matrix/intents';
import { type PreviewRow, suggestionPreview } from '../core/matrix/suggestion-edits';
import type { MatrixModel, MatrixRow } from '../core/matrix/view-model';
import { RULES } from '../core/rules';
import { type Diagnostic, SIGNALS } from '../core/types';
import { type DeltaBase, deltaBase, diffModel, type MatrixModelDelta } from '../matrix-delta';
import { type PreviewFinding, staleMessage } from '../protocol';
import * as features from './features';
import {
  FEATURE_AT_REQUEST,
  FEATURE_RANGE_REQUEST,
  MATRIX_EDIT_REQUEST,
  MATRIX_REQUEST,
  MOVE_REQUEST,
  SUGGESTION_PREVIEW_REQUEST,
  VOCABULARY_REQUEST,
} from './methods';
import {
  idOf,
  invalidParams,
  isBoolean,
  isInteger,
  isRec,
  optional,
  positionOf,
  uriOf,
  versionOf,
} from './params';
import { type Session, toLspEdits } from './session';

export interface MatrixParams {
  textDocument: { uri: string };
  /** when given, the request fails with ContentModified unless the document is at this version */
  version?: number;
  /** add each row's market figure and suggested signals (the matrix webview shows them) */
  insights?: boolean;
  /**
   * the `id` of a model this client received and still holds: the answer is then a `delta` against it, when the
   * server still has it (the last four models it answered per document), else the whole `model`
   */
  base?: number;
  /**
   * false: the rows and their findings without ranges (a client that reveals through packagingPlanner/featureRange,
   * as the matrix webview does: they are ~30% of the model's JSON). Default true.
   */
  ranges?: boolean;
}
/** The answer without `base`: the whole model, and its id (a later request may name it as its `base`). */
export interface MatrixResponse {
  version: number;
  model: MatrixModel;
  id: number;
}
/** The answer to a request with a `base` the server still has: the model told against it. */
export interface MatrixDeltaResponse {
  version: number;
  delta: MatrixModelDelta;
  base: number;
  id: number;
}

/**
 * Models the server keeps per document to answer a later request with a delta against them (two matrices of one
 * document ask in turn). They share their row objects with each other and the builder: each costs its two maps.
 */
const KEPT_MODELS = 4;

/**
 * A row without its ranges, one per row object: the builder hands back the same row while the feature is unchanged,
 * and so this does too (a delta tells it as a run of the base's rows); a rebuilt row whose only change is a range
 * (an edit above it added a line) compares equal to the one sent, and is told as a run too.
 */
const withoutRanges = new WeakMap<MatrixRow, MatrixRow>();
function rowWithoutRanges(row: MatrixRow): MatrixRow {
  let out = withoutRanges.get(row);
  if (!out) {
    const { range: _r, planRange: _p, findings, ...rest } = row;
    out = { ...rest, findings: findings.map(({ range: _, ...f }) => f) };
    withoutRanges.set(row, out);
  }
  return out;
}
function modelWithoutRanges(model: MatrixModel): MatrixModel {
  return {
    ...model,
    groups: model.groups.map((g) => ({ category: g.category, rows: g.rows.map(rowWithoutRanges) })),
  };
}

export interface MatrixEditParams {
  textDocument: { uri: string; version: number };
  intent: MatrixIntent;
}
export type MatrixEditResponse =
  | { kind: 'edits'; version: number; edits: TextEdit[]; applied: AppliedMessage }
  | { kind: 'refused'; featureId: string; reason: 'stale' | 'invalid' | 'failed'; message: string };

export interface SuggestionPreviewParams {
  textDocument: { uri: string; version: number };
  featureIds: string[];
}
export type SuggestionPreviewResponse =
  | {
      kind: 'preview';
      version: number;
      rows: PreviewRow[];
      skipped: string[];
      added: PreviewFinding[];
      removed: PreviewFinding[];
    }
  | { kind: 'refused'; reason: 'stale' | 'invalid' | 'failed'; message: string };

const previewFinding = (d: Diagnostic): PreviewFinding => ({
  rule: d.rule,
  severity: d.severity,
  ...(d.feature !== undefined ? { feature: d.feature } : {}),
  message: d.message,
});

export interface FeatureRangeParams {
  textDocument: { uri: string };
  featureId: string;
  /** 'plan': the placement value (falls back to the id); 'id': the id value */
  anchor: 'plan' | 'id';
}

export interface MoveParams {
  textDocument: { uri: string; version: number };
  featureId: string;
  planId: string;
}
export type MoveResponse =
  | { kind: 'edits'; version: number; edits: TextEdit[] }
  | { kind: 'refused'; reason: 'stale' | 'invalid' | 'failed'; message: string };

export function registerMatrixRequests(s: Session): void {
  const { connection, analyses } = s;

  const builders = new Map<string, MatrixBuilder>();
  /** the last models answered per document, newest last, by id */
  const sent = new Map<string, { id: number; base: DeltaBase }[]>();
  let nextId = 1;
  // a closed document's rows and models go with it (a day of opening files must not keep them all)
  s.documents.onDidClose((e) => {
    builders.delete(e.document.uri);
    sent.delete(e.document.uri);
  });
  connection.onRequest(
    MATRIX_REQUEST,
    async (p: MatrixParams, token): Promise<MatrixResponse | MatrixDeltaResponse> => {
      const uri = uriOf(p);
      const version = optional(p, 'version', isInteger, 'an integer document version');
      const insights = optional(p, 'insights', isBoolean, 'true or false');
      const baseId = optional(p, 'base', isInteger, 'an integer model id');
      const ranges = optional(p, 'ranges', isBoolean, 'true or false');
      const doc = s.docOf(uri);
      if (!doc) throw new ResponseError(LSPErrorCodes.RequestFailed, 'not an open packaging document');
      if (version !== undefined && version !== doc.version)
        throw new ResponseError(LSPErrorCodes.ContentModified, `the document is at version ${doc.version}`);
      const c = await s.checked(doc.uri, token);
      if (!c) throw new ResponseError(LSPErrorCodes.RequestFailed, 'the file is over the size limit');
      if (version !== undefined && version !== c.doc.version)
        throw new ResponseError(LSPErrorCodes.ContentModified, `the document is at version ${c.doc.version}`);
      // one builder per open document: an edit recomputes only the rows (and insights) of the features it touched
      const builder = builders.get(doc.uri) ?? createMatrixBuilder();
      builders.set(doc.uri, builder);
      const built = builder.build(c.result, c.doc.getText(), {
        insights: insights === true,
        ...(s.can.listLimit !== undefined ? { listLimit: s.can.listLimit } : {}),
      });
      const model = ranges === false ? modelWithoutRanges(built) : built;
      const id = nextId++;
      const kept = sent.get(doc.uri) ?? [];
      const base = baseId === undefined ? undefined : kept.find((k) => k.id === baseId);
      kept.push({ id, base: deltaBase(model) });
      if (kept.length > KEPT_MODELS) kept.shift();
      sent.set(doc.uri, kept);
      // a one-character edit changes one row: the rest goes as references to the rows the client holds
      return base
        ? { version: c.doc.version, delta: diffModel(base.base, model), base: baseId!, id }
        : { version: c.doc.version, model, id };
    },
  );

  /** A matrix intent as edits against the document at `version` (the core's planIntent), or why not. */
  async function intentEdits(
    textDocument: { uri: string; version: number },
    intent: MatrixIntent,
    token: CancellationToken,
  ): Promise<MatrixEditResponse> {
    const featureId = intentFeature(intent);
    const refuse = (reason: 'stale' | 'invalid' | 'failed', message: string): MatrixEditResponse => ({
      kind: 'refused',
      featureId,
      reason,
      message,
    });
    const stale = staleMessage(intent);
    const doc = s.docOf(textDocument.uri);
    if (!doc) return refuse('invalid', 'Not an open packaging document.');
    if (doc.version !== textDocument.version) return refuse('stale', stale);
    const c = await s.checked(doc.uri, token);
    if (!c) return refuse('invalid', 'The file is over the size limit of the editor.');
    // no await between this check and computing the edits: they are for exactly this text
    if (c.doc.version !== textDocument.version) return refuse('stale', stale);
    const out = planIntent(c.doc.getText(), c.result, intent, analyses.checkOptions);
    if (!('edits' in out)) return refuse(out.reason, out.message);
    return {
      kind: 'edits',
      version: c.doc.version,
      edits: toLspEdits(c.doc, out.edits),
      applied: out.applied,
    };
  }

  connection.onRequest(MATRIX_EDIT_REQUEST, (p: MatrixEditParams, token) => {
    const textDocument = { uri: uriOf(p), version: versionOf(p) };
    const problem = validateIntent(p?.intent);
    if (problem) throw invalidParams(problem);
    return intentEdits(textDocument, p.intent, token);
  });

  // what "Accept N suggestions" would write, against the version the matrix showed; nothing is written
  connection.onRequest(
    SUGGESTION_PREVIEW_REQUEST,
    async (p: SuggestionPreviewParams, token): Promise<SuggestionPreviewResponse> => {
      const textDocument = { uri: uriOf(p), version: versionOf(p) };
      const intent = { type: 'acceptSuggestions', featureIds: isRec(p) ? p.featureIds : undefined } as const;
      const problem = validateIntent(intent);
      if (problem) throw invalidParams(problem);
      const ids = p.featureIds;
      const refuse = (reason: 'stale' | 'invalid' | 'failed', message: string) =>
        ({ kind: 'refused', reason, message }) as const;
      const doc = s.docOf(textDocument.uri);
      if (!doc) return refuse('invalid', 'Not an open packaging document.');
      if (doc.version !== textDocument.version) return refuse('stale', staleMessage(intent));
      const c = await s.checked(doc.uri, token);
      if (!c) return refuse('invalid', 'The file is over the size limit of the editor.');
      if (c.doc.version !== textDocument.version) return refuse('stale', staleMessage(intent));
      const r = suggestionPreview(c.doc.getText(), c.result, ids, analyses.checkOptions);
      if (!r)
        return refuse('failed', 'The suggested signals would break the file, so nothing can be accepted.');
      return {
        kind: 'preview',
        version: c.doc.version,
        rows: r.rows,
        skipped: r.skipped,
        added: r.added.map(previewFinding),
        removed: r.removed.map(previewFinding),
      };
    },
  );

  // a move alone: the same path as the matrix's intents
  connection.onRequest(MOVE_REQUEST, async (p: MoveParams, token): Promise<MoveResponse> => {
    const textDocument = { uri: uriOf(p), version: versionOf(p) };
    const intent = {
      type: 'moveFeature',
      featureId: idOf(p, 'featureId'),
      planId: idOf(p, 'planId'),
    } as const;
    const r = await intentEdits(textDocument, intent, token);
    return r.kind === 'edits'
      ? { kind: 'edits', version: r.version, edits: r.edits }
      : { kind: 'refused', reason: r.reason, message: r.message };
  });

  connection.onRequest(
    FEATURE_AT_REQUEST,
    async (p: { textDocument: { uri: string }; position: { line: number; character: number } }, token) => {
      const position = positionOf(p);
      const c = await s.checked(uriOf(p), token);
      if (!c) return null;
      const offset = c.doc.offsetAt(position);
      const f = c.result.model?.features.find(
        (x) => x.node.range && x.node.range[0] <= offset && offset <= x.node.range[2],
      );
      return f ? { featureId: f.id } : null;
    },
  );

  connection.onRequest(FEATURE_RANGE_REQUEST, async (p: FeatureRangeParams, token) => {
    const uri = uriOf(p);
    const featureId = idOf(p, 'featureId');
    if (p.anchor !== 'plan' && p.anchor !== 'id') throw invalidParams('anchor: "plan" or "id".');
    const c = await s.checked(uri, token);
    if (!c) return null;
    if (p.anchor === 'plan') return features.featureAnchor(c.doc, c.result, featureId) ?? null;
    const f = c.result.model?.features.find((x) => x.id === featureId);
    return features.rangeOf(c.doc, f?.idNode) ?? null;
  });

  // what a client shows in its own pickers (rules to explain, the signals of the packaging test)
  connection.onRequest(VOCABULARY_REQUEST, () => ({
    rules: RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description })),
    // the packaging test's questions (spec §3.1), so a picker asks them rather than listing bare signal names
    signals: SIGNALS.map((id) => ({
      id,
      name: SIGNAL_NAMES[id],
      question: SIGNAL_QUESTIONS[id].question,
      short: SIGNAL_QUESTIONS[id].short,
      doc: KEYS['features.#.signals']?.find((t) => t.name === id)?.doc ?? '',
    })),
  }));
}
