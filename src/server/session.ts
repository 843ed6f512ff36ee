// Documents and analysis: the open documents (with the changes between versions), the one analysis per version,
// the settings and what the client can do. Every handler module reads the server's state through one Session.
import {
  type CancellationToken,
  type Connection,
  LSPErrorCodes,
  type Range,
  ResponseError,
  TextDocumentEdit,
  TextDocuments,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../core/model/model';
import type { Span } from '../core/types';
import { Analyses } from './analysis';
import { ChangeLog } from './changes';
import { DEFAULT_SETTINGS, matchesPatterns, type ServerSettings } from './settings';

export interface ServerEnv {
  /** the text of docs/rules/<rule>.md, for the "Why" in hovers (absent in the browser) */
  ruleDoc?: (rule: string) => string | undefined;
  /** the web page of a rule (PACKAGING_PLANNER_DOCS_URL), for `codeDescription` and hover links */
  ruleUrl?: (rule: string) => string | undefined;
  /** timing lines (PACKAGING_PLANNER_TRACE_FILE), for finding where latency goes */
  trace?: (line: string) => void;
  /**
   * The process's memory after a full collection (PACKAGING_PLANNER_DEBUG_MEMORY=1): answers the hidden
   * DEBUG_MEMORY_REQUEST, so a test can see what the server keeps as it is used.
   */
  memory?: () => Record<string, number>;
  /** hears of every check of a document version (the Node server collects garbage when they pause) */
  checked?: () => void;
}

/** What the client said it can do (initialize), as the handlers need it. */
export interface ClientAbilities {
  pull: boolean;
  configurationPull: boolean;
  resolveEdits: boolean;
  snippets: boolean;
  versionedEdits: boolean;
  inlayRefresh: boolean;
  showDocument: boolean;
  lensRefresh: boolean;
  /** diagnostics as DIAGNOSTICS_NOTIFICATION with their version (the VS Code client), not publishDiagnostics */
  notify: boolean;
  /** the client renders codicons (`$(table)`) in lens titles */
  codicons: boolean;
  /** the most findings per file the client's problem list shows (VS Code: 1,000), for the totals notice */
  listLimit?: number;
  /** the client shows a diagnostic's message in the hover itself (VS Code): ours does not repeat it */
  hoverShowsDiagnostics: boolean;
}

/** One macrotask: lets a `$/cancelRequest` (or a newer change) that is already queued arrive first. */
export const yieldTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
export const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

export class Session {
  /** the changes between versions feed the incremental re-check */
  readonly changes: ChangeLog;
  readonly documents: TextDocuments<TextDocument>;
  settings: ServerSettings = DEFAULT_SETTINGS;
  /** the settings of initializationOptions: what stands when the client has none configured */
  initSettings: ServerSettings = DEFAULT_SETTINGS;
  readonly analyses: Analyses;
  readonly can: ClientAbilities = {
    pull: false,
    configurationPull: false,
    resolveEdits: false,
    snippets: false,
    versionedEdits: false,
    inlayRefresh: false,
    showDocument: false,
    lensRefresh: false,
    notify: false,
    codicons: false,
    hoverShowsDiagnostics: false,
  };
  /** commands the client runs itself (the VS Code client's matrix, prompts): actions and lenses use them */
  readonly clientCommands = new Set<string>();
  /** settings being read after a change: requests wait for them, so they never answer under the old ones */
  settingsLoaded: Promise<void> = Promise.resolve();
  /** bumps when settings change: a pulled report of an older generation is not "unchanged" */
  generation = 0;
  /** the settings have been read once (after `initialized`) */
  loaded = false;
  // Nothing is checked before the settings are read (after `initialized`): a first report under the wrong
  // rule settings would be published for a version and then replaced by another report of the same version.
  readonly ready: Promise<void>;
  markReady: () => void = () => undefined;

  constructor(
    readonly connection: Connection,
    public env: ServerEnv,
  ) {
    // a change that does not move the version forward is dropped: its edits are for another text
    this.changes = new ChangeLog((uri, version, current) =>
      connection.console.warn(
        `ignored a didChange of ${uri} to version ${version}: the document is at version ${current} already`,
      ),
    );
    this.documents = new TextDocuments(this.changes.documents);
    this.analyses = new Analyses({ rules: this.settings.rules }, undefined, this.changes, env.checked);
    this.ready = new Promise<void>((resolve) => {
      this.markReady = resolve;
    });
  }

  isPackaging(uri: string): boolean {
    return matchesPatterns(uri, this.settings.filePatterns);
  }

  /** The open document of `uri` when it is a packaging file. */
  docOf(uri: string): TextDocument | undefined {
    const d = this.documents.get(uri);
    return d && this.isPackaging(uri) ? d : undefined;
  }

  /** The current check of a packaging document for a request, honouring cancellation. */
  async checked(
    uri: string,
    token: CancellationToken,
  ): Promise<{ doc: TextDocument; result: CheckResult } | undefined> {
    const trace = this.env.trace;
    if (!trace) return this.checkedNow(uri, token);
    const t0 = performance.now();
    const r = await this.checkedNow(uri, token);
    trace(`request on ${uri.split('/').pop()}: ${(performance.now() - t0).toFixed(1)} ms to its analysis`);
    return r;
  }

  private async checkedNow(uri: string, token: CancellationToken) {
    const doc = await this.current(uri, token);
    const result = doc && this.analyses.result(doc);
    return doc && result ? { doc, result } : undefined;
  }

  /**
   * The current version of a packaging document once settings are read, after one turn when it has not been
   * analysed yet (so a cancellation or a newer change already queued wins).
   */
  async current(uri: string, token: CancellationToken): Promise<TextDocument | undefined> {
    await this.ready;
    await this.settingsLoaded;
    const doc = this.docOf(uri);
    if (!doc) return undefined;
    if (!this.analyses.has(doc)) await yieldTurn();
    if (token.isCancellationRequested) throw cancelled();
    return this.documents.get(uri);
  }

  workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    return this.can.versionedEdits
      ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] }
      : { changes: { [doc.uri]: edits } };
  }
}

const loneCr = new WeakMap<TextDocument, { version: number; has: boolean }>();

/**
 * Whether `doc`'s current text has a CR outside CRLF: it breaks a line for the client, not for the core (which
 * counts `\n` and `\r\n`). Without one the core's ranges are the client's. Once per version (documents change in
 * place).
 */
export function hasLoneCr(doc: TextDocument): boolean {
  const hit = loneCr.get(doc);
  if (hit && hit.version === doc.version) return hit.has;
  const text = doc.getText();
  // most texts have no CR at all: indexOf finds that far faster than the pattern
  const has = text.indexOf('\r') >= 0 && /\r(?!\n)/.test(text);
  loneCr.set(doc, { version: doc.version, has });
  return has;
}

/** A core span (offsets) as an LSP range of `doc`, its line breaks counted as the client counts them. */
export const lspRange = (doc: Pick<TextDocument, 'positionAt'>, span: Span): Range => ({
  start: doc.positionAt(span.start),
  end: doc.positionAt(span.end),
});

/** Core edits (offsets) as LSP edits of `doc`, its line breaks counted as the client counts them. */
export const toLspEdits = (
  doc: TextDocument,
  edits: readonly { span: Span; newText: string }[],
): TextEdit[] => edits.map((e) => ({ range: lspRange(doc, e.span), newText: e.newText }));
