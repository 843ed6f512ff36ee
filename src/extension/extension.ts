import * as vscode from 'vscode';
import { RULES } from '../core/rules';
import { Analyzer, readSettings, SECTION } from './analysis';
import { DiagnosticsManager, ruleDocUri } from './diagnostics';
import { registerMatrixEditor } from './matrixEditor';
import { MATRIX_VIEW_TYPE, OPEN_MATRIX, REVEAL_FEATURE, registerProviders } from './providers';

/** What the integration tests and the bench read from `activate`'s return value. */
export interface PackagingPlannerApi {
  /** fires after diagnostics of a uri were published */
  onDidPublishDiagnostics: vscode.Event<{ uri: vscode.Uri; version?: number }>;
  /** ms spent in activate() */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): PackagingPlannerApi {
  const started = performance.now();
  const analyzer = new Analyzer(readSettings());
  const diagnostics = new DiagnosticsManager(analyzer, context.extensionUri);
  const inlayChanged = new vscode.EventEmitter<void>();
  let providers = registerProviders(analyzer, context.extensionUri, inlayChanged.event);

  context.subscriptions.push(
    diagnostics,
    inlayChanged,
    { dispose: () => providers.dispose() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION) && !e.affectsConfiguration('yaml.validate')) return;
      const before = analyzer.currentSettings.filePatterns.join('\n');
      analyzer.update(readSettings());
      if (analyzer.currentSettings.filePatterns.join('\n') !== before) {
        // the selector is fixed at registration: register again for the new patterns
        providers.dispose();
        providers = registerProviders(analyzer, context.extensionUri, inlayChanged.event);
      }
      inlayChanged.fire();
      diagnostics.refreshAll();
    }),
    vscode.commands.registerCommand('packagingPlanner.recheckWorkspace', () => diagnostics.refreshAll()),
    vscode.commands.registerCommand('packagingPlanner.openRuleDoc', async (rule?: string) => {
      const id =
        typeof rule === 'string'
          ? rule
          : (
              await vscode.window.showQuickPick(
                RULES.map((r) => ({ label: r.id, description: r.severity, detail: r.description })),
                { placeHolder: 'Which rule?' },
              )
            )?.label;
      if (id)
        await vscode.commands.executeCommand('markdown.showPreview', ruleDocUri(context.extensionUri, id));
    }),
    vscode.commands.registerCommand(REVEAL_FEATURE, async (uri: vscode.Uri, featureId: string) => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const f = analyzer.get(doc).model?.features.find((x) => x.id === featureId);
      const r = f?.planNode?.range ?? f?.idNode?.range;
      if (!r) return;
      const editor = await vscode.window.showTextDocument(doc);
      const start = doc.positionAt(r[0]);
      editor.selection = new vscode.Selection(start, doc.positionAt(r[1]));
      editor.revealRange(
        new vscode.Range(start, start),
        vscode.TextEditorRevealType.InCenterIfOutsideViewport,
      );
      await vscode.commands.executeCommand('editor.action.showHover');
    }),
  );
  registerMatrixEditor(context, analyzer);
  registerMatrixFallback(context);
  diagnostics.refreshAll();
  return { onDidPublishDiagnostics: diagnostics.onDidPublish, activationMs: performance.now() - started };
}

/**
 * The "Open matrix" lens runs `packagingPlanner.openMatrix`. The matrix editor module registers that
 * command; until it has, open the custom editor by its view type so the lens is never a dead button.
 */
function registerMatrixFallback(context: vscode.ExtensionContext): void {
  void vscode.commands.getCommands(true).then((all) => {
    if (all.includes(OPEN_MATRIX)) return;
    context.subscriptions.push(
      vscode.commands.registerCommand(OPEN_MATRIX, (uri?: vscode.Uri) => {
        const target = uri ?? vscode.window.activeTextEditor?.document.uri;
        if (target) return vscode.commands.executeCommand('vscode.openWith', target, MATRIX_VIEW_TYPE);
        return undefined;
      }),
    );
  });
}

export function deactivate(): void {}
