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

  /**
   * Every edit the matrix asks for goes through here: refused (with a reason posted to the webview and a fresh
   * render) when the document is no longer at `version`, when the YAML does not parse, or when `build` refuses;
   * otherwise `build`'s edits are applied as ONE WorkspaceEdit (one undo step) and `applied` is posted. No await
   * between the version check and the edit: the edit is computed from exactly that text.
   */
  private async guardedEdit(
    session: Session,
    o: {
      what: string;
      featureId: string;
      version: number;
      stale: string;
      syntax: string;
      build: (text: string, result: CheckResult) => readonly TextEdit[] | Refusal;
      applied: (edits: readonly TextEdit[]) => HostMessage;
    },
  ): Promise<boolean> {
    const { document } = session;
    const refuse = ({ reason, message }: Refusal) => {
      this.log.info(`${o.what} refused (${reason}): ${message}`);
      this.post(session, { type: 'editRefused', featureId: o.featureId, reason, message });
      this.render(session, true);
      return false;
    };
    if (document.version !== o.version) return refuse({ reason: 'stale', message: o.stale });
    const result = this.analyzer.get(document);
    if (!result.model || result.syntaxError) return refuse({ reason: 'invalid', message: o.syntax });
    const built = o.build(document.getText(), result);
    if (!Array.isArray(built)) return refuse(built as Refusal);
    const edits = built as readonly TextEdit[];
    const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits));
    if (!ok)
      return refuse({
        reason: 'failed',
        message: 'VS Code did not apply the edit (is the file read-only?).',
      });
    this.post(session, o.applied(edits));
    this.render(session);
    return true;
  }

  /** Applies a move when the document is still at `version`; refuses and re-renders otherwise. */
  move(
    session: Session,
    featureId: string,
    planId: string,
    version: number,
    limits?: LimitsOnMove,
  ): Promise<boolean> {
    return this.guardedEdit(session, {
      what: `move of ${featureId} to ${planId}`,
      featureId,
      version,
      stale:
        'The file changed before the move arrived, so nothing was moved. The matrix is up to date again: try once more.',
      syntax: 'Fix the YAML syntax error before moving features.',
      build: (text, result) => {
        const model = result.model!;
        if (!model.plans.some((p) => p.id === planId))
          return { reason: 'invalid', message: `There is no plan "${planId}".` };
        if (!model.features.some((f) => f.id === featureId))
          return { reason: 'invalid', message: `There is no feature "${featureId}".` };
        let edits: TextEdit[];
        if (limits && limitsLeftBehind(result, featureId, planId).length > 0) {
          const withLimits = moveWithLimits(text, result, featureId, planId, limits);
          if (!withLimits)
            return {
              reason: 'failed',
              message: 'The limits are written in a way the matrix cannot edit safely: nothing was moved.',
            };
          edits = withLimits;
        } else edits = setFeaturePlan(text, result, featureId, planId);
        if (edits.length === 0)
          return { reason: 'invalid', message: `Nothing to change: ${featureId} is already on ${planId}.` };
        return edits;
      },
      applied: () => ({ type: 'editApplied', featureId, planId }),
    });
  }

  /**
   * Sets one signal for every listed feature in ONE WorkspaceEdit (one undo step), when the document is still
   * at `version`; refuses and re-renders otherwise, or when the result would add a syntax or schema error.
   */
  setSignal(
    session: Session,
    featureIds: string[],
    signal: Signal,
    value: boolean,
    version: number,
  ): Promise<boolean> {
    let done: NonNullable<ReturnType<typeof verifiedSignalEdits>> | undefined;
    return this.guardedEdit(session, {
      what: `${signal}=${value} for ${featureIds.length} feature(s)`,
      featureId: featureIds[0] ?? '',
      version,
      stale: STALE,
      syntax: 'Fix the YAML syntax error before classifying features.',
      build: (text, result) => {
        const r = verifiedSignalEdits(text, result, featureIds, signal, value);
        if (!r)
          return { reason: 'failed', message: 'That change would break the file, so nothing was written.' };
        if (r.changed.length === 0) {
          const why = r.skipped.length
            ? `${r.skipped.length} feature(s) cannot be edited from the matrix (unknown, invalid or aliased signals).`
            : `Nothing to change: already ${value ? 'set' : 'cleared'}.`;
          return { reason: 'invalid', message: why };
        }
        done = r;
        return r.edits;
      },
      applied: () => ({
        type: 'signalsApplied',
        signal,
        value,
        changed: done!.changed,
        unchanged: done!.unchanged,
      }),
    });
  }

  /**
   * Writes the suggested signals of every listed feature in ONE WorkspaceEdit (one undo step), when the
   * document is still at `version`; refuses and re-renders otherwise, or when the result would not verify.
   */
  acceptSuggestions(session: Session, featureIds: string[], version: number): Promise<boolean> {
    let done: NonNullable<ReturnType<typeof verifiedSuggestionEdits>> | undefined;
    return this.guardedEdit(session, {
      what: `accepting ${featureIds.length} suggestion(s)`,
      featureId: featureIds[0] ?? '',
      version,
      stale: STALE,
      syntax: 'Fix the YAML syntax error before accepting suggestions.',
      build: (text, result) => {
        const r = verifiedSuggestionEdits(text, result, featureIds);
        if (!r)
          return { reason: 'failed', message: 'That change would break the file, so nothing was written.' };
        if (r.changed.length === 0)
          return {
            reason: 'invalid',
            message: 'Nothing to accept: those features are classified or have no suggestion.',
          };
        done = r;
        return r.edits;
      },
      applied: () => ({ type: 'suggestionsApplied', changed: done!.changed, skipped: done!.skipped }),
    });
  }

  /** Writes one limit as one minimal, verified edit when the document is still at `version`. */
  setLimit(
    session: Session,
    featureId: string,
    planId: string,
    limit: number | 'unlimited',
    version: number,
  ): Promise<boolean> {
    return this.guardedEdit(session, {
      what: `limit ${limit} of ${featureId} on ${planId}`,
      featureId,
      version,
      stale: STALE,
      syntax: 'Fix the YAML syntax error before editing limits.',
      build: (text, result) => {
        const r = setFeatureLimit(text, result, featureId, planId, limit);
        return r.ok ? [r.edit] : { reason: r.reason === 'failed' ? 'failed' : 'invalid', message: r.message };
      },
      applied: () => ({ type: 'limitApplied', featureId, planId, limit }),
    });
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

const STALE =
  'The file changed before the change arrived, so nothing was written. The matrix is up to date again: try once more.';

interface Refusal {
  reason: 'stale' | 'invalid' | 'failed';
  message: string;
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
