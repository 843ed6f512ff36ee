import * as vscode from 'vscode';
import { ANSWER_SIGNALS, type PackagingServer, SERVER_ANSWER_SIGNALS } from './server';

export { ANSWER_SIGNALS };

/**
 * "Answer the packaging test…": a multi-select of the six yes/no questions (spec §3.1), none ticked; the server
 * writes the ticked ones as `true` and nothing else, so no answer is made up for the PM. `chosen` skips the
 * picker (tests, keybindings).
 */
export function registerAnswerSignals(server: PackagingServer): vscode.Disposable {
  return vscode.commands.registerCommand(
    ANSWER_SIGNALS,
    async (uri: vscode.Uri | string, featureId: string, chosen?: string[]): Promise<boolean> => {
      let picked = chosen;
      if (!picked) {
        const { signals } = await server.vocabulary();
        const answer = await vscode.window.showQuickPick(
          signals.map((s) => ({ label: s.short, description: s.id, detail: s.question, signal: s.id })),
          {
            canPickMany: true,
            title: `Packaging test for "${featureId}": tick each question the answer is plainly yes to`,
            placeHolder:
              'Answer for what the feature is for your typical customer, not where it sits today. Tick none if no answer is yes.',
            ignoreFocusOut: true,
          },
        );
        if (!answer) return false;
        picked = answer.map((a) => a.signal);
      }
      const r = await server.executeCommand<{ applied?: boolean; message?: string } | null>(
        SERVER_ANSWER_SIGNALS,
        [uri.toString(), featureId, picked],
      );
      if (r?.applied !== true && r?.message)
        void vscode.window.showWarningMessage(`Packaging Planner: ${r.message}`);
      return r?.applied === true;
    },
  );
}
