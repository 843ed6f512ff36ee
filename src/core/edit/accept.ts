import { isMap, type Node, parseDocument } from 'yaml';
import { reasonProblem } from '../format/reason';
import { ACCEPTABLE_RULES } from '../format/schema';
import type { CheckOptions, CheckResult } from '../model/model';
import type { Diagnostic, TextEdit } from '../types';
import { mapValue } from '../yaml/parse';
import { EditableText } from './text-edits';
import { verifyOutcome } from './verify';

export { reasonProblem };

// Decision records as edits (spec 4.5): "Accept this finding…" writes an `accept` entry, "Remove unused accept"
// deletes one. Each edit is minimal and is verified on the text before it is offered: the result must parse,
// add no structure error, and do what it says (verify.ts, like every fix).

const ACCEPTABLE = new Set<string>(ACCEPTABLE_RULES);

/** Whether "Accept this finding…" applies: an acceptable rule, not accepted yet. */
export function canAccept(d: Diagnostic): boolean {
  return ACCEPTABLE.has(d.rule) && d.accepted === undefined;
}

/** The reason as a YAML scalar: plain when YAML reads it back as the same text, else double-quoted. */
function reasonText(reason: string): string {
  const r = reason.trim();
  const doc = parseDocument(`k: ${r}`);
  return doc.errors.length === 0 && isMap(doc.contents) && doc.get('k') === r ? r : JSON.stringify(r);
}

/** The edit that records `reason` for the finding `d` of `result` (the check of `text`), verified. */
export function acceptEdit(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  reason: string,
  options: CheckOptions = {},
): TextEdit | undefined {
  const model = result.model;
  if (!model || !canAccept(d) || reasonProblem(reason)) return undefined;
  const t = new EditableText(text);
  const value = reasonText(reason);
  const entry = `${d.rule}: ${value}`;
  let owner: Node | undefined;
  if (d.feature !== undefined) owner = model.features.find((f) => f.id === d.feature)?.node;
  else owner = model.rootNode;
  if (!isMap(owner)) return undefined;
  const existing = mapValue(owner, 'accept');
  const edit = isMap(existing)
    ? t.insertPair(existing, d.rule, undefined, value)
    : existing === undefined
      ? t.insertPair(owner, 'accept', [entry], `{ ${entry} }`)
      : undefined;
  if (!edit) return undefined;
  return verifyOutcome(text, result, [edit], options, (after) =>
    after.diagnostics.some(
      (x) =>
        x.rule === d.rule &&
        x.feature === d.feature &&
        x.message === d.message &&
        x.accepted === reason.trim(),
    ),
  )
    ? edit
    : undefined;
}

/** The edit that deletes the `accept` entry an `unused-accept` finding points at, verified. */
export function removeAcceptEdit(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  options: CheckOptions = {},
): TextEdit | undefined {
  const model = result.model;
  const rule = d.data?.acceptedRule;
  if (!model || d.rule !== 'unused-accept' || !rule) return undefined;
  const owner = d.feature !== undefined ? model.features.find((f) => f.id === d.feature) : undefined;
  const entries = owner ? owner.accept : model.accept;
  const entry = entries.get(rule);
  const ownerNode = owner ? owner.node : model.rootNode;
  const acceptNode = mapValue(ownerNode, 'accept');
  if (!entry || !isMap(acceptNode) || !entry.keyNode.range) return undefined;
  const t = new EditableText(text);
  let edit: TextEdit | undefined;
  if (acceptNode.items.length === 1) {
    // The only entry: remove the whole `accept` key with it.
    edit = removePair(t, ownerNode, 'accept');
  } else {
    edit = removePair(t, acceptNode, rule);
  }
  if (!edit) return undefined;
  return verifyOutcome(
    text,
    result,
    [edit],
    options,
    (after) =>
      !after.diagnostics.some(
        (x) => x.rule === 'unused-accept' && x.data?.acceptedRule === rule && x.feature === d.feature,
      ),
  )
    ? edit
    : undefined;
}

/** Deletes `key: value` from a map: its whole lines in a block map, the entry and one comma in a flow map. */
function removePair(t: EditableText, map: Node, key: string): TextEdit | undefined {
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
