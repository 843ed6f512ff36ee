import * as vscode from 'vscode';
import type { Node } from 'yaml';
import { canAccept, removeAcceptEdit } from '../core/accept';
import { isMismatch } from '../core/classify';
import { priceLabel } from '../core/matrix';
import { RECOMMENDATION_NAMES } from '../core/names';
import { featureSummary, hintLabel, hoverSections, md, whyParagraph } from '../core/render/hover';
import { RULES_BY_ID } from '../core/rules';
import { suggestionFixes } from '../core/suggest-edit';
import type { TextEdit } from '../core/types';
import { verifiedFixesFor, verifyEdits } from '../core/verify';
import { ACCEPT_FINDING, findingKey } from './accept';
import type { Analyzer } from './analysis';
import { ANSWER_SIGNALS } from './answer';
import { ruleDocUri, SOURCE } from './diagnostics';
import { registerPlanSymbols } from './planSymbols';
import { KEYS, keyTerm, pathKey, VALUES, valuesFor } from './vocabulary';
import { contextAt, lineInfo } from './yamlContext';

/** Quick fixes offered but not yet resolved: the document version their edits were computed against. */
const pendingFixes = new WeakMap<
  vscode.CodeAction,
  { doc: vscode.TextDocument; version: number; edits: readonly TextEdit[] }
>();

export const REVEAL_FEATURE = 'packagingPlanner.revealFeature';
export const OPEN_MATRIX = 'packagingPlanner.openMatrix';
export const OPEN_RULE_DOC = 'packagingPlanner.openRuleDoc';

const BLOCK_KEYS = new Set([
  'product',
  'growth',
  'plans',
  'features',
  'rules',
  'signals',
  'limits',
  'freemiumGoals',
]);

function rangeOf(doc: vscode.TextDocument, node: Node | null | undefined): vscode.Range | undefined {
  const r = node?.range;
  return r ? new vscode.Range(doc.positionAt(r[0]), doc.positionAt(r[1])) : undefined;
}

function within(node: Node | null | undefined, offset: number): boolean {
  const r = node?.range;
  return !!r && offset >= r[0] && offset <= r[1];
}

export { isMismatch };

/** "## Why" of each rule's doc page, read once from the extension's files. */
class RuleDocs {
  private readonly cache = new Map<string, Promise<string | undefined>>();
  constructor(private readonly extensionUri: vscode.Uri) {}

  why(rule: string): Promise<string | undefined> {
    let p = this.cache.get(rule);
    if (!p) {
      p = Promise.resolve(vscode.workspace.fs.readFile(ruleDocUri(this.extensionUri, rule))).then(
        (bytes) => {
          return whyParagraph(new TextDecoder().decode(bytes));
        },
        () => undefined,
      );
      this.cache.set(rule, p);
    }
    return p;
  }
}

export function registerProviders(
  analyzer: Analyzer,
  extensionUri: vscode.Uri,
  inlayChanged: vscode.Event<void>,
): vscode.Disposable {
  const selector = analyzer.documentSelector;
  const docs = new RuleDocs(extensionUri);
  const disposables: vscode.Disposable[] = [];

  disposables.push(
    registerPlanSymbols(analyzer, selector),
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(doc, pos) {
        const result = analyzer.get(doc);
        const offset = doc.offsetAt(pos);
        let feature: vscode.MarkdownString | undefined;
        const findings: vscode.MarkdownString[] = [];
        let range: vscode.Range | undefined;
        const model = result.model;
        const f = model?.features.find(
          (x) => within(x.idNode, offset) || within(x.planNode, offset) || within(x.signalsNode, offset),
        );
        if (f && model) {
          const plan = model.plans.find((p) => p.id === f.plan);
          const own = result.diagnostics.filter((d) => d.feature === f.id);
          feature = new vscode.MarkdownString(featureSummary(f, plan?.name, own, doc.getText()));
        }
        for (const d of result.diagnostics) {
          if (offset < d.span.start || offset > d.span.end) continue;
          const rule = RULES_BY_ID.get(d.rule);
          const why = await docs.why(d.rule);
          // the rule's page opens rendered (Markdown preview), not as its source
          const link = `command:${OPEN_RULE_DOC}?${encodeURIComponent(JSON.stringify([d.rule]))}`;
          const md = new vscode.MarkdownString(
            `**${d.rule}** (${d.severity})${rule ? `: ${rule.description}` : ''}\n\n${why ? `${why}\n\n` : ''}[Why and how to fix](${link})`,
          );
          md.isTrusted = { enabledCommands: [OPEN_RULE_DOC] };
          findings.push(md);
          range ??= new vscode.Range(
            d.range.start.line,
            d.range.start.character,
            d.range.end.line,
            d.range.end.character,
          );
        }
        const term = termAt(doc, pos);
        if (term) range ??= term.range;
        // what the cursor is on leads, then the findings there, then the feature when a term led
        const parts = hoverSections({
          term: term ? new vscode.MarkdownString(term.markdown) : undefined,
          feature,
          findings,
        });
        return parts.length ? new vscode.Hover(parts, range) : undefined;
      },
    }),

    vscode.languages.registerInlayHintsProvider(selector, {
      onDidChangeInlayHints: inlayChanged,
      provideInlayHints(doc, range) {
        const mode = analyzer.currentSettings.inlayHints;
        if (mode === 'off') return [];
        const model = analyzer.get(doc).model;
        if (!model) return [];
        const hints: vscode.InlayHint[] = [];
        for (const f of model.features) {
          if (f.recommendation === 'unclassified' || f.side === null || !f.planNode?.range) continue;
          if (mode === 'mismatches' && !isMismatch(f.recommendation, f.side)) continue;
          const at = doc.positionAt(f.planNode.range[1]);
          if (!range.contains(at)) continue;
          const hint = new vscode.InlayHint(at, hintLabel(f));
          hint.paddingLeft = true;
          hint.tooltip = new vscode.MarkdownString(
            `The packaging test recommends **${RECOMMENDATION_NAMES[f.recommendation]}** for ${md(f.name)}; it is on the ${f.side} side.`,
          );
          hints.push(hint);
        }
        return hints;
      },
    }),

    vscode.languages.registerCodeLensProvider(selector, {
      onDidChangeCodeLenses: inlayChanged,
      provideCodeLenses(doc) {
        // packagingPlanner.codeLens: all | findings (only features with findings) | off
        const mode = analyzer.currentSettings.codeLens;
        if (mode === 'off') return [];
        const result = analyzer.get(doc);
        const model = result.model;
        if (!model) return [];
        const lenses: vscode.CodeLens[] = [];
        const plansKey = /^plans[ \t]*:/m.exec(doc.getText());
        if (plansKey) {
          const at = doc.positionAt(plansKey.index);
          lenses.push(
            new vscode.CodeLens(new vscode.Range(at, at), {
              title: '$(table) Open matrix',
              tooltip: 'Open the free/paid matrix of this file',
              command: OPEN_MATRIX,
              arguments: [doc.uri],
            }),
          );
        }
        for (const f of model.features) {
          const r = rangeOf(doc, f.node);
          if (!r) continue;
          const n = result.diagnostics.filter((d) => d.feature === f.id).length;
          if (mode === 'findings' && n === 0) continue;
          const side = f.side ?? 'unknown plan';
          const rec =
            f.recommendation === 'unclassified' ? 'unclassified' : `recommended ${f.recommendation}`;
          lenses.push(
            new vscode.CodeLens(new vscode.Range(r.start, r.start), {
              title: `${side} · ${rec} · ${n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`}`,
              tooltip: 'Show why',
              command: REVEAL_FEATURE,
              arguments: [doc.uri, f.id],
            }),
          );
        }
        return lenses;
      },
    }),

    vscode.languages.registerCompletionItemProvider(
      selector,
      {
        provideCompletionItems(doc, pos) {
          return completions(analyzer, doc, pos);
        },
      },
      ' ',
    ),

    vscode.languages.registerDefinitionProvider(selector, {
      provideDefinition(doc, pos) {
        const model = analyzer.get(doc).model;
        if (!model) return undefined;
        const offset = doc.offsetAt(pos);
        for (const f of model.features) {
          let target: string | undefined;
          if (within(f.planNode, offset)) target = f.plan;
          else for (const [id, pair] of f.limitPairs) if (within(pair.key, offset)) target = id;
          if (target === undefined) continue;
          const plan = model.plans.find((p) => p.id === target);
          const r = rangeOf(doc, plan?.idNode);
          return r ? new vscode.Location(doc.uri, r) : undefined;
        }
        return undefined;
      },
    }),

    vscode.languages.registerDocumentSymbolProvider(selector, {
      provideDocumentSymbols(doc) {
        const model = analyzer.get(doc).model;
        if (!model) return [];
        const group = (name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]) => {
          const text = doc.getText();
          const m = new RegExp(`^${name}[ \\t]*:`, 'm').exec(text);
          if (!m) return undefined;
          const start = doc.positionAt(m.index);
          const last = children[children.length - 1];
          const end = last ? last.range.end : start.translate(0, name.length);
          const s = new vscode.DocumentSymbol(
            name,
            '',
            kind,
            new vscode.Range(start, end),
            new vscode.Range(start, start.translate(0, name.length)),
          );
          s.children = children;
          return s;
        };
        const item = (
          name: string,
          detail: string,
          kind: vscode.SymbolKind,
          node: Node,
          sel: Node,
        ): vscode.DocumentSymbol | undefined => {
          const r = rangeOf(doc, node);
          const s = rangeOf(doc, sel);
          return r && s ? new vscode.DocumentSymbol(name, detail, kind, r.union(s), s) : undefined;
        };
        const plans = model.plans
          .map((p) =>
            item(
              p.name,
              p.price === 'contact-sales' ? 'contact sales' : p.free ? 'free' : String(p.price),
              vscode.SymbolKind.Class,
              p.node,
              p.idNode,
            ),
          )
          .filter((s): s is vscode.DocumentSymbol => !!s);
        const features = model.features
          .map((f) =>
            item(f.name, `${f.plan} · ${f.recommendation}`, vscode.SymbolKind.Field, f.node, f.idNode),
          )
          .filter((s): s is vscode.DocumentSymbol => !!s);
        return [
          group('growth', vscode.SymbolKind.Module, []),
          group('plans', vscode.SymbolKind.Namespace, plans),
          group('features', vscode.SymbolKind.Namespace, features),
        ].filter((s): s is vscode.DocumentSymbol => !!s);
      },
    }),

    vscode.languages.registerCodeActionsProvider(
      selector,
      {
        provideCodeActions(doc, _range, context) {
          const ours = context.diagnostics.filter((d) => d.source === SOURCE);
          if (!ours.length) return [];
          const result = analyzer.get(doc);
          const text = doc.getText();
          const actions: vscode.CodeAction[] = [];
          for (const vd of ours) {
            const rule = typeof vd.code === 'object' ? String(vd.code.value) : String(vd.code);
            const core = result.diagnostics.find(
              (d) =>
                d.rule === rule &&
                d.range.start.line === vd.range.start.line &&
                d.range.start.character === vd.range.start.character &&
                d.range.end.line === vd.range.end.line &&
                d.range.end.character === vd.range.end.character,
            );
            if (!core) continue; // the diagnostic is from an older version of the text
            if (canAccept(core)) {
              const accept = new vscode.CodeAction(
                `Accept this finding (${rule})…`,
                vscode.CodeActionKind.QuickFix,
              );
              accept.diagnostics = [vd];
              accept.command = {
                command: ACCEPT_FINDING,
                title: 'Accept this finding…',
                arguments: [doc.uri, findingKey(core)],
              };
              actions.push(accept);
            }
            if (core.rule === 'unclassified-feature' && core.feature !== undefined) {
              const answer = new vscode.CodeAction(
                `Answer the packaging test for "${core.feature}"…`,
                vscode.CodeActionKind.QuickFix,
              );
              answer.diagnostics = [vd];
              answer.command = {
                command: ANSWER_SIGNALS,
                title: 'Answer the packaging test…',
                arguments: [doc.uri, core.feature],
              };
              actions.push(answer);
            }
            if (core.rule === 'unused-accept') {
              const edit = removeAcceptEdit(text, result, core, analyzer.options);
              if (edit) {
                const remove = new vscode.CodeAction(
                  'Remove unused accept entry',
                  vscode.CodeActionKind.QuickFix,
                );
                remove.diagnostics = [vd];
                remove.isPreferred = true;
                pendingFixes.set(remove, { doc, version: doc.version, edits: [edit] });
                actions.push(remove);
              }
            }
            // Only fixes that were applied in memory and re-checked are offered: none can break the file.
            const suggested = suggestionFixes(text, result, core).filter(
              (f) => verifyEdits(text, result, f.edits, [core], analyzer.options).ok,
            );
            for (const fix of [...suggested, ...verifiedFixesFor(text, result, core, analyzer.options)]) {
              const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
              action.diagnostics = [vd];
              // with a measured suggestion, the blank skeleton is the second choice
              action.isPreferred = fix.preferred && (suggested.length === 0 || suggested.includes(fix));
              // The edit is attached on resolve, and only while the text is still the one it was computed for:
              // an action held while the user types never writes at stale offsets.
              pendingFixes.set(action, { doc, version: doc.version, edits: fix.edits });
              actions.push(action);
            }
            // as ESLint does: every finding can open its rule's page (rendered)
            const explain = new vscode.CodeAction(`Explain rule ${rule}`, vscode.CodeActionKind.QuickFix);
            explain.diagnostics = [vd];
            explain.command = { command: OPEN_RULE_DOC, title: `Explain rule ${rule}`, arguments: [rule] };
            actions.push(explain);
          }
          return actions;
        },
        resolveCodeAction(action) {
          const pending = pendingFixes.get(action);
          if (!pending || pending.doc.isClosed || pending.doc.version !== pending.version) return action;
          const edit = new vscode.WorkspaceEdit();
          for (const e of pending.edits) {
            edit.replace(
              pending.doc.uri,
              new vscode.Range(pending.doc.positionAt(e.span.start), pending.doc.positionAt(e.span.end)),
              e.newText,
            );
          }
          action.edit = edit;
          return action;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
  return vscode.Disposable.from(...disposables);
}

/** Meaning of the key or enum value under the cursor. */
function termAt(
  doc: vscode.TextDocument,
  pos: vscode.Position,
): { markdown: string; range: vscode.Range } | undefined {
  const line = doc.lineAt(pos.line).text;
  const info = lineInfo(line);
  if (!info) return undefined;
  const word = doc.getWordRangeAtPosition(pos, /[\w-]+/);
  if (!info.key) {
    // `- poc`: an item of a list of enum values (freemiumGoals)
    if (!info.dashes.length || !word) return undefined;
    const ctx = contextAt(doc.getText(), pos.line, info.col);
    const value = doc.getText(word);
    const v = ctx.kind === 'item' ? VALUES[pathKey(ctx.path)]?.find((x) => x.name === value) : undefined;
    return v ? { markdown: `\`${value}\`: ${v.doc}`, range: word } : undefined;
  }
  const keyEnd = info.col + info.key.length;
  const ctx = contextAt(doc.getText(), pos.line, info.col);
  const path = info.dashes.length && !ctx.path.includes('#') ? [...ctx.path, '#'] : ctx.path;
  if (pos.character >= info.col && pos.character <= keyEnd) {
    const term = keyTerm(path, info.key) ?? wildcardKey(path, info.key);
    if (!term) return undefined;
    return {
      markdown: `\`${info.key}\`: ${term.doc}`,
      range: new vscode.Range(pos.line, info.col, pos.line, keyEnd),
    };
  }
  const valueStart = line.indexOf(info.rest ?? '\u0000', keyEnd);
  if (
    !info.rest ||
    valueStart < 0 ||
    pos.character < valueStart ||
    pos.character > valueStart + info.rest.length
  ) {
    return undefined;
  }
  if (info.rest.startsWith('[')) {
    // `freemiumGoals: [poc, strategic-land]`: the item under the cursor
    if (!word) return undefined;
    const value = doc.getText(word);
    const v = valuesFor(path, info.key)?.find((x) => x.name === value);
    return v ? { markdown: `\`${value}\`: ${v.doc}`, range: word } : undefined;
  }
  const value = info.rest.replace(/^["']|["']$/g, '');
  const v = valuesFor(path, info.key)?.find((x) => x.name === value);
  if (!v) return undefined;
  return {
    markdown: `\`${info.key}: ${value}\`: ${v.doc}`,
    range: new vscode.Range(pos.line, valueStart, pos.line, valueStart + info.rest.length),
  };
}

function wildcardKey(path: readonly string[], key: string) {
  const p = pathKey(path);
  if (p === 'features.#.limits') return { name: key, doc: `The usage limit of plan \`${key}\`.` };
  return undefined;
}

function completions(
  analyzer: Analyzer,
  doc: vscode.TextDocument,
  pos: vscode.Position,
): vscode.CompletionItem[] | undefined {
  const ctx = contextAt(doc.getText(), pos.line, pos.character);
  const wordRange = doc.getWordRangeAtPosition(pos, /[\w-]+/);
  const range = wordRange?.end.isAfterOrEqual(pos) ? new vscode.Range(wordRange.start, pos) : undefined;
  const item = (
    label: string,
    kind: vscode.CompletionItemKind,
    detail?: string,
    insert?: string | vscode.SnippetString,
  ) => {
    const c = new vscode.CompletionItem(label, kind);
    if (detail) c.documentation = new vscode.MarkdownString(detail);
    if (insert) c.insertText = insert;
    if (range) c.range = range;
    return c;
  };
  const p = pathKey(ctx.path);
  if (ctx.kind === 'key') {
    if (p === 'features.#.limits') {
      return analyzer
        .planIds(doc)
        .filter((id) => !ctx.siblings.includes(id))
        .map((id) =>
          item(id, vscode.CompletionItemKind.Reference, `Usage limit on plan \`${id}\``, `${id}: `),
        );
    }
    const keys = KEYS[p];
    if (!keys) return undefined;
    return keys
      .filter((k) => !ctx.siblings.includes(k.name))
      .map((k) =>
        item(
          k.name,
          vscode.CompletionItemKind.Property,
          k.doc,
          BLOCK_KEYS.has(k.name) ? new vscode.SnippetString(`${k.name}:\n\t$0`) : `${k.name}: `,
        ),
      );
  }
  if (ctx.kind === 'item') {
    return (VALUES[p] ?? []).map((v) => item(v.name, vscode.CompletionItemKind.EnumMember, v.doc));
  }
  if (!ctx.key) return undefined;
  if ((p === 'features.#' && ctx.key === 'plan') || (p === 'addOns.#' && ctx.key === 'from')) {
    const plans = analyzer.get(doc).model?.plans;
    if (!plans)
      return analyzer
        .planIds(doc)
        .map((id) => item(id, vscode.CompletionItemKind.Reference, `Plan \`${id}\``));
    // the ladder's order (cheapest first), with each plan's name and price
    return plans.map((pl, i) => {
      const c = item(
        pl.id,
        vscode.CompletionItemKind.Reference,
        `Plan \`${pl.id}\`: ${pl.name}, ${priceLabel(pl)}`,
      );
      c.label = { label: pl.id, description: `${pl.name} · ${priceLabel(pl)}` };
      c.sortText = String(i).padStart(4, '0');
      c.filterText = pl.id;
      return c;
    });
  }
  if (p === 'features.#' && ctx.key === 'addOn') {
    const addOns = analyzer.get(doc).model?.addOns ?? [];
    return addOns.map((a) =>
      item(a.id, vscode.CompletionItemKind.Reference, `Add-on \`${a.id}\`: ${a.name}, from \`${a.from}\``),
    );
  }
  const values = valuesFor(ctx.path, ctx.key);
  return values?.map((v) => item(v.name, vscode.CompletionItemKind.EnumMember, v.doc));
}
