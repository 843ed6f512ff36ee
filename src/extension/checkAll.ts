// "Check All Packaging Files": re-checks the workspace and says what it found (a notification with counts),
// so the command never looks like it did nothing.

import * as vscode from 'vscode';
import { type Analyzer, globFor } from './analysis';

const MAX_FILES = 1000;

export interface CheckAllCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export async function checkAllWithFeedback(analyzer: Analyzer, refresh: () => void): Promise<CheckAllCounts> {
  refresh();
  const uris = await vscode.workspace.findFiles(
    globFor(analyzer.currentSettings.filePatterns),
    '**/{node_modules,.git}/**',
    MAX_FILES,
  );
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const counts: CheckAllCounts = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const uri of uris) {
    const doc = open.get(uri.toString());
    let text: string;
    try {
      text = doc ? doc.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue;
    }
    counts.files++;
    for (const d of analyzer.checkText(text).diagnostics) {
      if (d.accepted !== undefined) continue;
      if (d.severity === 'error') counts.errors++;
      else if (d.severity === 'warning') counts.warnings++;
      else counts.infos++;
    }
  }
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const message =
    counts.files === 0
      ? 'No packaging files in this workspace (packaging.yaml or *.packaging.yaml).'
      : `Checked ${n(counts.files, 'packaging file')}: ${n(counts.errors, 'error')}, ${n(counts.warnings, 'warning')}, ${n(counts.infos, 'info')}.`;
  void vscode.window.showInformationMessage(message, 'Show Problems').then((pick) => {
    if (pick) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return counts;
}
