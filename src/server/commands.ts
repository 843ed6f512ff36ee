// Commands the server executes: accept a finding with the team's reason, answer the packaging test with the
// signals the PM picked (each one verified edit through workspace/applyEdit), reveal a feature's placement.
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { acceptEdit, reasonProblem } from '../core/edit/accept';
import { signalsEdit } from '../core/edit/signals';
import { SIGNALS, type Signal } from '../core/types';
import * as features from './features';
import {
  ACCEPT_FINDING,
  ANSWER_SIGNALS,
  REVEAL_FEATURE,
  SERVER_ACCEPT_FINDING,
  SERVER_ANSWER_SIGNALS,
} from './methods';
import { type Session, toLspEdits } from './session';

/** What identifies a finding across edits elsewhere in the file (its range may move). */
export interface FindingKey {
  rule: string;
  feature?: string;
  message: string;
}

/** The commands the server registers: one the client runs itself is not registered too (it would clash). */
export function serverCommands(clientCommands: ReadonlySet<string>): string[] {
  return [
    clientCommands.has(ACCEPT_FINDING) ? SERVER_ACCEPT_FINDING : ACCEPT_FINDING,
    ...(clientCommands.has(ANSWER_SIGNALS) ? [SERVER_ANSWER_SIGNALS] : []),
    ...(clientCommands.has(REVEAL_FEATURE) ? [] : [REVEAL_FEATURE]),
  ];
}

export function registerCommands(s: Session): void {
  const { connection, analyses } = s;

  connection.onExecuteCommand(async (p) => {
    if (p.command === REVEAL_FEATURE) return revealFeature(p.arguments ?? []);
    if (p.command === ANSWER_SIGNALS || p.command === SERVER_ANSWER_SIGNALS)
      return answerSignals(p.arguments ?? []);
    if (p.command !== ACCEPT_FINDING && p.command !== SERVER_ACCEPT_FINDING) return undefined;
    const [uri, key, reason] = (p.arguments ?? []) as [unknown, Partial<FindingKey> | undefined, unknown];
    const say = (message: string) => {
      // a notification: showWarningMessage is a request, and a client that does not answer it must not matter
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Packaging Planner: ${message}`,
      });
      return { applied: false, message };
    };
    if (typeof uri !== 'string' || !key || typeof key.rule !== 'string')
      return say('accept: no finding given.');
    if (typeof reason !== 'string')
      return say(
        `accepting ${key.rule} needs the team's reason: run the command with the reason as its third argument, or write \`accept: { ${key.rule}: REASON }\`.`,
      );
    const problem = reasonProblem(reason);
    if (problem) return say(`not accepted. ${problem}`);
    const doc = s.docOf(uri);
    const result = doc && analyses.result(doc);
    if (!doc || !result) return say('the file is not open.');
    const d = result.diagnostics.find(
      (x) => x.rule === key.rule && x.feature === key.feature && x.message === key.message,
    );
    if (!d) return say(`the ${key.rule} finding is gone; nothing to accept.`);
    const edit = acceptEdit(doc.getText(), result, d, reason, analyses.checkOptions);
    if (!edit) return say(`could not write an accept entry for ${key.rule} safely here; add it by hand.`);
    const applied = await connection.workspace.applyEdit({
      label: `Accept ${key.rule}`,
      edit: s.workspaceEdit(doc, toLspEdits(doc, [edit])),
    });
    return { applied: applied.applied };
  });

  /** Writes `true` for the signals the PM picked and nothing else, as one verified edit. */
  async function answerSignals([uri, featureId, picked]: unknown[]) {
    const doc = typeof uri === 'string' ? s.docOf(uri) : undefined;
    const result = doc && analyses.result(doc);
    const signals = Array.isArray(picked)
      ? picked.filter((x): x is Signal => (SIGNALS as readonly unknown[]).includes(x))
      : undefined;
    if (
      !doc ||
      !result ||
      typeof featureId !== 'string' ||
      !signals ||
      signals.length !== (picked as unknown[]).length
    )
      return {
        applied: false,
        message: 'answer: a document, a feature id and a list of signals are needed.',
      };
    const edit = signalsEdit(doc.getText(), result, featureId, signals, analyses.checkOptions);
    if (!edit) return { applied: false, message: `could not write the signals of "${featureId}" here.` };
    const applied = await connection.workspace.applyEdit({
      label: `Answer the packaging test for ${featureId}`,
      edit: s.workspaceEdit(doc, toLspEdits(doc, [edit])),
    });
    return { applied: applied.applied };
  }

  /** A feature lens's "show why": the editor selects the feature's placement, where the hover explains it. */
  async function revealFeature([uri, featureId]: unknown[]) {
    const doc = typeof uri === 'string' ? s.docOf(uri) : undefined;
    const result = doc && analyses.result(doc);
    const selection =
      result && typeof featureId === 'string' && features.featureAnchor(doc, result, featureId);
    if (!doc || !selection || !s.can.showDocument) return { shown: false };
    const r = await connection.window.showDocument({ uri: doc.uri, selection, takeFocus: true });
    return { shown: r.success };
  }
}
