// The language server over the core: one analysis per document version, shared by every feature. This file is the
// wiring (initialize, settings, the handler modules); the entries (node.ts: stdio / IPC; browser.ts: a web worker)
// only build the connection and call startServer.
//   session.ts      documents and analysis          diagnostics.ts  push, pull and diagnostics requests
//   language.ts     hover, lenses, completion, …    actions.ts      code actions
//   matrix.ts       the matrix's requests           commands.ts     executeCommand
import {
  CodeActionKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { registerCodeActions } from './actions';
import { registerCommands, serverCommands } from './commands';
import { DiagnosticsPublisher } from './diagnostics';
import { registerLanguageFeatures } from './language';
import { registerMatrixRequests } from './matrix';
import { DEBUG_MEMORY_REQUEST, OPEN_RULE_DOC } from './methods';
import { type ServerEnv, Session } from './session';
import { readSettings } from './settings';
import { warmUp } from './warmup';

export type { FindingKey } from './commands';
export {
  type CheckTextParams,
  type CheckTextResponse,
  type DiagnosticsNotificationParams,
  TOO_LARGE,
  toLspDiagnostics,
} from './diagnostics';
export type {
  FeatureRangeParams,
  MatrixDeltaResponse,
  MatrixEditParams,
  MatrixEditResponse,
  MatrixParams,
  MatrixResponse,
  MoveParams,
  MoveResponse,
  SuggestionPreviewParams,
  SuggestionPreviewResponse,
} from './matrix';
export * from './methods';
export type { ServerEnv } from './session';

/** How long a client that did not declare workspace/configuration is waited on for its answer. */
const UNDECLARED_PULL_MS = 1000;

export function startServer(connection: Connection, serverEnv: ServerEnv = {}): void {
  const s = new Session(connection, serverEnv);
  const { documents, analyses } = s;
  const diagnostics = new DiagnosticsPublisher(s);

  const refreshAll = () => {
    s.generation++;
    analyses.setOptions({ rules: s.settings.rules });
    diagnostics.refresh();
    if (s.can.inlayRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (s.can.lensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };

  /**
   * The `packagingPlanner` section asked of the client (workspace/configuration). A client that did not declare
   * the capability is asked too (Neovim 0.7 answers without declaring it), but not waited on for more than a
   * second; undefined when there is no answer.
   */
  const pullSettings = async (): Promise<unknown> => {
    const ask = connection.workspace.getConfiguration('packagingPlanner').catch(() => undefined);
    if (s.can.configurationPull) return ask;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), UNDECLARED_PULL_MS);
    });
    return Promise.race([ask, late]).finally(() => clearTimeout(timer));
  };

  /** The settings: pushed in the notification when it carries them, else pulled, else the initialization's. */
  const loadSettings = async (fromNotification?: unknown) => {
    const n = fromNotification as { packagingPlanner?: unknown } | null | undefined;
    const pushed = n && typeof n === 'object' && n.packagingPlanner ? n.packagingPlanner : undefined;
    // a client with the capability is the source of truth: its answer wins over what a notification carries
    const section = s.can.configurationPull || !pushed ? await pullSettings() : pushed;
    // a client with nothing configured answers null: the initialization options stand
    s.settings = section && typeof section === 'object' ? readSettings(section) : s.initSettings;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    const can = s.can;
    can.pull = !!caps.textDocument?.diagnostic;
    can.configurationPull = !!caps.workspace?.configuration;
    can.resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    can.snippets = !!caps.textDocument?.completion?.completionItem?.snippetSupport;
    can.versionedEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    can.inlayRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    can.showDocument = !!caps.window?.showDocument?.support;
    can.lensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    // `{ packagingPlanner: {...} }` (Helix passes its `config` so), or the section itself
    const init = params.initializationOptions as
      | {
          packagingPlanner?: unknown;
          clientCommands?: unknown;
          diagnostics?: unknown;
          ruleLinks?: unknown;
          codicons?: unknown;
          problemsLimit?: unknown;
          hoverShowsDiagnostics?: unknown;
        }
      | null
      | undefined;
    if (init && typeof init === 'object') {
      s.initSettings = readSettings(init.packagingPlanner ?? init);
      // commands the client runs itself (the VS Code client's matrix, prompts): actions and lenses use them
      if (Array.isArray(init.clientCommands))
        for (const c of init.clientCommands) if (typeof c === 'string') s.clientCommands.add(c);
      can.notify = init.diagnostics === 'notification';
      can.codicons = init.codicons === true;
      can.hoverShowsDiagnostics = init.hoverShowsDiagnostics === true;
      const limit = init.problemsLimit;
      if (typeof limit === 'number' && Number.isInteger(limit) && limit > 0) can.listLimit = limit;
      // the client opens rule pages with its own command: links in hovers and finding codes run it
      if (init.ruleLinks === 'command' && s.clientCommands.has(OPEN_RULE_DOC))
        s.env = {
          ...s.env,
          ruleUrl: (rule) => `command:${OPEN_RULE_DOC}?${encodeURIComponent(JSON.stringify([rule]))}`,
        };
    }
    if (can.notify) can.pull = false;
    s.settings = s.initSettings;
    analyses.setOptions({ rules: s.settings.rules });
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        completionProvider: { triggerCharacters: [' '] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: true },
        executeCommandProvider: { commands: serverCommands(s.clientCommands) },
        ...(can.pull
          ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'packaging-planner' },
    };
  });

  connection.onInitialized(async () => {
    await loadSettings();
    s.loaded = true;
    s.markReady();
    refreshAll();
    // until the first document opens, the checker is compiled on small files of its own (warmup.ts)
    const t0 = performance.now();
    void warmUp(s.analyses.checkOptions, () => s.documents.all().length === 0).then((steps) =>
      s.env.trace?.(`warm-up: ${steps} steps in ${(performance.now() - t0).toFixed(0)} ms`),
    );
  });

  connection.onDidChangeConfiguration((p) => {
    s.settingsLoaded = loadSettings(p.settings ?? null).then(refreshAll);
    return s.settingsLoaded;
  });

  documents.onDidOpen((e) => {
    s.env.trace?.(`opened ${e.document.uri.split('/').pop()} v${e.document.version}`);
    diagnostics.schedule(e.document);
  });
  documents.onDidChangeContent((e) => diagnostics.schedule(e.document));
  documents.onDidClose((e) => {
    analyses.forget(e.document.uri);
    diagnostics.closed(e.document.uri);
  });

  diagnostics.register();
  registerLanguageFeatures(s);
  registerCodeActions(s);
  registerCommands(s);
  registerMatrixRequests(s);
  const memory = serverEnv.memory;
  if (memory) connection.onRequest(DEBUG_MEMORY_REQUEST, () => memory());

  documents.listen(connection);
  connection.listen();
}
