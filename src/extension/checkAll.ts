// "Check All Packaging Files": re-checks the workspace and says what it found (a notification with counts: the
// server's totals of each file, the same the status bar and the matrix say), so the command never looks like it
// did nothing.

import * as vscode from 'vscode';
import { findingsLabel } from '../core/totals';
import { globFor, type Settings } from './analysis';
import type { PackagingServer } from './server';

const MAX_FILES = 1000;

export interface CheckAllCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export async function checkAllWithFeedback(
  server: PackagingServer,
  settings: Settings,
  refresh: () => void,
): Promise<CheckAllCounts> {
  refresh();
  const uris = await vscode.workspace.findFiles(
    globFor(settings.filePatterns),
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
    const c = (await server.checkText(uri, text)).counts;
    counts.errors += c.errors;
    counts.warnings += c.warnings;
    counts.infos += c.infos;
  }
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  const message =
    counts.files === 0
      ? 'No packaging files in this workspace (packaging.yaml or *.packaging.yaml).'
      : `Checked ${n(counts.files, 'packaging file')}: ${findingsLabel(counts.errors + counts.warnings + counts.infos)} (${n(counts.errors, 'error')}, ${n(counts.warnings, 'warning')}, ${n(counts.infos, 'info')}).`;
  void vscode.window.showInformationMessage(message, 'Show Problems').then((pick) => {
    if (pick) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return counts;
}
