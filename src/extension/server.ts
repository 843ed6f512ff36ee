// The extension's only way to the analysis: the language server (dist/server.js in a Node process, or
// dist/web/server.js in a web worker). Typed wrappers over the packaging-specific requests; every call waits
// until the client has started, so commands run right after activation work.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { MatrixIntent } from '../core/matrix/intents';
import type { FindingTotals } from '../core/totals';
import {
  ACCEPT_FINDING,
  ANSWER_SIGNALS,
  CHECK_TEXT_REQUEST,
  DIAGNOSTICS_NOTIFICATION,
  DOCUMENT_DIAGNOSTICS_REQUEST,
  FEATURE_AT_REQUEST,
  FEATURE_RANGE_REQUEST,
  MATRIX_EDIT_REQUEST,
  MATRIX_REQUEST,
  OPEN_MATRIX,
  OPEN_RULE_DOC,
  REVEAL_FEATURE,
  SUGGESTION_PREVIEW_REQUEST,
  VOCABULARY_REQUEST,
} from '../server/methods';
import type {
  CheckTextParams,
  CheckTextResponse,
  DiagnosticsNotificationParams,
  FeatureRangeParams,
  MatrixDeltaResponse,
  MatrixEditParams,
  MatrixEditResponse,
  MatrixParams,
  MatrixResponse,
  SuggestionPreviewParams,
  SuggestionPreviewResponse,
} from '../server/server';
import { readSection, SECTION } from './analysis';

export { SERVER_ACCEPT_FINDING, SERVER_ANSWER_SIGNALS } from '../server/methods';
export type { DiagnosticsNotificationParams };
export { ACCEPT_FINDING, ANSWER_SIGNALS, OPEN_MATRIX, OPEN_RULE_DOC, REVEAL_FEATURE };

type LspDiagnostic = DiagnosticsNotificationParams['diagnostics'][number];

/** The most diagnostics VS Code lists per file (the extension host drops the rest, errors kept first). */
export const PROBLEMS_LIMIT = 1000;
type LspRange = LspDiagnostic['range'];

export interface Vocabulary {
  rules: { id: string; severity: string; description: string }[];
  /** the six signals with their question (spec §3.1): `short` for a picker's line, `question` in full */
  signals: { id: string; name: string; question: string; short: string; doc: string }[];
}

/** Builds the Node or the browser client; the entries (node.ts, web.ts) pass theirs. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

export class PackagingServer implements vscode.Disposable {
  readonly client: BaseLanguageClient;
  private readonly started: Promise<void>;

  constructor(factory: ClientFactory, log: vscode.LogOutputChannel) {
    this.client = factory({
      // every YAML document is synced: which ones are packaging files is a setting the server follows
      documentSelector: [{ language: 'yaml' }],
      synchronize: { configurationSection: SECTION },
      outputChannel: log,
      initializationOptions: {
        [SECTION]: readSection(),
        clientCommands: [OPEN_MATRIX, ACCEPT_FINDING, ANSWER_SIGNALS, REVEAL_FEATURE, OPEN_RULE_DOC],
        diagnostics: 'notification',
        ruleLinks: 'command',
        codicons: true,
        // VS Code shows a finding's message in the hover itself, and at most this many findings per file
        hoverShowsDiagnostics: true,
        problemsLimit: PROBLEMS_LIMIT,
      },
      // hover links open rule pages with our command, and nothing else
      markdown: { isTrusted: { enabledCommands: [OPEN_RULE_DOC] } },
    });
    this.started = this.client.start().catch((e: unknown) => {
      log.error(`the Packaging Planner language server did not start: ${String(e)}`);
      throw e;
    });
  }

  async request<R>(method: string, params: unknown): Promise<R> {
    await this.started;
    return this.client.sendRequest<R>(method, params);
  }

  async onDiagnostics(handler: (p: DiagnosticsNotificationParams) => void): Promise<vscode.Disposable> {
    await this.started;
    return this.client.onNotification(DIAGNOSTICS_NOTIFICATION, handler);
  }

  /** The view model of `version`; told against the model `base` (an id the caller holds) when the server can. */
  matrix(uri: vscode.Uri, version: number, base?: number): Promise<MatrixResponse | MatrixDeltaResponse> {
    const p: MatrixParams = {
      textDocument: { uri: uri.toString() },
      version,
      insights: true,
      // the webview reveals through featureRange: the ranges would be ~30% of what it receives
      ranges: false,
      ...(base !== undefined ? { base } : {}),
    };
    return this.request(MATRIX_REQUEST, p);
  }

  matrixEdit(uri: vscode.Uri, version: number, intent: MatrixIntent): Promise<MatrixEditResponse> {
    const p: MatrixEditParams = { textDocument: { uri: uri.toString(), version }, intent };
    return this.request(MATRIX_EDIT_REQUEST, p);
  }

  suggestionPreview(
    uri: vscode.Uri,
    version: number,
    featureIds: string[],
  ): Promise<SuggestionPreviewResponse> {
    const p: SuggestionPreviewParams = { textDocument: { uri: uri.toString(), version }, featureIds };
    return this.request(SUGGESTION_PREVIEW_REQUEST, p);
  }

  featureAt(uri: vscode.Uri, position: vscode.Position): Promise<{ featureId: string } | null> {
    return this.request(FEATURE_AT_REQUEST, {
      textDocument: { uri: uri.toString() },
      position: { line: position.line, character: position.character },
    });
  }

  async featureRange(
    uri: vscode.Uri,
    featureId: string,
    anchor: FeatureRangeParams['anchor'],
  ): Promise<vscode.Range | undefined> {
    const p: FeatureRangeParams = { textDocument: { uri: uri.toString() }, featureId, anchor };
    const r = await this.request<LspRange | null>(FEATURE_RANGE_REQUEST, p);
    return r ? toRange(r) : undefined;
  }

  checkText(uri: vscode.Uri, text: string): Promise<CheckTextResponse> {
    const p: CheckTextParams = { uri: uri.toString(), text };
    return this.request(CHECK_TEXT_REQUEST, p);
  }

  documentDiagnostics(
    uri: vscode.Uri,
  ): Promise<{ version: number; diagnostics: LspDiagnostic[]; totals?: FindingTotals } | null> {
    return this.request(DOCUMENT_DIAGNOSTICS_REQUEST, { textDocument: { uri: uri.toString() } });
  }

  private vocabularyCache: Promise<Vocabulary> | undefined;
  vocabulary(): Promise<Vocabulary> {
    this.vocabularyCache ??= this.request<Vocabulary>(VOCABULARY_REQUEST, {});
    return this.vocabularyCache;
  }

  async executeCommand<R>(command: string, args: unknown[]): Promise<R> {
    await this.started;
    return this.client.sendRequest<R>('workspace/executeCommand', { command, arguments: args });
  }

  /** Applies LSP text edits of `uri` as ONE WorkspaceEdit (one undo step). */
  static workspaceEdit(
    uri: vscode.Uri,
    edits: readonly { range: LspRange; newText: string }[],
  ): vscode.WorkspaceEdit {
    const we = new vscode.WorkspaceEdit();
    for (const e of edits) we.replace(uri, toRange(e.range), e.newText);
    return we;
  }

  dispose(): void {
    void this.client.stop().catch(() => undefined);
  }
}

export function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

const SEVERITY = [
  vscode.DiagnosticSeverity.Error,
  vscode.DiagnosticSeverity.Error,
  vscode.DiagnosticSeverity.Warning,
  vscode.DiagnosticSeverity.Information,
  vscode.DiagnosticSeverity.Hint,
];

// one Uri per rule page, not one per finding: a 5,000-feature file pushes ~2,000 findings per keystroke
const links = new Map<string, vscode.Uri>();
function ruleLink(href: string): vscode.Uri {
  let uri = links.get(href);
  if (!uri) {
    uri = vscode.Uri.parse(href);
    links.set(href, uri);
  }
  return uri;
}

/** An LSP diagnostic of ours as VS Code's, its code linked to the rule page the server named. */
export function toDiagnostic(d: LspDiagnostic): vscode.Diagnostic {
  const message = typeof d.message === 'string' ? d.message : d.message.value;
  const out = new vscode.Diagnostic(toRange(d.range), message, SEVERITY[d.severity ?? 1]);
  out.source = d.source;
  if (d.code !== undefined) {
    const href = d.codeDescription?.href;
    out.code = href ? { value: d.code, target: ruleLink(href) } : d.code;
  }
  return out;
}
