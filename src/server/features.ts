// The editor features over one checked document, as LSP values: VS Code (through the thin client) and every
// other LSP editor get the same hovers, hints, lenses, completions and symbols.
import {
  type CodeLens,
  type CompletionItem,
  CompletionItemKind,
  type Definition,
  type DocumentSymbol,
  type InlayHint,
  InsertTextFormat,
  InsertTextMode,
  type Location,
  MarkupKind,
  type Position,
  type Range,
  SymbolKind,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Node } from 'yaml';
import { addOnRefs, planRefAt, planRefs } from '../core/edit/plan-ids';
import { RECOMMENDATION_NAMES } from '../core/format/names';
import { KEYS, pathKey, VALUES, valuesFor } from '../core/format/vocabulary';
import { hintLabel, md } from '../core/matrix/render/hover';
import { priceLabel } from '../core/matrix/view-model';
import { isMismatch } from '../core/model/classify';
import type { CheckResult } from '../core/model/model';
import { contextAt } from '../core/yaml/context';
import { OPEN_MATRIX, REVEAL_FEATURE } from './methods';
import { hasLoneCr } from './session';
import type { CodeLensMode, InlayMode } from './settings';

const BLOCK_KEYS = new Set([
  'product',
  'growth',
  'plans',
  'features',
  'rules',
  'signals',
  'limits',
  'freemiumGoals',
  'addOns',
  'accept',
]);

export function rangeOf(doc: TextDocument, node: Node | null | undefined): Range | undefined {
  const r = node?.range;
  return r ? { start: doc.positionAt(r[0]), end: doc.positionAt(r[1]) } : undefined;
}

export function within(node: Node | null | undefined, offset: number): boolean {
  const r = node?.range;
  return !!r && offset >= r[0] && offset <= r[1];
}

const before = (a: Position, b: Position) =>
  a.line < b.line || (a.line === b.line && a.character < b.character);
const contains = (r: Range, p: Position) => !before(p, r.start) && !before(r.end, p);

/**
 * The line of `pos` as the core's YAML context counts lines (`\n` and `\r\n` only): a lone CR (in a comment, say)
 * breaks a line for the client, not for the YAML reader.
 */
export function yamlLine(doc: TextDocument, pos: Position): number {
  if (!hasLoneCr(doc)) return pos.line;
  const text = doc.getText();
  const offset = doc.offsetAt(pos);
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function lineText(doc: TextDocument, line: number): string {
  return doc
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/(?:\r\n|\r|\n)$/, '');
}

/** The `[\w-]+` word around a position (either end included), as VS Code's getWordRangeAtPosition finds it. */
export function wordAt(line: string, character: number): { start: number; end: number } | undefined {
  for (const m of line.matchAll(/[\w-]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start <= character && character <= end) return { start, end };
  }
  return undefined;
}

export function inlayHints(
  doc: TextDocument,
  result: CheckResult,
  range: Range,
  mode: InlayMode,
): InlayHint[] {
  const model = result.model;
  if (mode === 'off' || !model) return [];
  // a feature whose findings the team accepted, all of them, is quiet: its placement is a recorded decision
  const open = new Set<string>();
  const accepted = new Set<string>();
  for (const d of result.diagnostics)
    if (d.feature !== undefined) (d.accepted === undefined ? open : accepted).add(d.feature);
  const hints: InlayHint[] = [];
  for (const f of model.features) {
    if (f.recommendation === 'unclassified' || f.side === null || !f.planNode?.range) continue;
    if (accepted.has(f.id) && !open.has(f.id)) continue;
    if (mode === 'mismatches' && !isMismatch(f.recommendation, f.side)) continue;
    const at = doc.positionAt(f.planNode.range[1]);
    if (!contains(range, at)) continue;
    hints.push({
      position: at,
      label: hintLabel(f),
      paddingLeft: true,
      tooltip: {
        kind: MarkupKind.Markdown,
        value: `The packaging test recommends **${RECOMMENDATION_NAMES[f.recommendation]}** for ${md(f.name)}; it is on the ${f.side} side.`,
      },
    });
  }
  return hints;
}

/** Past this many feature lenses in one file, one summary lens stands in for them. */
export const MAX_FEATURE_LENSES = 500;

export interface LensOptions {
  /** the client has a matrix view and handles `packagingPlanner.openMatrix` itself */
  openMatrix: boolean;
  /** all features, only those with findings, or none */
  mode?: CodeLensMode;
  /** the client renders `$(icon)` in titles */
  codicons?: boolean;
}

export function codeLenses(doc: TextDocument, result: CheckResult, o: LensOptions): CodeLens[] {
  const model = result.model;
  const mode = o.mode ?? 'findings';
  if (!model || mode === 'off') return [];
  const lenses: CodeLens[] = [];
  const plansKey = o.openMatrix ? /^plans[ \t]*:/m.exec(doc.getText()) : null;
  if (plansKey) {
    const at = doc.positionAt(plansKey.index);
    lenses.push({
      range: { start: at, end: at },
      command: {
        title: o.codicons ? '$(table) Open matrix' : 'Open matrix',
        command: OPEN_MATRIX,
        arguments: [doc.uri],
      },
    });
  }
  const findings = new Map<string, number>();
  // accepted findings are shown in the hover, never counted (spec 4.5)
  for (const d of result.diagnostics)
    if (d.feature !== undefined && d.accepted === undefined)
      findings.set(d.feature, (findings.get(d.feature) ?? 0) + 1);
  const shown = model.features.filter((f) => mode === 'all' || (findings.get(f.id) ?? 0) > 0);
  if (shown.length > MAX_FEATURE_LENSES) {
    // The editor re-lays out every lens on each keystroke: thousands of them make typing lag (issue 13). One
    // lens says why they are hidden; the matrix and the Problems panel list the same findings.
    const key = /^features[ \t]*:/m.exec(doc.getText());
    const at = doc.positionAt(key ? key.index : 0);
    lenses.push({
      range: { start: at, end: at },
      command: {
        title: `${shown.length.toLocaleString('en-US')} feature lenses hidden: more than ${MAX_FEATURE_LENSES} slow the editor down${o.openMatrix ? '; open the matrix' : ''}`,
        command: o.openMatrix ? OPEN_MATRIX : '',
        ...(o.openMatrix ? { arguments: [doc.uri] } : {}),
      },
    });
    return lenses;
  }
  for (const f of shown) {
    const r = rangeOf(doc, f.node);
    if (!r) continue;
    const n = findings.get(f.id) ?? 0;
    const side = f.side ?? 'unknown plan';
    const rec = f.recommendation === 'unclassified' ? 'unclassified' : `recommended ${f.recommendation}`;
    lenses.push({
      range: { start: r.start, end: r.start },
      command: {
        title: `${side} · ${rec} · ${n === 0 ? 'no findings' : n === 1 ? '1 finding' : `${n} findings`}`,
        command: REVEAL_FEATURE,
        arguments: [doc.uri, f.id],
      },
    });
  }
  return lenses;
}

export interface CompletionEnv {
  planIds: string[];
  result: CheckResult | undefined;
  snippets: boolean;
}

export function completions(doc: TextDocument, pos: Position, env: CompletionEnv): CompletionItem[] | null {
  const text = doc.getText();
  const ctx = contextAt(text, yamlLine(doc, pos), pos.character);
  const line = lineText(doc, pos.line);
  const w = wordAt(line, pos.character);
  const range: Range | undefined =
    w && w.end >= pos.character ? { start: { line: pos.line, character: w.start }, end: pos } : undefined;
  const indent = /^[ -]*/.exec(line)![0].replace(/-/g, ' ');
  const item = (
    label: string,
    kind: CompletionItemKind,
    detail?: string,
    insert?: string,
    snippet = false,
  ): CompletionItem => {
    const c: CompletionItem = { label, kind };
    if (detail) c.documentation = { kind: MarkupKind.Markdown, value: detail };
    const newText = insert ?? label;
    if (snippet) {
      c.insertTextFormat = InsertTextFormat.Snippet;
      // YAML indents with spaces: the snippet carries its own indentation, the client must not re-indent
      c.insertTextMode = InsertTextMode.asIs;
    }
    if (range) c.textEdit = { range, newText };
    else if (insert !== undefined) c.insertText = newText;
    return c;
  };
  const p = pathKey(ctx.path);
  if (ctx.kind === 'key') {
    if (p === 'features.#.limits') {
      return env.planIds
        .filter((id) => !ctx.siblings.includes(id))
        .map((id) => item(id, CompletionItemKind.Reference, `Usage limit on plan \`${id}\``, `${id}: `));
    }
    const keys = KEYS[p];
    if (!keys) return null;
    return keys
      .filter((k) => !ctx.siblings.includes(k.name))
      .map((k) =>
        BLOCK_KEYS.has(k.name) && env.snippets
          ? item(k.name, CompletionItemKind.Property, k.doc, `${k.name}:\n${indent}  $0`, true)
          : item(k.name, CompletionItemKind.Property, k.doc, `${k.name}: `),
      );
  }
  if (ctx.kind === 'item') {
    return (VALUES[p] ?? []).map((v) => item(v.name, CompletionItemKind.EnumMember, v.doc));
  }
  if (!ctx.key) return null;
  if ((p === 'features.#' && ctx.key === 'plan') || (p === 'addOns.#' && ctx.key === 'from')) {
    const plans = env.result?.model?.plans;
    if (!plans) return env.planIds.map((id) => item(id, CompletionItemKind.Reference, `Plan \`${id}\``));
    // the ladder's order (cheapest first), with each plan's name and price
    return plans.map((pl, i) => ({
      ...item(pl.id, CompletionItemKind.Reference, `Plan \`${pl.id}\`: ${md(pl.name)}, ${priceLabel(pl)}`),
      labelDetails: { description: `${pl.name} · ${priceLabel(pl)}` },
      sortText: String(i).padStart(4, '0'),
      filterText: pl.id,
    }));
  }
  if (p === 'features.#' && ctx.key === 'addOn') {
    return (env.result?.model?.addOns ?? []).map((a) =>
      item(a.id, CompletionItemKind.Reference, `Add-on \`${a.id}\`: ${md(a.name)}, from \`${a.from}\``),
    );
  }
  const values = valuesFor(ctx.path, ctx.key);
  return values ? values.map((v) => item(v.name, CompletionItemKind.EnumMember, v.doc)) : null;
}

/** Where "show why" of a feature's lens goes: its placement value (else its id). */
export function featureAnchor(doc: TextDocument, result: CheckResult, featureId: string): Range | undefined {
  const f = result.model?.features.find((x) => x.id === featureId);
  return rangeOf(doc, f?.planNode) ?? rangeOf(doc, f?.idNode);
}

/** `plan:`, add-ons' `from:` and `limits:` keys go to the plan; `addOn:` to the add-on. */
export function definition(doc: TextDocument, result: CheckResult, pos: Position): Definition | null {
  const offset = doc.offsetAt(pos);
  const refs = planRefs(result);
  const ref = planRefAt(refs, offset);
  if (ref && ref.kind !== 'definition') {
    const target = refs.find((r) => r.kind === 'definition' && r.id === ref.id);
    const r = rangeOf(doc, target?.node);
    return r ? { uri: doc.uri, range: r } : null;
  }
  const addOns = addOnRefs(result);
  const use = addOns.find((a) => !a.definition && within(a.node, offset));
  if (use) {
    const r = rangeOf(doc, addOns.find((a) => a.definition && a.id === use.id)?.node);
    return r ? { uri: doc.uri, range: r } : null;
  }
  return null;
}

/** Every place the plan id under the cursor is written (its definition too when asked). */
export function references(
  doc: TextDocument,
  result: CheckResult,
  pos: Position,
  includeDeclaration: boolean,
): Location[] | null {
  const refs = planRefs(result);
  const at = planRefAt(refs, doc.offsetAt(pos));
  if (!at) return null;
  return refs
    .filter((r) => r.id === at.id && (includeDeclaration || r.kind !== 'definition'))
    .map((r) => ({ uri: doc.uri, range: rangeOf(doc, r.node)! }));
}

export function documentSymbols(doc: TextDocument, result: CheckResult): DocumentSymbol[] {
  const model = result.model;
  if (!model) return [];
  const text = doc.getText();
  const union = (a: Range, b: Range): Range => ({
    start: before(a.start, b.start) ? a.start : b.start,
    end: before(a.end, b.end) ? b.end : a.end,
  });
  const group = (name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol | undefined => {
    const m = new RegExp(`^${name}[ \\t]*:`, 'm').exec(text);
    if (!m) return undefined;
    const start = doc.positionAt(m.index);
    const nameEnd = { line: start.line, character: start.character + name.length };
    const last = children[children.length - 1];
    return {
      name,
      kind,
      range: { start, end: last ? last.range.end : nameEnd },
      selectionRange: { start, end: nameEnd },
      children,
    };
  };
  const item = (name: string, detail: string, kind: SymbolKind, node: Node, sel: Node) => {
    const r = rangeOf(doc, node);
    const s = rangeOf(doc, sel);
    return r && s ? { name, detail, kind, range: union(r, s), selectionRange: s } : undefined;
  };
  const defined = <T>(x: T | undefined): x is T => x !== undefined;
  const plans = model.plans
    .map((p) =>
      item(
        p.name,
        p.price === 'contact-sales' ? 'contact sales' : p.free ? 'free' : String(p.price),
        SymbolKind.Class,
        p.node,
        p.idNode,
      ),
    )
    .filter(defined);
  const addOns = model.addOns
    .map((a) => item(a.name, `add-on from ${a.from}`, SymbolKind.Class, a.node, a.idNode))
    .filter(defined);
  const features = model.features
    .map((f) => item(f.name, `${f.plan} · ${f.recommendation}`, SymbolKind.Field, f.node, f.idNode))
    .filter(defined);
  return [
    group('growth', SymbolKind.Module, []),
    group('plans', SymbolKind.Namespace, plans),
    group('addOns', SymbolKind.Namespace, addOns),
    group('features', SymbolKind.Namespace, features),
  ].filter(defined);
}
