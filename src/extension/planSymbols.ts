// Plan ids as symbols in the text editor: rename (updates `plan:`, add-ons' `from:` and every `limits:` key)
// and find references. The edits and occurrences come from the core (src/core/plan-ids.ts).

import * as vscode from 'vscode';
import { PLAN_ID, planIdAt, planIdOccurrences, renamePlanEdits } from '../core/plan-ids';
import type { Analyzer } from './analysis';

export function registerPlanSymbols(
  analyzer: Analyzer,
  selector: vscode.DocumentSelector,
): vscode.Disposable {
  const at = (doc: vscode.TextDocument, pos: vscode.Position) => {
    const result = analyzer.get(doc);
    const offset = doc.offsetAt(pos);
    const id = planIdAt(result, offset);
    return id === undefined ? undefined : { id, result, offset };
  };
  return vscode.Disposable.from(
    vscode.languages.registerRenameProvider(selector, {
      prepareRename(doc, pos) {
        const hit = at(doc, pos);
        if (!hit) throw new Error('Only plan ids can be renamed here.');
        const o = planIdOccurrences(hit.result, hit.id).find(
          (x) => x.span.start <= hit.offset && hit.offset <= x.span.end,
        )!;
        // the id without its quotes
        const src = doc.getText().slice(o.span.start, o.span.end);
        const q = /^["']/.test(src) ? 1 : 0;
        return {
          range: new vscode.Range(doc.positionAt(o.span.start + q), doc.positionAt(o.span.end - q)),
          placeholder: hit.id,
        };
      },
      provideRenameEdits(doc, pos, newName) {
        const hit = at(doc, pos);
        if (!hit) return undefined;
        if (!PLAN_ID.test(newName))
          throw new Error('A plan id is lowercase letters, digits and dashes, starting with a letter.');
        if (newName !== hit.id && hit.result.model?.planIds.has(newName))
          throw new Error(`There is already a plan "${newName}".`);
        const edit = new vscode.WorkspaceEdit();
        for (const e of renamePlanEdits(doc.getText(), hit.result, hit.id, newName))
          edit.replace(
            doc.uri,
            new vscode.Range(doc.positionAt(e.span.start), doc.positionAt(e.span.end)),
            e.newText,
          );
        return edit;
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(doc, pos, context) {
        const hit = at(doc, pos);
        if (!hit) return undefined;
        return planIdOccurrences(hit.result, hit.id)
          .filter((o) => context.includeDeclaration || o.kind !== 'definition')
          .map(
            (o) =>
              new vscode.Location(
                doc.uri,
                new vscode.Range(doc.positionAt(o.span.start), doc.positionAt(o.span.end)),
              ),
          );
      },
    }),
  );
}
