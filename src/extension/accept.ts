import * as vscode from 'vscode';
import { reasonProblem } from '../core/format/reason';
import { ACCEPT_FINDING, type PackagingServer, SERVER_ACCEPT_FINDING } from './server';

export { ACCEPT_FINDING };

/** What identifies a finding across edits elsewhere in the file (its range may move). */
export interface FindingKey {
  rule: string;
  feature?: string;
  message: string;
}

/**
 * "Accept this finding…": asks for the team's reason, then the server writes the `accept` entry as one minimal,
 * verified edit against the text as it is after the prompt (the user may have typed meanwhile). `reason` skips the
 * prompt (tests, keybindings). Resolves to true when the entry was written.
 */
export function registerAcceptFinding(server: PackagingServer): vscode.Disposable {
  return vscode.commands.registerCommand(
    ACCEPT_FINDING,
    async (uri: vscode.Uri | string, key: FindingKey, reason?: string): Promise<boolean> => {
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
      // the server says why when it cannot (a window/showMessage warning)
      const r = await server.executeCommand<{ applied?: boolean } | null>(SERVER_ACCEPT_FINDING, [
        uri.toString(),
        key,
        given,
      ]);
      return r?.applied === true;
    },
  );
}
