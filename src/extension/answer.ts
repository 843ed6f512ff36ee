import * as vscode from 'vscode';
import { SIGNAL_NAMES } from '../core/names';
import { signalsEdit } from '../core/signals-edit';
import { SIGNALS, type Signal } from '../core/types';
import type { Analyzer } from './analysis';
import { KEYS } from './vocabulary';

export const ANSWER_SIGNALS = 'packagingPlanner.answerSignals';

/**
 * "Answer the packaging test…": a multi-select of the six signals with what each means; writes the picked ones as
 * `true` and nothing else, so no answer is made up for the PM. `chosen` skips the picker (tests, keybindings).
 */
export function registerAnswerSignals(analyzer: Analyzer): vscode.Disposable {
  return vscode.commands.registerCommand(
    ANSWER_SIGNALS,
    async (uri: vscode.Uri, featureId: string, chosen?: Signal[]): Promise<boolean> => {
      const doc = await vscode.workspace.openTextDocument(uri);
      let picked = chosen;
      if (!picked) {
        const docs = KEYS['features.#.signals'] ?? [];
        const items = SIGNALS.map((s) => ({
          label: SIGNAL_NAMES[s],
          description: s,
          detail: docs.find((t) => t.name === s)?.doc,
          signal: s,
        }));
        const answer = await vscode.window.showQuickPick(items, {
          canPickMany: true,
          title: `Packaging test for "${featureId}"`,
          placeHolder: 'Which of these does the feature have? Pick none if nothing argues for a side.',
          ignoreFocusOut: true,
        });
        if (!answer) return false;
        picked = answer.map((a) => a.signal);
      }
      const edit = signalsEdit(doc.getText(), analyzer.get(doc), featureId, picked, analyzer.options);
      if (!edit) {
        void vscode.window.showWarningMessage(
          `Packaging Planner: could not write the signals of "${featureId}" here.`,
        );
        return false;
      }
      const we = new vscode.WorkspaceEdit();
      we.replace(
        uri,
        new vscode.Range(doc.positionAt(edit.span.start), doc.positionAt(edit.span.end)),
        edit.newText,
      );
      return vscode.workspace.applyEdit(we);
    },
  );
}
