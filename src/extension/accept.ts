import * as vscode from 'vscode';
import { acceptEdit, reasonProblem } from '../core/accept';
import type { Diagnostic } from '../core/types';
import type { Analyzer } from './analysis';

export const ACCEPT_FINDING = 'packagingPlanner.acceptFinding';

/** What identifies a finding across edits elsewhere in the file (its range may move). */
export interface FindingKey {
  rule: string;
  feature?: string;
  message: string;
}

export const findingKey = (d: Diagnostic): FindingKey => ({
  rule: d.rule,
  ...(d.feature !== undefined ? { feature: d.feature } : {}),
  message: d.message,
});

/**
 * "Accept this finding…": asks for the team's reason, then writes the `accept` entry as one minimal, verified edit
 * against the text as it is after the prompt (the user may have typed meanwhile). `reason` skips the prompt (tests,
 * keybindings). Resolves to true when the entry was written.
 */
export function registerAcceptFinding(analyzer: Analyzer): vscode.Disposable {
  return vscode.commands.registerCommand(
    ACCEPT_FINDING,
    async (uri: vscode.Uri, key: FindingKey, reason?: string): Promise<boolean> => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const given =
        reason ??
        (await vscode.window.showInputBox({
          title: `Accept ${key.rule}`,
          prompt:
            'Why does the team accept this finding? Reviewers see this reason; the finding stops counting.',
          placeHolder: 'e.g. Guests join free; three boards is the wall.',
          ignoreFocusOut: true,
          validateInput: (v) => reasonProblem(v) ?? null,
        }));
      if (given === undefined) return false;
      const problem = reasonProblem(given);
      if (problem) {
        void vscode.window.showErrorMessage(`Packaging Planner: not accepted. ${problem}`);
        return false;
      }
      const version = doc.version;
      const text = doc.getText();
      const result = analyzer.get(doc);
      const d = result.diagnostics.find(
        (x) => x.rule === key.rule && x.feature === key.feature && x.message === key.message,
      );
      if (!d) {
        void vscode.window.showWarningMessage(
          `Packaging Planner: the ${key.rule} finding is gone; nothing to accept.`,
        );
        return false;
      }
      const edit = acceptEdit(text, result, d, given, analyzer.options);
      if (!edit) {
        void vscode.window.showWarningMessage(
          `Packaging Planner: could not write an accept entry for ${key.rule} safely here; add it by hand.`,
        );
        return false;
      }
      if (doc.version !== version) return false;
      const we = new vscode.WorkspaceEdit();
      we.replace(
        doc.uri,
        new vscode.Range(doc.positionAt(edit.span.start), doc.positionAt(edit.span.end)),
        edit.newText,
      );
      return vscode.workspace.applyEdit(we);
    },
  );
}
