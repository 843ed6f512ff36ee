import type { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../core/check';
import { createIncremental, type Incremental, type IncrementalState } from '../core/incremental';
import type { CheckOptions, CheckResult } from '../core/model/model';
import type { ChangeLog } from './changes';

/** Files above this are not checked as you type: the editor gets one clear finding instead (issue 13). */
export const MAX_BYTES = 2 * 1024 * 1024;

export type Analysis =
  | { kind: 'checked'; version: number; result: CheckResult; ms: number; incremental?: true }
  | { kind: 'too-large'; version: number; bytes: number };

/**
 * The UTF-8 size of `text`, counted without encoding it where the runtime can (Node's Buffer: 0.2 ms for a
 * 1.5 MB text; encoding it cost a copy of the text per keystroke).
 */
function utf8Bytes(text: string): number {
  const B = (globalThis as { Buffer?: { byteLength(s: string, e: 'utf8'): number } }).Buffer;
  return B ? B.byteLength(text, 'utf8') : new TextEncoder().encode(text).length;
}

function overCap(text: string): number | undefined {
  if (text.length > MAX_BYTES) return text.length;
  if (text.length * 3 <= MAX_BYTES) return undefined;
  const bytes = utf8Bytes(text);
  return bytes > MAX_BYTES ? bytes : undefined;
}

/**
 * One analysis per document version: diagnostics, hovers, lenses, code actions and the matrix of a version all
 * read the same result. The last check's cost per document drives the change debounce.
 */
export class Analyses {
  private readonly cache = new Map<string, Analysis>();
  private readonly cost = new Map<string, number>();
  /** when the last check of each document ended (performance.now()) */
  private readonly ended = new Map<string, number>();
  /** plan ids of the last version that parsed, for completions while the text is broken */
  private readonly lastPlanIds = new Map<string, string[]>();
  /** the newest checked version of each document, which the next one re-checks incrementally from */
  private readonly states = new Map<string, { version: number; state: IncrementalState }>();
  private incremental: Incremental;

  constructor(
    private options: CheckOptions,
    /** ms, monotonic; tests pass their own */
    private readonly clock: () => number = () => performance.now(),
    /** the content changes between versions; without it the texts are compared */
    private readonly changes?: ChangeLog,
    /** told after each check of a document version */
    private readonly onChecked?: () => void,
  ) {
    this.incremental = createIncremental(options);
  }

  get checkOptions(): CheckOptions {
    return this.options;
  }

  setOptions(options: CheckOptions): void {
    this.options = options;
    this.cache.clear();
    this.states.clear();
    this.incremental = createIncremental(options);
  }

  get(doc: TextDocument): Analysis {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const text = doc.getText();
    const bytes = overCap(text);
    let a: Analysis;
    if (bytes !== undefined) {
      a = { kind: 'too-large', version: doc.version, bytes };
      this.states.delete(doc.uri);
    } else {
      const started = this.clock();
      const { result, incremental } = this.check(doc, text);
      const ended = this.clock();
      const ms = ended - started;
      a = { kind: 'checked', version: doc.version, result, ms, ...(incremental ? { incremental } : {}) };
      this.cost.set(doc.uri, ms);
      this.ended.set(doc.uri, ended);
      if (result.model) this.lastPlanIds.set(doc.uri, [...result.model.planIds]);
      this.onChecked?.();
    }
    this.cache.set(doc.uri, a);
    return a;
  }

  /** The check of `doc`'s version: incremental from the newest earlier version checked, when there is one. */
  private check(doc: TextDocument, text: string): IncrementalState {
    const prev = this.states.get(doc.uri);
    let state: IncrementalState;
    if (prev && prev.version < doc.version) {
      const changes = this.changes?.take(doc.uri, prev.version, doc.version);
      state = this.incremental.next(prev.state, text, changes);
    } else state = this.incremental.first(text);
    this.states.set(doc.uri, { version: doc.version, state });
    return state;
  }

  /** A text that is not open (a workspace file, "Check All"): checked once under the same options and cap. */
  checkText(text: string): Analysis {
    const bytes = overCap(text);
    if (bytes !== undefined) return { kind: 'too-large', version: 0, bytes };
    const started = this.clock();
    const result = check(text, this.options);
    return { kind: 'checked', version: 0, result, ms: this.clock() - started };
  }

  /** The check of the current version, or undefined when the file is over the size cap. */
  result(doc: TextDocument): CheckResult | undefined {
    const a = this.get(doc);
    return a.kind === 'checked' ? a.result : undefined;
  }

  /** Whether the current version has been analysed already (a request on it costs nothing). */
  has(doc: TextDocument): boolean {
    return this.cache.get(doc.uri)?.version === doc.version;
  }

  /**
   * How long to wait after a change before checking. Nothing for a file that checks in a few milliseconds, nor
   * after a pause; while the user types into a costly file, checks start at most one check's cost after the last
   * one ended (capped at 250 ms), so the server stays at most about half busy and the last keystroke is checked
   * within that bound. The wait counts from the last check, so further keystrokes never push it later.
   */
  debounceMs(uri: string, now = this.clock()): number {
    const ms = this.cost.get(uri) ?? 0;
    if (ms < 10) return 0;
    const ended = this.ended.get(uri) ?? 0;
    return Math.max(0, Math.round(Math.min(250, ms) - (now - ended)));
  }

  planIds(doc: TextDocument): string[] {
    const r = this.result(doc);
    return r?.model ? [...r.model.planIds] : (this.lastPlanIds.get(doc.uri) ?? []);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.cost.delete(uri);
    this.ended.delete(uri);
    this.lastPlanIds.delete(uri);
    this.states.delete(uri);
    this.changes?.forget(uri);
  }
}
