// "Packaging Matrix": a custom *text* editor over packaging.yaml. The TextDocument stays the source of truth,
// so undo/redo, save, dirty state and hot exit are VS Code's own. The webview renders the view model the
// language server builds from its one analysis, and posts intents; the server turns each into minimal edits
// against the exact document version the webview showed, or refuses (stale, invalid) and the matrix re-renders.

import * as vscode from 'vscode';
import type { MatrixIntent } from '../core/matrix/intents';
import {
  describeMessage,
  encodeRenderGzip,
  type HostMessage,
  parseHostMessage,
  parseWebviewMessage,
  staleMessage,
  type WebviewMessage,
} from '../protocol';
import { makeNonce, matrixHtml } from './matrixHtml';
import { OPEN_MATRIX, PackagingServer } from './server';

export const MATRIX_VIEW_TYPE = 'packagingPlanner.matrix';
export { OPEN_MATRIX };

/** After a failed view-model request for the version still current, try again this much later (ms), this often. */
const RETRY_MS = 100;
const RETRIES = 3;
/** A model asked for by the open command is used by an editor resolved within this long (ms). */
const EARLY_MS = 5000;

/** Registers the custom editor and the "Open Matrix to the Side" command. */
export function registerMatrixEditor(
  context: vscode.ExtensionContext,
  server: PackagingServer,
): MatrixEditorProvider {
  const log = vscode.window.createOutputChannel('Packaging Matrix', { log: true });
  const provider = new MatrixEditorProvider(context.extensionUri, server, log);
  context.subscriptions.push(
    log,
    vscode.window.registerCustomEditorProvider(MATRIX_VIEW_TYPE, provider, {
      supportsMultipleEditorsPerDocument: true,
    }),
    // a lens from the server passes the uri as a string
    vscode.commands.registerCommand(OPEN_MATRIX, (uri?: vscode.Uri | string) =>
      openMatrixToSide(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, provider),
    ),
    provider,
  );
  // read the page's bundle now, off the activation path: on the first open, not reading it saves ~10–250 ms
  setTimeout(() => void provider.pageAssets().catch(() => undefined), 0);
  return provider;
}

export async function openMatrixToSide(uri?: vscode.Uri, provider?: MatrixEditorProvider): Promise<void> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage('Open a packaging.yaml file first.');
    return;
  }
  // the server builds the model while VS Code opens the editor (60-120 ms before it asks for it)
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (open) provider?.prefetch(open);
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
  /** the server's id of the last model posted: the next one comes as a delta against it */
  modelId?: number;
  /** the render running now (renders run one at a time), and whether another is wanted after it (forced?) */
  running?: Promise<void>;
  wanted?: boolean;
  /** failed requests for `version` (retried while the document stays at it) */
  failed?: { version: number; count: number };
  disposed?: boolean;
  /** the model asked for while the webview loads, for its first render */
  prefetch?: { version: number; ready: Promise<Prepared | undefined> };
  /** where the time of the last render posted went, until the webview says it painted it */
  trace?: { version: number; requestMs: number; postedAt: number; delta: boolean };
  /** when VS Code asked for this editor, and when its webview's script said ready (performance.now()) */
  resolvedAt: number;
  readyAt?: number;
}

/** A matrix webview painted a version of its document (the webview's `rendered` message), with timings. */
export interface MatrixRendered {
  uri: vscode.Uri;
  version: number;
  /** it was posted as a delta against the model the webview held (else whole; undefined when not traced) */
  delta?: boolean;
  /** extension host → server → back: the view model of that version (undefined when not traced) */
  requestMs?: number;
  /** posted → painted: the message to the webview, its validation, patch and frame */
  postToPaintMs?: number;
  /** the webview's own patch of the render */
  applyMs: number;
  /** in the webview: from the render's arrival to its paint (so postToPaintMs minus this is the messaging) */
  arrivalToPaintMs?: number;
  /** when it was painted, on this process's `performance.now()` clock (from the webview's epoch time) */
  paintedAt?: number;
  /** this editor's start: VS Code asked for it, and its webview's script said ready (performance.now()) */
  resolvedAt: number;
  readyAt?: number;
}

type MatrixAnswer = Awaited<ReturnType<PackagingServer['matrix']>>;
type Wire = HostMessage | Awaited<ReturnType<typeof encodeRenderGzip>>;
/** A render ready to post: checked against the webview's limits, a whole model already in gzipped bytes. */
type Prepared = { id: number; delta: boolean; wire: Wire } | { tooLarge: true };

export class MatrixEditorProvider implements vscode.CustomTextEditorProvider, vscode.Disposable {
  private readonly sessions = new Set<Session>();
  private readonly rendered = new vscode.EventEmitter<MatrixRendered>();
  /** fires when a matrix webview has painted a document version (the integration tests and the bench wait on it) */
  readonly onDidRender = this.rendered.event;

  dispose(): void {
    this.rendered.dispose();
  }

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: PackagingServer,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Open sessions, for the integration tests. */
  get openDocuments(): vscode.TextDocument[] {
    return [...this.sessions].map((s) => s.document);
  }

  /** A model asked for by the open command, before VS Code resolved its editor (taken by the editor). */
  private early?: { uri: string; version: number; at: number; ready: Promise<Prepared | undefined> };

  /** Asks the server for the model of `document` now; the editor of that version resolved next takes it. */
  prefetch(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    const e = this.early;
    if (e?.uri === uri && e.version === document.version && performance.now() - e.at < EARLY_MS) return;
    this.early = {
      uri,
      version: document.version,
      at: performance.now(),
      ready: this.server.matrix(document.uri, document.version).then(
        (r) => prepare(r, document),
        () => undefined,
      ),
    };
  }

  /** The model asked for early for this version of `document` (once), else a new request. */
  private takePrefetch(document: vscode.TextDocument): Promise<Prepared | undefined> {
    const e = this.early;
    this.early = undefined;
    if (
      e?.uri === document.uri.toString() &&
      e.version === document.version &&
      performance.now() - e.at < EARLY_MS
    )
      return e.ready;
    return this.server.matrix(document.uri, document.version).then(
      (r) => prepare(r, document),
      () => undefined,
    );
  }

  /** The webview bundle and its stylesheet, read once (the page carries them: see matrixHtml.ts). */
  private page?: Promise<{ script: string; style: string }>;

  pageAssets(): Promise<{ script: string; style: string }> {
    const root = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const read = async (f: string) =>
      new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, f)));
    this.page ??= Promise.all([read('matrix.js'), read('matrix.css')]).then(([script, style]) => ({
      script,
      style,
    }));
    // a failed read is tried again by the next matrix
    this.page.catch(() => {
      this.page = undefined;
    });
    return this.page;
  }

  async resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<void> {
    const root = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [root] };
    const page = this.pageAssets();

    // distinct from the text editor's tab, which has the same file name
    panel.title = `${document.uri.path.split('/').pop() ?? 'packaging.yaml'} (matrix)`;
    const session: Session = {
      document,
      panel,
      postedVersion: -1,
      ready: false,
      resolvedAt: performance.now(),
      // the server builds the model while the webview loads (a first build at 5,000 features takes ~250 ms)
      // and checks and encodes it (~2 MB of JSON, ~55 KB gzipped) meanwhile too
      prefetch: { version: document.version, ready: this.takePrefetch(document) },
    };
    this.sessions.add(session);
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
        // no timer: renders run one at a time, so while the PM types the matrix follows as fast as it can paint
        if (e.document !== document || e.contentChanges.length === 0) return;
        void this.render(session);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        // The text cursor on a feature selects its row in the matrix.
        if (e.textEditor.document !== document || !session.ready) return;
        clearTimeout(selectionTimer);
        const active = e.selections[0]!.active;
        selectionTimer = setTimeout(() => void this.focusFeatureAt(session, active), 80);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('packagingPlanner')) void this.render(session, true);
      }),
    ];
    panel.onDidDispose(() => {
      session.disposed = true;
      session.prefetch = undefined;
      clearTimeout(selectionTimer);
      for (const s of subs) s.dispose();
      this.sessions.delete(session);
    });
    const assets = await page.catch((e: unknown) => {
      this.log.error(`matrix: the webview bundle could not be read: ${String(e)}`);
      return undefined;
    });
    if (session.disposed) return;
    webview.html = assets
      ? matrixHtml({
          cspSource: webview.cspSource,
          nonce: makeNonce(),
          ...assets,
          codiconUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'codicon.css')).toString(),
        })
      : '<!DOCTYPE html><html><body><p>The matrix could not load its script (see the "Packaging Matrix" log).</p></body></html>';
  }

  private post(session: Session, msg: Wire): Thenable<boolean> {
    return session.panel.webview.postMessage(msg);
  }

  /**
   * Posts the matrix of the document's current version (skipped when that version was just posted; `force`:
   * posted anyway). Renders run one at a time per matrix: asked while one runs, one more runs after it, for the
   * version current then, so a burst of keystrokes costs at most two.
   */
  render(session: Session, force = false): Promise<void> {
    session.wanted = (session.wanted ?? false) || force;
    session.running ??= this.renderLoop(session);
    return session.running;
  }

  private async renderLoop(session: Session): Promise<void> {
    try {
      while (session.wanted !== undefined) {
        const force = session.wanted;
        session.wanted = undefined;
        await this.renderOnce(session, force);
      }
    } finally {
      // no await since the loop's last check: a render asked after it starts a new loop
      session.running = undefined;
    }
  }

  private async renderOnce(session: Session, force: boolean): Promise<void> {
    if (!session.ready || session.disposed) return;
    const { document } = session;
    const version = document.version;
    if (!force && session.postedVersion === version) return;
    let p: Prepared;
    const t0 = performance.now();
    const pre = session.prefetch;
    session.prefetch = undefined;
    try {
      p =
        (pre?.version === version && session.modelId === undefined ? await pre.ready : undefined) ??
        (await prepare(await this.server.matrix(document.uri, version, session.modelId), document));
    } catch (e) {
      // the text moved on while the server worked (a newer render follows it), or the server is gone
      this.log.info(`matrix of version ${version} not rendered: ${(e as Error).message}`);
      const failed = session.failed?.version === version ? session.failed : { version, count: 0 };
      session.failed = failed;
      if (document.version === version && ++failed.count <= RETRIES)
        setTimeout(() => void this.render(session, force), RETRY_MS);
      return;
    }
    if (session.disposed) return;
    // Posted even when the PM typed meanwhile: it is newer than what the matrix shows (the loop renders the newest
    // next), so a matrix follows steady typing instead of waiting for a pause, and the next delta has its base.
    if (!force && session.postedVersion === version) return;
    if ('tooLarge' in p) {
      const why = `${vscode.workspace.asRelativePath(document.uri, false)} is too large for the matrix view (a text over 100,000 characters or more than 50,000 items). Use the text editor, or \`packaging-planner matrix\` on the command line.`;
      this.log.warn(why);
      void vscode.window.showWarningMessage(why);
      return;
    }
    session.postedVersion = version;
    session.modelId = p.id;
    session.trace = {
      version,
      requestMs: performance.now() - t0,
      postedAt: performance.now(),
      delta: p.delta,
    };
    // not delivered (the webview is gone or being re-created): the next render is a whole model
    const delivered = await this.post(session, p.wire).then(
      (ok) => ok,
      () => false,
    );
    if (!delivered && session.modelId === p.id) session.modelId = undefined;
  }

  private async focusFeatureAt(session: Session, position: vscode.Position): Promise<void> {
    const f = await this.server.featureAt(session.document.uri, position).catch(() => null);
    if (f) this.post(session, { type: 'focusFeature', featureId: f.featureId });
  }

  private async onMessage(session: Session, msg: WebviewMessage): Promise<void> {
    switch (msg.type) {
      case 'ready':
        // a (re)created webview, or one that lost the model a delta was told against: render it whole
        session.ready = true;
        session.readyAt ??= performance.now();
        session.modelId = undefined;
        await this.render(session, true);
        return;
      case 'reveal':
        await this.reveal(session, msg.featureId);
        return;
      case 'moveFeature':
      case 'setSignal':
      case 'acceptSuggestions':
      case 'setLimit': {
        const { documentVersion, ...intent } = msg;
        await this.edit(session, intent, documentVersion);
        return;
      }
      case 'previewSuggestions':
        await this.preview(session, msg.featureIds, msg.documentVersion);
        return;
      case 'copyMarkdown':
        await vscode.env.clipboard.writeText(msg.markdown);
        vscode.window.setStatusBarMessage('$(copy) Packaging matrix copied as Markdown', 3000);
        return;
      case 'log':
        this.log[msg.level](`webview: ${msg.message}`);
        return;
      case 'rendered': {
        const t = session.trace?.version === msg.documentVersion ? session.trace : undefined;
        this.rendered.fire({
          uri: session.document.uri,
          version: msg.documentVersion,
          applyMs: msg.applyMs,
          ...(msg.arrivalToPaintMs !== undefined ? { arrivalToPaintMs: msg.arrivalToPaintMs } : {}),
          // both clocks count from their process's start on the same wall clock
          ...(msg.paintedAt !== undefined ? { paintedAt: msg.paintedAt - performance.timeOrigin } : {}),
          resolvedAt: session.resolvedAt,
          ...(session.readyAt !== undefined ? { readyAt: session.readyAt } : {}),
          ...(t
            ? { requestMs: t.requestMs, postToPaintMs: performance.now() - t.postedAt, delta: t.delta }
            : {}),
        });
        return;
      }
    }
  }

  /**
   * What "Accept N suggestions" would write, from the server against `version`, posted back to the webview; the
   * webview posts acceptSuggestions only on Confirm. A refusal is shown as one (a fresh render follows).
   */
  async preview(session: Session, featureIds: string[], version: number): Promise<void> {
    const r = await this.server
      .suggestionPreview(session.document.uri, version, featureIds)
      .catch((e: unknown) => ({
        kind: 'refused' as const,
        reason: 'failed' as const,
        message: `The language server did not answer: ${(e as Error).message}`,
      }));
    if (r.kind === 'refused') {
      this.log.info(`previewSuggestions refused (${r.reason}): ${r.message}`);
      this.post(session, {
        type: 'editRefused',
        featureId: featureIds[0] ?? '',
        reason: r.reason,
        message: r.message,
      });
      void this.render(session, true);
      return;
    }
    const { version: documentVersion, rows, skipped, added, removed } = r;
    this.post(session, {
      type: 'suggestionPreview',
      documentVersion,
      featureIds,
      rows,
      skipped,
      added,
      removed,
    });
  }

  /**
   * Every edit the matrix asks for goes through here: the server computes it against `version` (refused when the
   * document moved on, the YAML does not parse or the intent is invalid; a fresh render follows a refusal), and
   * it is applied as ONE WorkspaceEdit (one undo step) only while the document is still at that version.
   */
  async edit(session: Session, intent: MatrixIntent, version: number): Promise<boolean> {
    const { document } = session;
    const what = `${intent.type} (${JSON.stringify(intent).slice(0, 200)})`;
    const refuse = (featureId: string, reason: 'stale' | 'invalid' | 'failed', message: string) => {
      this.log.info(`${what} refused (${reason}): ${message}`);
      this.post(session, { type: 'editRefused', featureId, reason, message });
      void this.render(session, true);
      return false;
    };
    const r = await this.server.matrixEdit(document.uri, version, intent).catch((e: unknown) => ({
      kind: 'refused' as const,
      featureId: 'featureId' in intent ? intent.featureId : (intent.featureIds[0] ?? ''),
      reason: 'failed' as const,
      message: `The language server did not answer: ${(e as Error).message}`,
    }));
    if (r.kind === 'refused') return refuse(r.featureId, r.reason, r.message);
    const featureId =
      r.applied.type === 'editApplied' || r.applied.type === 'limitApplied' ? r.applied.featureId : '';
    // typed meanwhile: the edits are for the text the server saw, not this one
    if (document.version !== r.version) return refuse(featureId, 'stale', staleMessage(intent));
    const ok = await vscode.workspace.applyEdit(PackagingServer.workspaceEdit(document.uri, r.edits));
    if (!ok) return refuse(featureId, 'failed', 'VS Code did not apply the edit (is the file read-only?).');
    this.post(session, r.applied);
    void this.render(session);
    return true;
  }

  /**
   * Shows the feature in a text editor beside the matrix, selecting its id, and keeps the focus in the matrix.
   * Never changes the editor layout: a text editor already open gets the selection in place (nothing is opened,
   * so a maximised matrix stays maximised); with none, a side editor opens unless the other groups are hidden
   * behind a maximised matrix, and then the webview is told why the text stays hidden.
   */
  async reveal(session: Session, featureId: string): Promise<void> {
    const { document } = session;
    const selection = await this.server.featureRange(document.uri, featureId, 'id').catch(() => undefined);
    if (!selection) return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    if (visible) {
      visible.selection = new vscode.Selection(selection.start, selection.end);
      visible.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    if (otherGroupsHidden(session.panel)) {
      this.post(session, {
        type: 'revealNotShown',
        featureId,
        message:
          'The matrix is maximised, so the text stays hidden (showing it would change the layout). Restore the editor layout to see the feature in the text.',
      });
      return;
    }
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
      selection,
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/**
 * The message of a server answer for `document` (its version is the answer's), checked against the webview's
 * limits (a text over 100,000 characters, a list over 50,000 items: it would drop the message and stay on
 * "Loading…", so the host says so instead), and a whole model encoded as gzipped JSON bytes.
 */
async function prepare(r: MatrixAnswer, document: vscode.TextDocument): Promise<Prepared> {
  const fileName = vscode.workspace.asRelativePath(document.uri, false);
  const msg: HostMessage =
    'model' in r
      ? { type: 'render', documentVersion: r.version, fileName, model: r.model, modelId: r.id }
      : {
          type: 'renderDelta',
          documentVersion: r.version,
          fileName,
          base: r.base,
          modelId: r.id,
          delta: r.delta,
        };
  if (!parseHostMessage(msg)) return { tooLarge: true };
  // (not the model's objects: a prefetch nobody took holds its bytes only)
  return msg.type === 'render'
    ? { id: r.id, delta: false, wire: await encodeRenderGzip(msg) }
    : { id: r.id, delta: true, wire: msg };
}

/**
 * Whether the other editor groups are hidden behind the matrix's (a maximised group): one of them has a text
 * tab active, yet no text editor is visible in it. The API has no "maximised" flag; this is what it shows.
 */
export function otherGroupsHidden(panel: vscode.WebviewPanel): boolean {
  const shown = new Set(vscode.window.visibleTextEditors.map((e) => e.viewColumn));
  return vscode.window.tabGroups.all.some(
    (g) =>
      g.viewColumn !== panel.viewColumn &&
      g.activeTab?.input instanceof vscode.TabInputText &&
      !shown.has(g.viewColumn),
  );
}
