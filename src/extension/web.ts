// The browser entry (vscode.dev, github.dev): the language server runs in a web worker.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type PackagingPlannerApi } from './extension';

export function activate(context: vscode.ExtensionContext): PackagingPlannerApi {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  return activateWith(
    context,
    (options) =>
      new LanguageClient('packagingPlanner', 'Packaging Planner', new Worker(main.toString(true)), options),
  );
}

export function deactivate(): void {}
