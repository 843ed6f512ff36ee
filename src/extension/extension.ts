// The VS Code extension: a thin client. The analysis (diagnostics, hovers, hints, lenses, completions, symbols,
// rename, code actions, the matrix's view model and edits) runs in the language server's own process (a web
// worker in the browser), so nothing of ours blocks the extension host. This side keeps what only VS Code can do:
// where findings show (tabs, workspace files), prompts, the matrix webview, rule pages.
import * as vscode from 'vscode';
import { registerAcceptFinding } from './accept';
import { readSettings, SECTION, type Settings } from './analysis';
import { registerAnswerSignals } from './answer';
import { checkAllWithFeedback } from './checkAll';
import { DiagnosticsManager, ruleDocUri } from './diagnostics';
import { type MatrixRendered, registerMatrixEditor } from './matrixEditor';
import { registerNewFile } from './newFile';
import { type ClientFactory, OPEN_RULE_DOC, PackagingServer, REVEAL_FEATURE } from './server';
import { registerStatus } from './status';

/** What the integration tests and the bench read from `activate`'s return value. */
export interface PackagingPlannerApi {
  /** fires after diagnostics of a uri were published */
  onDidPublishDiagnostics: vscode.Event<{ uri: vscode.Uri; version?: number }>;
  /** ms spent in activate() */
  activationMs: number;
  /** ms the extension host spent on each of the last pushed checks (converting and showing findings) */
  pushedMs: readonly number[];
  /** the findings item of the status bar as it reads now (undefined when hidden) */
  statusText: () => string | undefined;
  /** fires when a matrix webview has painted a document version */
  onDidRenderMatrix: vscode.Event<MatrixRendered>;
}

export function activateWith(context: vscode.ExtensionContext, factory: ClientFactory): PackagingPlannerApi {
  const started = performance.now();
  let settings: Settings = readSettings();
  const log = vscode.window.createOutputChannel('Packaging Planner', { log: true });
  const server = new PackagingServer(factory, log);
  const diagnostics = new DiagnosticsManager(server, () => settings);
  const status = registerStatus(diagnostics);

  context.subscriptions.push(
    log,
    server,
    diagnostics,
    status,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION) && !e.affectsConfiguration('yaml.validate')) return;
      // the server follows the section itself (workspace/didChangeConfiguration) and re-checks open files
      settings = readSettings();
      diagnostics.refreshAll();
    }),
    vscode.commands.registerCommand('packagingPlanner.recheckWorkspace', () =>
      checkAllWithFeedback(server, settings, () => diagnostics.refreshAll()),
    ),
    registerNewFile(),
    registerAcceptFinding(server),
    registerAnswerSignals(server),
    vscode.commands.registerCommand(OPEN_RULE_DOC, async (rule?: string) => {
      const id =
        typeof rule === 'string'
          ? rule
          : (
              await vscode.window.showQuickPick(
                (
                  await server.vocabulary()
                ).rules.map((r) => ({
                  label: r.id,
                  description: r.severity,
                  detail: r.description,
                })),
                { placeHolder: 'Which rule?' },
              )
            )?.label;
      if (id)
        await vscode.commands.executeCommand('markdown.showPreview', ruleDocUri(context.extensionUri, id));
    }),
    // a feature lens's "show why": select the placement, where the hover explains it
    vscode.commands.registerCommand(REVEAL_FEATURE, async (uri: vscode.Uri | string, featureId: string) => {
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      const doc = await vscode.workspace.openTextDocument(target);
      const range = await server.featureRange(doc.uri, featureId, 'plan');
      if (!range) return;
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(
        new vscode.Range(range.start, range.start),
        vscode.TextEditorRevealType.InCenterIfOutsideViewport,
      );
      await vscode.commands.executeCommand('editor.action.showHover');
    }),
  );
  // the matrix custom editor registers packagingPlanner.openMatrix, which the "Open matrix" lens runs
  const matrix = registerMatrixEditor(context, server);
  diagnostics.refreshAll();
  return {
    onDidPublishDiagnostics: diagnostics.onDidPublish,
    activationMs: performance.now() - started,
    pushedMs: diagnostics.pushedMs,
    statusText: status.text,
    onDidRenderMatrix: matrix.onDidRender,
  };
}
