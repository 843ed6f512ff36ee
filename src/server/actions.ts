// Code actions: for each finding of ours in the request, the verified fixes and suggestions (their edits attached
// on resolve while the text is still the one they were computed for), "Accept this finding…", "Answer the
// packaging test…" and "Explain rule".
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver';
import { canAccept } from '../core/edit/accept';
import { verifiedEditsFor } from '../core/edit/verify';
import type { TextEdit as CoreTextEdit, Span } from '../core/types';
import type { FindingKey } from './commands';
import { shown, toLspDiagnostic } from './diagnostics';
import { ACCEPT_FINDING, ANSWER_SIGNALS, OPEN_RULE_DOC, SOURCE } from './methods';
import { invalidParams, isRange, isRec, rangeOf, uriOf } from './params';
import { lspRange, type Session, toLspEdits } from './session';

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

/** Data a code action carries until resolve: the edits and the version they were computed against. */
interface PendingFix {
  uri: string;
  version: number;
  edits: { span: Span; newText: string }[];
}

export function registerCodeActions(s: Session): void {
  const { connection, analyses, documents } = s;

  connection.onCodeAction(async (p, token) => {
    const uri = uriOf(p);
    const range = rangeOf(p);
    const given = p.context?.diagnostics;
    if (given !== undefined && !Array.isArray(given))
      throw invalidParams('context.diagnostics: a list of diagnostics is needed.');
    const c = await s.checked(uri, token);
    if (!c) return [];
    const { doc, result } = c;
    const text = doc.getText();
    // the client's diagnostics of ours; a client that sends none (Neovim without a diagnostic on the line,
    // Helix) gets the server's own at the range
    let ours = (given ?? []).filter((d) => isRec(d) && d.source === SOURCE && isRange(d.range));
    if (!ours.length) {
      const from = doc.offsetAt(range.start);
      const to = doc.offsetAt(range.end);
      ours = result.diagnostics
        // an accepted finding offers nothing (spec 4.5), so a cursor on one shows no light bulb
        .filter(
          (d) => d.span.start <= to && from <= d.span.end && d.accepted === undefined && shown(d, s.settings),
        )
        .map((d) => toLspDiagnostic(d, doc, s.env));
    }
    const actions: CodeAction[] = [];
    const offer = (title: string, diag: Diagnostic, edits: readonly CoreTextEdit[], preferred: boolean) => {
      const pending: PendingFix = {
        uri: doc.uri,
        version: doc.version,
        edits: edits.map((e) => ({ span: e.span, newText: e.newText })),
      };
      const action: CodeAction = {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        isPreferred: preferred,
      };
      // With resolve, the edit is attached only while the text is still the one it was computed for.
      if (s.can.resolveEdits) action.data = pending;
      else action.edit = s.workspaceEdit(doc, toLspEdits(doc, pending.edits));
      actions.push(action);
    };
    for (const vd of ours) {
      const core = result.diagnostics.find(
        (d) => d.rule === vd.code && sameRange(lspRange(doc, d.span), vd.range),
      );
      if (!core) continue; // the diagnostic is from an older version of the text
      if (canAccept(core)) {
        const key: FindingKey = {
          rule: core.rule,
          ...(core.feature !== undefined ? { feature: core.feature } : {}),
          message: core.message,
        };
        actions.push({
          title: `Accept this finding (${core.rule})…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [vd],
          command: { title: 'Accept this finding…', command: ACCEPT_FINDING, arguments: [doc.uri, key] },
        });
      }
      // the PM picks the signals that apply (a multi-select only the client can show): never a silent default
      if (
        core.rule === 'unclassified-feature' &&
        core.feature !== undefined &&
        core.accepted === undefined &&
        s.clientCommands.has(ANSWER_SIGNALS)
      )
        actions.push({
          title: `Answer the packaging test for "${core.feature}"…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [vd],
          command: {
            title: 'Answer the packaging test…',
            command: ANSWER_SIGNALS,
            arguments: [doc.uri, core.feature],
          },
        });
      // Fixes, then suggestions, each applied in memory and re-checked; only a fix may be preferred, and
      // nothing is offered for an accepted finding (the core's verifiedEditsFor, spec 5.1).
      for (const e of verifiedEditsFor(text, result, core, analyses.checkOptions))
        offer(e.title, vd, e.edits, e.preferred && e.kind === 'fix');
      // as ESLint does: every finding can open its rule's page, where the client can show one
      if (s.clientCommands.has(OPEN_RULE_DOC))
        actions.push({
          title: `Explain rule ${core.rule}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [vd],
          command: { title: `Explain rule ${core.rule}`, command: OPEN_RULE_DOC, arguments: [core.rule] },
        });
    }
    return actions;
  });

  connection.onCodeActionResolve((action) => {
    const pending = action.data as PendingFix | undefined;
    if (!pending || typeof pending.uri !== 'string' || !Array.isArray(pending.edits)) return action;
    const doc = documents.get(pending.uri);
    // stale: no edit, so nothing is written at offsets of another text
    if (!doc || doc.version !== pending.version) return action;
    action.edit = s.workspaceEdit(doc, toLspEdits(doc, pending.edits));
    return action;
  });
}
