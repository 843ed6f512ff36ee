import * as vscode from 'vscode';
import { RULES } from '../core/rules';
import { registerAcceptFinding } from './accept';
import { Analyzer, readSettings, SECTION } from './analysis';
import { registerAnswerSignals } from './answer';
import { checkAllWithFeedback } from './checkAll';
import { DiagnosticsManager, ruleDocUri } from './diagnostics';
import { registerMatrixEditor } from './matrixEditor';
import { registerNewFile } from './newFile';
import { REVEAL_FEATURE, registerProviders } from './providers';

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
  const diagnostics = new DiagnosticsManager(analyzer);
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
    vscode.commands.registerCommand('packagingPlanner.recheckWorkspace', () =>
      checkAllWithFeedback(analyzer, () => diagnostics.refreshAll()),
    ),
    registerNewFile(),
    registerAcceptFinding(analyzer),
    registerAnswerSignals(analyzer),
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
  // the matrix custom editor registers packagingPlanner.openMatrix, which the "Open matrix" lens runs
  registerMatrixEditor(context, analyzer);
  diagnostics.refreshAll();
  return { onDidPublishDiagnostics: diagnostics.onDidPublish, activationMs: performance.now() - started };
}

export function deactivate(): void {}
