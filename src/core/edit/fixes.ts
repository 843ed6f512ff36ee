import { isMap, isScalar, type Node } from 'yaml';
import type { CheckOptions, CheckResult, FeatureModel } from '../model/model';
import type { Diagnostic, TextEdit } from '../types';
import { mapValue } from '../yaml/parse';
import type { OfferedEdit } from './offered';
import { planEdit, scalarText, EditableText as Text } from './text-edits';

export type { Fix, OfferedEdit } from './offered';

// Fixes (spec 5.1): edits that restore what the file plainly meant and change no packaging decision: a misspelt
// key or enum value, an unknown plan/add-on/feature id with a close known id, a missing `version: 1`, an `accept`
// entry that accepts nothing. Only these may be preferred, and only these does `check --fix` apply. Everything
// that decides for the PM is a suggestion (finding-suggestions.ts). Edits are minimal, computed from the YAML
// nodes' source ranges, so comments, blank lines and the user's indentation stay.

const fix = (title: string, edits: TextEdit[]): OfferedEdit => ({
  title,
  kind: 'fix',
  preferred: true,
  edits,
});

/**
 * The fixes of one diagnostic of `result`, which must be the result of checking `text` under `options`. None for
 * an accepted finding. `t` may be shared by a caller that asks for many findings of one text.
 */
export function fixesFor(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  options: CheckOptions = {},
  t: Text = new Text(text),
): OfferedEdit[] {
  const model = result.model;
  if (!model || d.accepted !== undefined || result.syntaxError) return [];
  const feature = d.feature !== undefined ? model.features.find((f) => f.id === d.feature) : undefined;
  const s = d.data?.suggestion;
  switch (d.rule) {
    case 'schema': {
      if (MISSING_VERSION.test(d.message)) {
        const edit = versionEdit(t, model.rootNode);
        return edit ? [fix('Add `version: 1`', [edit])] : [];
      }
      // An unknown key or enum value with a close known one: rename it, in the quotes it was written in.
      const m = /^(["']?)([A-Za-z][\w-]*)\1$/.exec(text.slice(d.span.start, d.span.end));
      if (!s || !m || !/^[A-Za-z][\w-]*$/.test(s)) return [];
      return [fix(`Rename "${m[2]}" to "${s}"`, [t.edit(d.span.start, d.span.end, `${m[1]}${s}${m[1]}`)])];
    }
    case 'unknown-plan': {
      if (!s) return [];
      const found = unquoted(text, d);
      let edit: TextEdit | undefined;
      if (feature && isPlanValue(feature, d)) edit = planEdit(t, result, feature, s, false);
      // A `limits:` key renamed to a plan the map already has would be a duplicate key.
      else if (!feature?.limitPairs.has(s)) edit = t.edit(d.span.start, d.span.end, scalarText(s));
      return edit ? [fix(`Change "${found}" to "${s}"`, [edit])] : [];
    }
    case 'unknown-add-on':
    case 'unknown-feature': {
      // The anchor is the scalar naming the id: replace it by the closest known id, quoting kept.
      const node = s ? scalarAt(model.rootNode, d) : undefined;
      if (!s || !node) return [];
      // Only the unknown id itself: never a known plan or feature id the finding happens to sit on.
      if (d.rule === 'unknown-add-on' ? node.value !== feature?.addOn : known(model, String(node.value)))
        return [];
      return [fix(`Change "${String(node.value)}" to "${s}"`, [t.replace(node, scalarText(s, node))])];
    }
    case 'unused-accept': {
      const edit = unusedAcceptEdit(t, result, d, options);
      return edit ? [fix('Remove unused accept entry', [edit])] : [];
    }
    default:
      return [];
  }
}

const MISSING_VERSION = /^Missing required key `version` in the file\b/;

/** `version: 1` as the root map's first line, at its column. */
function versionEdit(t: Text, root: Node | undefined): TextEdit | undefined {
  if (!isMap(root) || root.flow || mapValue(root, 'version') !== undefined) return undefined;
  const first = root.items[0]?.key as Node | undefined;
  if (!first?.range) return undefined;
  const lineStart = t.text.lastIndexOf('\n', first.range[0] - 1) + 1;
  const pad = t.text.slice(lineStart, first.range[0]);
  if (pad.trim() !== '') return undefined;
  return t.edit(lineStart, lineStart, `${pad}version: 1${t.eol}`);
}

function known(model: NonNullable<CheckResult['model']>, id: string): boolean {
  return model.planIds.has(id) || model.addOnIds.has(id) || model.features.some((f) => f.id === id);
}

function unquoted(text: string, d: Diagnostic): string {
  return text.slice(d.span.start, d.span.end).replace(/^["']|["']$/g, '');
}

function isPlanValue(feature: FeatureModel, d: Diagnostic): boolean {
  const r = feature.planNode?.range;
  return !!r && r[0] === d.span.start;
}

/** The string scalar whose source range is exactly the finding's span (found by a walk down to it). */
function scalarAt(root: Node | undefined, d: Diagnostic): (Node & { value: unknown }) | undefined {
  let node: unknown = root;
  for (let depth = 0; depth < 64 && node; depth++) {
    if (isScalar(node)) {
      const r = node.range;
      return r && r[0] === d.span.start && r[1] === d.span.end && typeof node.value === 'string'
        ? node
        : undefined;
    }
    const items = (node as { items?: unknown[] }).items;
    if (!Array.isArray(items)) return undefined;
    let next: unknown;
    for (const it of items) {
      const parts = isPairLike(it) ? [it.key, it.value] : [it];
      for (const p of parts) {
        const r = (p as Node | null)?.range;
        if (r && r[0] <= d.span.start && d.span.end <= r[1]) next = p;
      }
      if (next) break;
    }
    node = next;
  }
  return undefined;
}

const isPairLike = (x: unknown): x is { key: unknown; value: unknown } =>
  !!x && typeof x === 'object' && 'key' in x && 'value' in x;

/**
 * The deletion of the `accept` entry an `unused-accept` finding points at (unverified; accept.ts verifies it).
 * Not offered when the editor or the command line switched the accepted rule off: the entry is then idle, not dead.
 */
export function unusedAcceptEdit(
  t: Text,
  result: CheckResult,
  d: Diagnostic,
  options: CheckOptions = {},
): TextEdit | undefined {
  const model = result.model;
  const rule = d.data?.acceptedRule;
  if (!model || d.rule !== 'unused-accept' || !rule || options.rules?.[rule] === 'off') return undefined;
  const owner = d.feature !== undefined ? model.features.find((f) => f.id === d.feature) : undefined;
  const entries = owner ? owner.accept : model.accept;
  const entry = entries.get(rule);
  const ownerNode = owner ? owner.node : model.rootNode;
  const acceptNode = mapValue(ownerNode, 'accept');
  if (!entry || !isMap(acceptNode) || !entry.keyNode.range || !ownerNode) return undefined;
  // The only entry: remove the whole `accept` key with it.
  return acceptNode.items.length === 1 ? removePair(t, ownerNode, 'accept') : removePair(t, acceptNode, rule);
}

/** Deletes `key: value` from a map: its whole lines in a block map, the entry and one comma in a flow map. */
function removePair(t: Text, map: Node, key: string): TextEdit | undefined {
  if (!isMap(map)) return undefined;
  const i = map.items.findIndex((p) => (p.key as { value?: unknown } | null)?.value === key);
  const pair = map.items[i];
  const k = pair?.key as Node | undefined;
  if (!pair || !k?.range) return undefined;
  const v = pair.value as Node | null;
  const end = v?.range ? v.range[1] : k.range[1];
  const text = t.text;
  if (map.flow) {
    const next = map.items[i + 1]?.key as Node | undefined;
    if (next?.range) return t.edit(k.range[0], next.range[0], '');
    const prev = map.items[i - 1];
    const prevEnd = (prev?.value as Node | null)?.range?.[1] ?? (prev?.key as Node | null)?.range?.[1];
    if (prevEnd !== undefined) return t.edit(prevEnd, end, '');
    return t.edit(k.range[0], end, '');
  }
  const lineStart = text.lastIndexOf('\n', k.range[0] - 1) + 1;
  // Only when the key starts its line (not `- accept:` sharing a line with a dash).
  if (text.slice(lineStart, k.range[0]).trim() !== '') return undefined;
  // The pair's last line, its comment included.
  let stop = t.lineEnd(Math.max(k.range[0], end - 1));
  stop = text[stop] === '\r' ? stop + 2 : text[stop] === '\n' ? stop + 1 : stop;
  return t.edit(lineStart, stop, '');
}
