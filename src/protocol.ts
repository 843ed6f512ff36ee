// Every message between the extension host and the matrix webview, both directions, with runtime validators.
// Both sides validate what they receive: a webview is an untrusted renderer and a host may be older or newer,
// so an unknown or malformed message is ignored (and logged by the receiver), never acted on.
// No `vscode` and no `node:*` imports: this module is bundled into the webview too.

import {
  type AcceptSuggestionsMessage,
  type EditAppliedMessage,
  type LimitAppliedMessage,
  type MoveFeatureMessage,
  type SetLimitMessage,
  type SetSignalMessage,
  type SignalsAppliedMessage,
  type SuggestionsAppliedMessage,
  staleMessage,
} from './core/matrix/messages';
import type { PreviewRow } from './core/matrix/suggestion-edits';
import type {
  MatrixAddOn,
  MatrixCell,
  MatrixFinding,
  MatrixGroup,
  MatrixMarket,
  MatrixModel,
  MatrixPlan,
  MatrixRow,
  MatrixRowFinding,
  MatrixSuggestion,
} from './core/matrix/view-model';
import { type Severity, SIGNALS } from './core/types';
import type { MatrixDeltaGroup, MatrixModelDelta } from './matrix-delta';

export type {
  AcceptSuggestionsMessage,
  EditAppliedMessage,
  LimitAppliedMessage,
  MoveFeatureMessage,
  SetLimitMessage,
  SetSignalMessage,
  SignalsAppliedMessage,
  SuggestionsAppliedMessage,
};
export { staleMessage };

/** Bumped when a message changes shape incompatibly. */
export const PROTOCOL_VERSION = 1;

// ---- extension -> webview -------------------------------------------------------------------------------

/** The matrix of the document at `documentVersion`. Sent on open, on every (debounced) change and after a refusal. */
export interface RenderMessage {
  type: 'render';
  documentVersion: number;
  /** file name shown in the header, e.g. "packaging.yaml" */
  fileName: string;
  model: MatrixModel;
  /** the server's id of this model: a later `renderDelta` may be told against it */
  modelId?: number;
}

/**
 * How the host posts a `render`: the model as UTF-8 JSON bytes. VS Code transfers a typed array to the webview as
 * it is, where a model of objects is cloned on each hop (a 5,000-feature model is ~2 MB of JSON and ~100,000
 * objects); `parseHostMessage` turns it back into a `RenderMessage`.
 */
export interface RenderBytesMessage extends Omit<RenderMessage, 'model'> {
  modelJson: Uint8Array;
}

export function encodeRender({ model, ...rest }: RenderMessage): RenderBytesMessage {
  return { ...rest, modelJson: new TextEncoder().encode(JSON.stringify(model)) };
}

/**
 * How the host posts a `render` where the runtime can compress: the JSON bytes gzipped. A 5,000-feature model is
 * ~2 MB of JSON and ~55 KB gzipped; VS Code carries a webview message through the window (and, remote, a socket)
 * at tens of ms per MB. `inflateHostMessage` turns it back into a `RenderBytesMessage`.
 */
export interface RenderGzipMessage extends Omit<RenderMessage, 'model'> {
  modelGzip: Uint8Array;
}

export async function encodeRenderGzip(msg: RenderMessage): Promise<RenderGzipMessage | RenderBytesMessage> {
  const { modelJson, ...rest } = encodeRender(msg);
  if (typeof CompressionStream !== 'function') return { ...rest, modelJson };
  const gz = new Blob([modelJson as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('gzip'));
  return { ...rest, modelGzip: new Uint8Array(await new Response(gz).arrayBuffer()) };
}

/**
 * A host message as `parseHostMessage` reads it: a `RenderGzipMessage` inflated to its JSON bytes (at most
 * MAX_MODEL_BYTES of them; bytes that do not inflate, or to more, leave no model, and the message is refused),
 * anything else as it is.
 */
export async function inflateHostMessage(v: unknown): Promise<unknown> {
  if (!isRec(v) || v.type !== 'render' || v.modelGzip === undefined) return v;
  const { modelGzip, ...rest } = v;
  const isBuffer = Object.prototype.toString.call(modelGzip) === '[object ArrayBuffer]';
  if ((!ArrayBuffer.isView(modelGzip) && !isBuffer) || typeof DecompressionStream !== 'function') return rest;
  try {
    const reader = new Blob([modelGzip as ArrayBuffer])
      .stream()
      .pipeThrough(new DecompressionStream('gzip'))
      .getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_MODEL_BYTES) {
        await reader.cancel();
        return rest;
      }
      chunks.push(value);
    }
    const modelJson = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      modelJson.set(c, at);
      at += c.byteLength;
    }
    return { ...rest, modelJson };
  } catch {
    return rest;
  }
}

/** The model of a `RenderBytesMessage`, or undefined when the bytes are no JSON (or no bytes). */
function decodeModel(bytes: unknown): unknown {
  const isBuffer = Object.prototype.toString.call(bytes) === '[object ArrayBuffer]';
  if (!ArrayBuffer.isView(bytes) && !isBuffer) return undefined;
  if ((bytes as ArrayBuffer).byteLength > MAX_MODEL_BYTES) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes as ArrayBuffer));
  } catch {
    return undefined;
  }
}

/**
 * The matrix of the document at `documentVersion`, told as a change to the model `base` (a `modelId` the webview
 * received): the rows that changed written out, the others as runs of the base's rows. A webview that no longer
 * holds `base` posts `ready` for a full render.
 */
export interface RenderDeltaMessage {
  type: 'renderDelta';
  documentVersion: number;
  fileName: string;
  base: number;
  modelId: number;
  delta: MatrixModelDelta;
}

/** A move was not applied; a fresh `render` follows. */
export interface EditRefusedMessage {
  type: 'editRefused';
  featureId: string;
  /** 'stale': the document changed since the view was rendered; 'invalid': unknown feature/plan; 'failed': the edit did not apply */
  reason: 'stale' | 'invalid' | 'failed';
  message: string;
}

/** Put the keyboard focus on a feature's row (e.g. the text cursor moved onto it). */
export interface FocusFeatureMessage {
  type: 'focusFeature';
  featureId: string;
}

/** The host answers a reveal without showing the text (e.g. the matrix is maximised): the webview says why. */
export interface RevealNotShownMessage {
  type: 'revealNotShown';
  featureId: string;
  message: string;
}

/** A finding the accepted suggestions would add or remove (rule, feature and message; no range: it is a preview). */
export interface PreviewFinding {
  rule: string;
  severity: Severity;
  feature?: string;
  message: string;
}

/** What accepting `featureIds` at `documentVersion` would write: nothing is written until the PM confirms. */
export interface SuggestionPreviewMessage {
  type: 'suggestionPreview';
  documentVersion: number;
  featureIds: string[];
  /** the rows that would change, with their new recommendation */
  rows: PreviewRow[];
  /** ids with nothing to accept */
  skipped: string[];
  added: PreviewFinding[];
  removed: PreviewFinding[];
}

export type HostMessage =
  | RenderMessage
  | RenderDeltaMessage
  | SuggestionPreviewMessage
  | RevealNotShownMessage
  | EditRefusedMessage
  | EditAppliedMessage
  | SignalsAppliedMessage
  | SuggestionsAppliedMessage
  | LimitAppliedMessage
  | FocusFeatureMessage;

// ---- webview -> extension -------------------------------------------------------------------------------

/** The webview script has started and wants a render. */
export interface ReadyMessage {
  type: 'ready';
  protocol: number;
}

/** Show the feature in the text editor. */
export interface RevealMessage {
  type: 'reveal';
  featureId: string;
}

/** Put this Markdown (rendered by the webview from what it shows) on the clipboard. */
export interface CopyMarkdownMessage {
  type: 'copyMarkdown';
  markdown: string;
}

/** Asks what accepting these suggestions would write (answered with `suggestionPreview`; nothing is written). */
export interface PreviewSuggestionsMessage {
  type: 'previewSuggestions';
  featureIds: string[];
  documentVersion: number;
}

/**
 * A render was painted: the matrix on screen shows `documentVersion`. Posted after the frame that drew it; the
 * host exposes it to the integration tests and the bench (keystroke → matrix shows the change).
 */
export interface RenderedMessage {
  type: 'rendered';
  documentVersion: number;
  /** ms the webview spent applying the render (validation not included) */
  applyMs: number;
  /** ms from the render's arrival (after validation) until it was painted, the webview's own wait included */
  arrivalToPaintMs?: number;
  /** when it was painted, in ms since the epoch (`performance.timeOrigin + performance.now()`) */
  paintedAt?: number;
}

/** Something the webview wants in the extension's log (malformed messages, script errors). */
export interface LogMessage {
  type: 'log';
  level: 'info' | 'warn' | 'error';
  message: string;
}

export type WebviewMessage =
  | ReadyMessage
  | RevealMessage
  | MoveFeatureMessage
  | SetSignalMessage
  | AcceptSuggestionsMessage
  | PreviewSuggestionsMessage
  | SetLimitMessage
  | CopyMarkdownMessage
  | RenderedMessage
  | LogMessage;

// ---- validators -----------------------------------------------------------------------------------------

/** Limits on what the receiver accepts, so a hostile or broken sender cannot make it do unbounded work. */
const MAX_STRING = 100_000;
const MAX_MARKDOWN = 5_000_000;
const MAX_ITEMS = 50_000;
/** a model's JSON (50,000 rows of ~1 KB) */
const MAX_MODEL_BYTES = 64 * 1024 * 1024;

type Rec = Record<string, unknown>;

function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isStr(v: unknown, max = MAX_STRING): v is string {
  return typeof v === 'string' && v.length <= max;
}
function isOptStr(v: unknown): boolean {
  return v === undefined || isStr(v);
}
function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
function isInt(v: unknown): v is number {
  return Number.isSafeInteger(v);
}
function isBool(v: unknown): v is boolean {
  return typeof v === 'boolean';
}
function isArr<T>(v: unknown, item: (x: unknown) => x is T): v is T[] {
  return Array.isArray(v) && v.length <= MAX_ITEMS && v.every((x) => item(x));
}
function oneOf<T extends string>(values: readonly T[]) {
  return (v: unknown): v is T => typeof v === 'string' && (values as readonly string[]).includes(v);
}

const isSeverity = oneOf(['error', 'warning', 'info'] as const);
const isSide = oneOf(['free', 'paid'] as const);
const isRecommendation = oneOf(['free', 'free-limited', 'paid', 'either', 'unclassified'] as const);
const isSignal = oneOf(SIGNALS);
const isStatus = oneOf(['shipped', 'planned'] as const);

function isPosition(v: unknown): boolean {
  return isRec(v) && isInt(v.line) && v.line >= 0 && isInt(v.character) && v.character >= 0;
}
function isRange(v: unknown): boolean {
  return isRec(v) && isPosition(v.start) && isPosition(v.end);
}
function isLimit(v: unknown): boolean {
  return v === 'unlimited' || (isNum(v) && v >= 0);
}

function isPreviewRow(v: unknown): v is PreviewRow {
  return (
    isRec(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isArr(v.signals, isSignal) &&
    isRecommendation(v.recommendation) &&
    isStr(v.basis)
  );
}

function isPreviewFinding(v: unknown): v is PreviewFinding {
  return isRec(v) && isStr(v.rule) && isSeverity(v.severity) && isOptStr(v.feature) && isStr(v.message);
}

export function isMatrixFinding(v: unknown): v is MatrixFinding {
  return isMatrixRowFinding(v) && isRange(v.range);
}

/** A row's finding: the host asks for the model without the rows' ranges (the webview reveals through it). */
function isMatrixRowFinding(v: unknown): v is MatrixRowFinding {
  return (
    isRec(v) &&
    isStr(v.rule) &&
    isSeverity(v.severity) &&
    isStr(v.message) &&
    (v.range === undefined || isRange(v.range)) &&
    isOptStr(v.accepted)
  );
}

const isRecommendationGiven = oneOf(['free', 'free-limited', 'paid', 'either'] as const);
const isPlacement = oneOf(['free', 'lowestPaid', 'middle', 'top', 'addOn'] as const);

function isMatrixSuggestion(v: unknown): v is MatrixSuggestion {
  return (
    isRec(v) &&
    isStr(v.capability) &&
    isArr(v.signals, isSignal) &&
    isRec(v.why) &&
    Object.entries(v.why).every(([k, x]) => isSignal(k) && isStr(x)) &&
    isRecommendationGiven(v.recommendation)
  );
}

function isMatrixMarket(v: unknown): v is MatrixMarket {
  return (
    isRec(v) &&
    isStr(v.capability) &&
    isPlacement(v.placement) &&
    isInt(v.count) &&
    isInt(v.sample) &&
    v.count >= 0 &&
    v.count <= v.sample &&
    isStr(v.years) &&
    isStr(v.label)
  );
}

function isMatrixAddOn(v: unknown): v is MatrixAddOn {
  return isRec(v) && isStr(v.id) && isStr(v.name) && isStr(v.priceLabel) && isStr(v.from);
}

export function isMatrixPlan(v: unknown): v is MatrixPlan {
  return (
    isRec(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isStr(v.priceLabel) &&
    (v.price === 'contact-sales' || (isNum(v.price) && v.price >= 0)) &&
    isBool(v.free)
  );
}

export function isMatrixCell(v: unknown): v is MatrixCell {
  if (!isRec(v)) return false;
  switch (v.kind) {
    case 'included':
    case 'excluded':
      return true;
    case 'limit':
      return isLimit(v.limit) && isOptStr(v.unit) && isStr(v.label);
    case 'addOn':
      return isStr(v.addOn) && isStr(v.label);
    default:
      return false;
  }
}

export function isMatrixRow(v: unknown): v is MatrixRow {
  return (
    isRec(v) &&
    isStr(v.id) &&
    isStr(v.name) &&
    isOptStr(v.description) &&
    isStr(v.category) &&
    isStr(v.plan) &&
    isOptStr(v.addOn) &&
    isOptStr(v.rationale) &&
    (v.side === null || isSide(v.side)) &&
    isRecommendation(v.recommendation) &&
    isArr(v.reasons, isSignal) &&
    isArr(v.signals, isSignal) &&
    (v.answered === undefined || isArr(v.answered, isSignal)) &&
    (v.invalid === undefined || isBool(v.invalid)) &&
    isStatus(v.status) &&
    isOptStr(v.unit) &&
    isArr(v.cells, isMatrixCell) &&
    isArr(v.findings, isMatrixRowFinding) &&
    (v.flag === undefined || isSeverity(v.flag)) &&
    (v.range === undefined || isRange(v.range)) &&
    (v.planRange === undefined || isRange(v.planRange)) &&
    (v.suggestion === undefined || isMatrixSuggestion(v.suggestion)) &&
    (v.market === undefined || isMatrixMarket(v.market))
  );
}

function isMatrixGroup(v: unknown): v is MatrixGroup {
  return isRec(v) && isStr(v.category) && isArr(v.rows, isMatrixRow);
}

function isCounts(v: unknown): boolean {
  if (!isRec(v)) return false;
  for (const k of ['features', 'free', 'paid', 'flagged', 'errors', 'warnings', 'infos', 'accepted']) {
    if (!isInt(v[k])) return false;
  }
  return v.invalid === undefined || isInt(v.invalid);
}

function isGrowth(v: unknown): boolean {
  return (
    isRec(v) &&
    isBool(v.present) &&
    isStr(v.acquisition) &&
    isStr(v.retention) &&
    isStr(v.monetization) &&
    isStr(v.relationship) &&
    isStr(v.freeOffer) &&
    (v.trialDays === undefined || isNum(v.trialDays)) &&
    isArr(v.freemiumGoals, isStr) &&
    isStr(v.summary)
  );
}

/** A model's fields besides its groups. */
function isModelFields(v: unknown): v is Omit<MatrixModel, 'groups'> & Rec {
  return (
    isRec(v) &&
    isStr(v.product) &&
    isArr(v.plans, isMatrixPlan) &&
    isArr(v.addOns, isMatrixAddOn) &&
    isGrowth(v.growth) &&
    isCounts(v.counts) &&
    isArr(v.fileFindings, isMatrixFinding) &&
    isBool(v.syntaxError) &&
    (v.notice === undefined || isStr(v.notice))
  );
}

export function isMatrixModel(v: unknown): v is MatrixModel {
  if (!(isModelFields(v) && isArr(v.groups, isMatrixGroup))) return false;
  // Cells are positional: a row with a different number of cells than plans would render misaligned.
  const planCount = v.plans.length;
  return v.groups.every((g) => g.rows.every((r) => r.cells.length === planCount));
}

/** `[start, count]` of a delta's rows (whether it fits the base is `applyDelta`'s to say). */
function isRowRun(v: unknown): v is [number, number] {
  return Array.isArray(v) && v.length === 2 && isInt(v[0]) && v[0] >= 0 && isInt(v[1]) && v[1] >= 1;
}

function isDeltaGroup(v: unknown): v is MatrixDeltaGroup {
  return (
    isRec(v) &&
    isStr(v.category) &&
    isArr(v.rows, (r): r is MatrixRow | [number, number] => isRowRun(r) || isMatrixRow(r))
  );
}

function isMatrixModelDelta(v: unknown): v is MatrixModelDelta {
  if (!(isModelFields(v) && isArr(v.groups, isDeltaGroup))) return false;
  const planCount = v.plans.length;
  return v.groups.every((g) => g.rows.every((r) => Array.isArray(r) || r.cells.length === planCount));
}

/** Returns the message when it is a well-formed `HostMessage`, else undefined. */
export function parseHostMessage(v: unknown): HostMessage | undefined {
  if (!isRec(v)) return undefined;
  switch (v.type) {
    case 'render': {
      if (!(isInt(v.documentVersion) && isStr(v.fileName) && (v.modelId === undefined || isInt(v.modelId))))
        return undefined;
      if (v.model === undefined && v.modelJson !== undefined) {
        const { modelJson: _, ...rest } = v;
        const model = decodeModel(v.modelJson);
        return isMatrixModel(model) ? ({ ...rest, model } as unknown as RenderMessage) : undefined;
      }
      return isMatrixModel(v.model) ? (v as unknown as RenderMessage) : undefined;
    }
    case 'renderDelta':
      return isInt(v.documentVersion) &&
        isStr(v.fileName) &&
        isInt(v.base) &&
        isInt(v.modelId) &&
        isMatrixModelDelta(v.delta)
        ? (v as unknown as RenderDeltaMessage)
        : undefined;
    case 'suggestionPreview':
      return isInt(v.documentVersion) &&
        isArr(v.featureIds, isStr) &&
        isArr(v.rows, isPreviewRow) &&
        isArr(v.skipped, isStr) &&
        isArr(v.added, isPreviewFinding) &&
        isArr(v.removed, isPreviewFinding)
        ? (v as unknown as SuggestionPreviewMessage)
        : undefined;
    case 'editRefused':
      return isStr(v.featureId) &&
        oneOf(['stale', 'invalid', 'failed'] as const)(v.reason) &&
        isStr(v.message)
        ? (v as unknown as EditRefusedMessage)
        : undefined;
    case 'editApplied':
      return isStr(v.featureId) && isStr(v.planId) ? (v as unknown as EditAppliedMessage) : undefined;
    case 'signalsApplied':
      return isSignal(v.signal) && isBool(v.value) && isArr(v.changed, isStr) && isArr(v.unchanged, isStr)
        ? (v as unknown as SignalsAppliedMessage)
        : undefined;
    case 'suggestionsApplied':
      return isArr(v.changed, isStr) && isArr(v.skipped, isStr)
        ? (v as unknown as SuggestionsAppliedMessage)
        : undefined;
    case 'limitApplied':
      return isStr(v.featureId) && isStr(v.planId) && isLimit(v.limit)
        ? (v as unknown as LimitAppliedMessage)
        : undefined;
    case 'revealNotShown':
      return isStr(v.featureId) && isStr(v.message) ? (v as unknown as RevealNotShownMessage) : undefined;
    case 'focusFeature':
      return isStr(v.featureId) ? (v as unknown as FocusFeatureMessage) : undefined;
    default:
      return undefined;
  }
}

/** Returns the message when it is a well-formed `WebviewMessage`, else undefined. */
export function parseWebviewMessage(v: unknown): WebviewMessage | undefined {
  if (!isRec(v)) return undefined;
  switch (v.type) {
    case 'ready':
      return isInt(v.protocol) ? (v as unknown as ReadyMessage) : undefined;
    case 'reveal':
      return isStr(v.featureId) ? (v as unknown as RevealMessage) : undefined;
    case 'moveFeature':
      return isStr(v.featureId) &&
        isStr(v.planId) &&
        isInt(v.documentVersion) &&
        (v.limits === undefined || v.limits === 'carry' || v.limits === 'drop')
        ? (v as unknown as MoveFeatureMessage)
        : undefined;
    case 'setSignal':
      return isArr(v.featureIds, isStr) &&
        v.featureIds.length > 0 &&
        isSignal(v.signal) &&
        isBool(v.value) &&
        isInt(v.documentVersion)
        ? (v as unknown as SetSignalMessage)
        : undefined;
    case 'acceptSuggestions':
      return isArr(v.featureIds, isStr) && v.featureIds.length > 0 && isInt(v.documentVersion)
        ? (v as unknown as AcceptSuggestionsMessage)
        : undefined;
    case 'previewSuggestions':
      return isArr(v.featureIds, isStr) && v.featureIds.length > 0 && isInt(v.documentVersion)
        ? (v as unknown as PreviewSuggestionsMessage)
        : undefined;
    case 'setLimit':
      return isStr(v.featureId) && isStr(v.planId) && isLimit(v.limit) && isInt(v.documentVersion)
        ? (v as unknown as SetLimitMessage)
        : undefined;
    case 'copyMarkdown':
      return isStr(v.markdown, MAX_MARKDOWN) ? (v as unknown as CopyMarkdownMessage) : undefined;
    case 'rendered':
      return isInt(v.documentVersion) &&
        isNum(v.applyMs) &&
        (v.arrivalToPaintMs === undefined || isNum(v.arrivalToPaintMs)) &&
        (v.paintedAt === undefined || isNum(v.paintedAt))
        ? (v as unknown as RenderedMessage)
        : undefined;
    case 'log':
      return oneOf(['info', 'warn', 'error'] as const)(v.level) && isStr(v.message)
        ? (v as unknown as LogMessage)
        : undefined;
    default:
      return undefined;
  }
}

/** A short description of a rejected message for the log (never the whole payload: it can be huge). */
export function describeMessage(v: unknown): string {
  if (!isRec(v)) return `non-object ${v === null ? 'null' : typeof v}`;
  const type = typeof v.type === 'string' ? v.type.slice(0, 40) : String(typeof v.type);
  return `type=${JSON.stringify(type)} keys=${Object.keys(v).slice(0, 10).join(',')}`;
}
