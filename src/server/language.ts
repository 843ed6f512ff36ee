// Language features: hover, inlay hints, lenses, completion, definition, references, symbols and rename, each over
// the one analysis of the document's version (the values themselves are built in features.ts).
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { planRefAt, planRefs, renamePlanEdits } from '../core/edit/plan-ids';
import { ID_PATTERN } from '../core/format/schema';
import * as features from './features';
import { hover } from './hover';
import { OPEN_MATRIX } from './methods';
import { idOf, positionOf, rangeOf, uriOf } from './params';
import { type Session, toLspEdits } from './session';

export function registerLanguageFeatures(s: Session): void {
  const { connection, analyses } = s;

  connection.onHover(async (p, token) => {
    const position = positionOf(p);
    const c = await s.checked(uriOf(p), token);
    return c
      ? hover(c.doc, c.result, position, { ...s.env, hoverShowsDiagnostics: s.can.hoverShowsDiagnostics })
      : null;
  });

  connection.languages.inlayHint.on(async (p, token) => {
    const range = rangeOf(p);
    const c = await s.checked(uriOf(p), token);
    return c ? features.inlayHints(c.doc, c.result, range, s.settings.inlayHints) : [];
  });

  connection.onCodeLens(async (p, token) => {
    const c = await s.checked(uriOf(p), token);
    return c
      ? features.codeLenses(c.doc, c.result, {
          openMatrix: s.clientCommands.has(OPEN_MATRIX),
          mode: s.settings.codeLens,
          codicons: s.can.codicons,
        })
      : [];
  });

  connection.onCompletion(async (p, token) => {
    const position = positionOf(p);
    // completions work on broken text too: no check needed when the plan ids are known
    const doc = await s.current(uriOf(p), token);
    if (!doc) return null;
    return features.completions(doc, position, {
      planIds: analyses.planIds(doc),
      result: analyses.result(doc),
      snippets: s.can.snippets,
    });
  });

  connection.onDefinition(async (p, token) => {
    const position = positionOf(p);
    const c = await s.checked(uriOf(p), token);
    return c ? features.definition(c.doc, c.result, position) : null;
  });

  connection.onReferences(async (p, token) => {
    const position = positionOf(p);
    const withDeclaration = p.context?.includeDeclaration === true;
    const c = await s.checked(uriOf(p), token);
    return c ? features.references(c.doc, c.result, position, withDeclaration) : null;
  });

  connection.onDocumentSymbol(async (p, token) => {
    const c = await s.checked(uriOf(p), token);
    return c ? features.documentSymbols(c.doc, c.result) : [];
  });

  connection.onPrepareRename(async (p, token) => {
    const position = positionOf(p);
    const c = await s.checked(uriOf(p), token);
    if (!c || c.result.syntaxError) return null;
    const ref = planRefAt(planRefs(c.result), c.doc.offsetAt(position));
    return ref ? { range: features.rangeOf(c.doc, ref.node)!, placeholder: ref.id } : null;
  });

  connection.onRenameRequest(async (p, token) => {
    const position = positionOf(p);
    const newName = idOf(p, 'newName');
    const c = await s.checked(uriOf(p), token);
    if (!c || c.result.syntaxError) return null;
    const refs = planRefs(c.result);
    const at = planRefAt(refs, c.doc.offsetAt(position));
    if (!at) return null;
    const to = newName.trim();
    if (!ID_PATTERN.test(to))
      throw new ResponseError(
        LSPErrorCodes.RequestFailed,
        `"${to}" is not a plan id: lowercase letters, digits and dashes.`,
      );
    if (to !== at.id && refs.some((r) => r.kind === 'definition' && r.id === to))
      throw new ResponseError(LSPErrorCodes.RequestFailed, `There is a plan "${to}" already.`);
    // the core's rename (the matrix and the CLI use it too): quoting kept, a trailing comment stays aligned
    return s.workspaceEdit(c.doc, toLspEdits(c.doc, renamePlanEdits(c.doc.getText(), c.result, at.id, to)));
  });
}
