// "Packaging Matrix": a custom *text* editor over packaging.yaml. The TextDocument stays the source of truth,
// so undo/redo, save, dirty state and hot exit are VS Code's own. The webview renders the view model it is
// sent and posts intents; every move is a minimal edit computed by the core against the exact document
// version the webview showed, and refused (with a fresh render) when the document changed meanwhile.

import * as vscode from 'vscode';
import { setFeaturePlan } from '../core/edits';
import { type LimitsOnMove, limitsLeftBehind, moveWithLimits, setFeatureLimit } from '../core/limit-edits';
import { buildMatrix } from '../core/matrix';
import { verifiedSignalEdits } from '../core/matrix-edits';
import { verifiedSuggestionEdits, withInsights } from '../core/matrix-suggest';
import type { CheckResult } from '../core/model';
import type { Signal, TextEdit } from '../core/types';
import {
  describeMessage,
  type HostMessage,
  parseHostMessage,
  parseWebviewMessage,
  type WebviewMessage,
} from '../protocol';
import { makeNonce, matrixHtml } from './matrixHtml';

export const MATRIX_VIEW_TYPE = 'packagingPlanner.matrix';
export const OPEN_MATRIX = 'packagingPlanner.openMatrix';
/** How long typing may pause before the matrix follows (ms). */
const RENDER_DEBOUNCE_MS = 120;

/** Anything that can analyse a document; the extension's cached Analyzer fits. */
export interface MatrixAnalyzer {
  get(doc: vscode.TextDocument): CheckResult;
}

/** Registers the custom editor and the "Open Matrix to the Side" command. */
export function registerMatrixEditor(
  context: vscode.ExtensionContext,
  analyzer: MatrixAnalyzer,
): MatrixEditorProvider {
  const log = vscode.window.createOutputChannel('Packaging Matrix', { log: true });
  const provider = new MatrixEditorProvider(context.extensionUri, analyzer, log);
  context.subscriptions.push(
    log,
    vscode.window.registerCustomEditorProvider(MATRIX_VIEW_TYPE, provider, {
      supportsMultipleEditorsPerDocument: true,
    }),
    vscode.commands.registerCommand(OPEN_MATRIX, (uri?: vscode.Uri) => openMatrixToSide(uri)),
  );
  return provider;
}

export async function openMatrixToSide(uri?: vscode.Uri): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage('Open a packaging.yaml file first.');
    return;
  }
  await vscode.commands.executeCommand('vscode.openWith', target, MATRIX_VIEW_TYPE, {
    viewColumn: vscode.ViewColumn.Beside,
  });
}

/** One open matrix (a webview panel over one document). */
interface Session {
  document: vscode.TextDocument;
  panel: vscode.WebviewPanel;
  /** version of the last render posted, to skip duplicates */
  postedVersion: number;
  ready: boolean;
}

export class MatrixEditorProvider implements vscode.CustomTextEditorProvider {
  private readonly sessions = new Set<Session>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyzer: MatrixAnalyzer,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Open sessions, for the integration tests. */
  get openDocuments(): vscode.TextDocument[] {
    return [...this.sessions].map((s) => s.document);
  }

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    const root = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [root] };
    const asUri = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(root, f)).toString();
    webview.html = matrixHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: asUri('matrix.js'),
      styleUri: asUri('matrix.css'),
      codiconUri: asUri('codicon.css'),
    });

    // distinct from the text editor's tab, which has the same file name
    panel.title = `${document.uri.path.split('/').pop() ?? 'packaging.yaml'} (matrix)`;
    const session: Session = { document, panel, postedVersion: -1, ready: false };
    this.sessions.add(session);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let selectionTimer: ReturnType<typeof setTimeout> | undefined;
    const subs: vscode.Disposable[] = [
      webview.onDidReceiveMessage((raw: unknown) => {
        const msg = parseWebviewMessage(raw);
        if (!msg) {
          this.log.warn(`ignored a malformed message from the matrix webview: ${describeMessage(raw)}`);
          return;
        }
        void this.onMessage(session, msg).catch((err: unknown) => this.log.error(`matrix: ${String(err)}`));
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== document || e.contentChanges.length === 0) return;
        clearTimeout(timer);
        timer = setTimeout(() => this.render(session), RENDER_DEBOUNCE_MS);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        // The text cursor on a feature selects its row in the matrix.
        if (e.textEditor.document !== document || !session.ready) return;
        clearTimeout(selectionTimer);
        const offset = document.offsetAt(e.selections[0]!.active);
        selectionTimer = setTimeout(() => this.focusFeatureAt(session, offset), 80);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('packagingPlanner')) this.render(session, true);
      }),
    ];
    panel.onDidDispose(() => {
      clearTimeout(timer);
      clearTimeout(selectionTimer);
      for (const s of subs) s.dispose();
      this.sessions.delete(session);
    });
  }

  private post(session: Session, msg: HostMessage): void {
    void session.panel.webview.postMessage(msg);
  }

  /** Posts the matrix of the document's current version (skipped when that version was just posted). */
  render(session: Session, force = false): void {
    if (!session.ready) return;
    const { document } = session;
    if (!force && session.postedVersion === document.version) return;
    const result = this.analyzer.get(document);
    const model = withInsights(buildMatrix(result), result, document.getText());
    session.postedVersion = document.version;
    const fileName = vscode.workspace.asRelativePath(document.uri, false);
    const msg: HostMessage = { type: 'render', documentVersion: document.version, fileName, model };
    // The webview refuses a payload past its limits (a text over 100,000 characters, a list over 50,000
    // items) and would stay on "Loading…": say so here instead of posting what it will drop.
    if (!parseHostMessage(msg)) {
      const why = `${fileName} is too large for the matrix view (a text over 100,000 characters or more than 50,000 items). Use the text editor, or \`packaging-planner matrix\` on the command line.`;
      this.log.warn(why);
      void vscode.window.showWarningMessage(why);
      return;
    }
    this.post(session, msg);
  }

  private focusFeatureAt(session: Session, offset: number): void {
    const features = this.analyzer.get(session.document).model?.features ?? [];
    const f = features.find((x) => x.node.range && x.node.range[0] <= offset && offset <= x.node.range[2]);
    if (f) this.post(session, { type: 'focusFeature', featureId: f.id });
  }

  private async onMessage(session: Session, msg: WebviewMessage): Promise<void> {
    switch (msg.type) {
      case 'ready':
        // a (re)created webview: render even when that version was posted to the previous one
        session.ready = true;
        this.render(session, true);
        return;
      case 'reveal':
        await this.reveal(session.document, msg.featureId);
        return;
      case 'moveFeature':
        await this.move(session, msg.featureId, msg.planId, msg.documentVersion, msg.limits);
        return;
      case 'setSignal':
        await this.setSignal(session, msg.featureIds, msg.signal, msg.value, msg.documentVersion);
        return;
      case 'acceptSuggestions':
        await this.acceptSuggestions(session, msg.featureIds, msg.documentVersion);
        return;
      case 'setLimit':
        await this.setLimit(session, msg.featureId, msg.planId, msg.limit, msg.documentVersion);
        return;
      case 'copyMarkdown':
        await vscode.env.clipboard.writeText(msg.markdown);
        vscode.window.setStatusBarMessage('$(copy) Packaging matrix copied as Markdown', 3000);
        return;
      case 'log':
        this.log[msg.level](`webview: ${msg.message}`);
        return;
    }
  }

  /** Applies a move when the document is still at `version`; refuses and re-renders otherwise. */
  async move(
    session: Session,
    featureId: string,
    planId: string,
    version: number,
    limits?: LimitsOnMove,
  ): Promise<boolean> {
    const { document } = session;
    const refuse = (reason: 'stale' | 'invalid' | 'failed', message: string) => {
      this.log.info(`move of ${featureId} to ${planId} refused (${reason}): ${message}`);
      this.post(session, { type: 'editRefused', featureId, reason, message });
      this.render(session, true);
      return false;
    };
    if (document.version !== version) {
      return refuse(
        'stale',
        'The file changed before the move arrived, so nothing was moved. The matrix is up to date again: try once more.',
      );
    }
    const result = this.analyzer.get(document);
    const model = result.model;
    if (!model || result.syntaxError)
      return refuse('invalid', 'Fix the YAML syntax error before moving features.');
    if (!model.plans.some((p) => p.id === planId)) return refuse('invalid', `There is no plan "${planId}".`);
    if (!model.features.some((f) => f.id === featureId))
      return refuse('invalid', `There is no feature "${featureId}".`);
    const text = document.getText();
    let edits: TextEdit[];
    if (limits && limitsLeftBehind(result, featureId, planId).length > 0) {
      const withLimits = moveWithLimits(text, result, featureId, planId, limits);
      if (!withLimits)
        return refuse(
          'failed',
          'The limits are written in a way the matrix cannot edit safely: nothing was moved.',
        );
      edits = withLimits;
    } else edits = setFeaturePlan(text, result, featureId, planId);
    if (edits.length === 0)
      return refuse('invalid', `Nothing to change: ${featureId} is already on ${planId}.`);
    // No await between the version check and here: the edit is computed from exactly that text.
    const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits));
    if (!ok) return refuse('failed', 'VS Code did not apply the edit (is the file read-only?).');
    this.post(session, { type: 'editApplied', featureId, planId });
    this.render(session);
    return true;
  }

  /**
   * Sets one signal for every listed feature in ONE WorkspaceEdit (one undo step), when the document is still
   * at `version`; refuses and re-renders otherwise, or when the result would add a syntax or schema error.
   */
  async setSignal(
    session: Session,
    featureIds: string[],
    signal: Signal,
    value: boolean,
    version: number,
  ): Promise<boolean> {
    const { document } = session;
    const featureId = featureIds[0] ?? '';
    const refuse = (reason: 'stale' | 'invalid' | 'failed', message: string) => {
      this.log.info(`${signal}=${value} for ${featureIds.length} feature(s) refused (${reason}): ${message}`);
      this.post(session, { type: 'editRefused', featureId, reason, message });
      this.render(session, true);
      return false;
    };
    if (document.version !== version) {
      return refuse(
        'stale',
        'The file changed before the change arrived, so nothing was written. The matrix is up to date again: try once more.',
      );
    }
    const result = this.analyzer.get(document);
    if (!result.model || result.syntaxError)
      return refuse('invalid', 'Fix the YAML syntax error before classifying features.');
    const r = verifiedSignalEdits(document.getText(), result, featureIds, signal, value);
    if (!r) return refuse('failed', 'That change would break the file, so nothing was written.');
    if (r.changed.length === 0) {
      const why = r.skipped.length
        ? `${r.skipped.length} feature(s) cannot be edited from the matrix (unknown, invalid or aliased signals).`
        : `Nothing to change: already ${value ? 'set' : 'cleared'}.`;
      return refuse('invalid', why);
    }
    const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document, r.edits));
    if (!ok) return refuse('failed', 'VS Code did not apply the edit (is the file read-only?).');
    this.post(session, { type: 'signalsApplied', signal, value, changed: r.changed, unchanged: r.unchanged });
    this.render(session);
    return true;
  }

  /**
   * Writes the suggested signals of every listed feature in ONE WorkspaceEdit (one undo step), when the
   * document is still at `version`; refuses and re-renders otherwise, or when the result would not verify.
   */
  async acceptSuggestions(session: Session, featureIds: string[], version: number): Promise<boolean> {
    const { document } = session;
    const refuse = (reason: 'stale' | 'invalid' | 'failed', message: string) => {
      this.log.info(`accepting ${featureIds.length} suggestion(s) refused (${reason}): ${message}`);
      this.post(session, { type: 'editRefused', featureId: featureIds[0] ?? '', reason, message });
      this.render(session, true);
      return false;
    };
    if (document.version !== version) {
      return refuse(
        'stale',
        'The file changed before the change arrived, so nothing was written. The matrix is up to date again: try once more.',
      );
    }
    const result = this.analyzer.get(document);
    if (!result.model || result.syntaxError)
      return refuse('invalid', 'Fix the YAML syntax error before accepting suggestions.');
    const r = verifiedSuggestionEdits(document.getText(), result, featureIds);
    if (!r) return refuse('failed', 'That change would break the file, so nothing was written.');
    if (r.changed.length === 0)
      return refuse('invalid', 'Nothing to accept: those features are classified or have no suggestion.');
    const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document, r.edits));
    if (!ok) return refuse('failed', 'VS Code did not apply the edit (is the file read-only?).');
    this.post(session, { type: 'suggestionsApplied', changed: r.changed, skipped: r.skipped });
    this.render(session);
    return true;
  }

  /** Writes one limit as one minimal, verified edit when the document is still at `version`. */
  async setLimit(
    session: Session,
    featureId: string,
    planId: string,
    limit: number | 'unlimited',
    version: number,
  ): Promise<boolean> {
    const { document } = session;
    const refuse = (reason: 'stale' | 'invalid' | 'failed', message: string) => {
      this.log.info(`limit ${limit} of ${featureId} on ${planId} refused (${reason}): ${message}`);
      this.post(session, { type: 'editRefused', featureId, reason, message });
      this.render(session, true);
      return false;
    };
    if (document.version !== version) {
      return refuse(
        'stale',
        'The file changed before the change arrived, so nothing was written. The matrix is up to date again: try once more.',
      );
    }
    const result = this.analyzer.get(document);
    if (!result.model || result.syntaxError)
      return refuse('invalid', 'Fix the YAML syntax error before editing limits.');
    const r = setFeatureLimit(document.getText(), result, featureId, planId, limit);
    if (!r.ok) return refuse(r.reason === 'failed' ? 'failed' : 'invalid', r.message);
    const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document, [r.edit]));
    if (!ok) return refuse('failed', 'VS Code did not apply the edit (is the file read-only?).');
    this.post(session, { type: 'limitApplied', featureId, planId, limit });
    this.render(session);
    return true;
  }

  /** Shows the feature in a text editor beside the matrix, selecting its id. */
  async reveal(document: vscode.TextDocument, featureId: string): Promise<void> {
    const f = this.analyzer.get(document).model?.features.find((x) => x.id === featureId);
    const r = f?.idNode.range;
    if (!r) return;
    const selection = new vscode.Range(document.positionAt(r[0]), document.positionAt(r[1]));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.Beside,
      preserveFocus: true,
      selection,
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) {
    we.replace(
      document.uri,
      new vscode.Range(document.positionAt(e.span.start), document.positionAt(e.span.end)),
      e.newText,
    );
  }
  return we;
}
