import { isAlias, isMap, isScalar, type Node, type Pair } from 'yaml';
import { check } from './check';
import { applyEdits, EditableText } from './edits';
import type { CheckResult, FeatureModel } from './model';
import type { Signal, TextEdit } from './types';

// Edits the matrix makes besides moves: answering the packaging test (a signal) for one feature or many at
// once. Each feature gets at most one minimal edit: the value replaced, the key added to its `signals` map
// (block or flow, as written), or a `signals` map with just that key added. Nothing else is written: the
// other signals stay unanswered rather than answered `false` for the PM.

export interface SignalEditResult {
  edits: TextEdit[];
  /** ids whose text changes */
  changed: string[];
  /** ids already answered that way */
  unchanged: string[];
  /** ids that cannot be edited safely (unknown id, aliased or malformed `signals`) */
  skipped: string[];
}

function pairOf(map: Node | undefined, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  return (map.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
}

/** Sets (true/false) one signal of each listed feature. `result` is the check of `text` (nothing is re-parsed). */
export function setFeatureSignals(
  text: string,
  result: CheckResult,
  featureIds: readonly string[],
  signal: Signal,
  value: boolean,
): SignalEditResult {
  const out: SignalEditResult = { edits: [], changed: [], unchanged: [], skipped: [] };
  const byId = new Map<string, FeatureModel>();
  for (const f of result.model?.features ?? []) if (!byId.has(f.id)) byId.set(f.id, f);
  const et = new EditableText(text);
  const seen = new Set<string>();
  for (const id of featureIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const f = byId.get(id);
    const edit = f ? signalEdit(et, f, signal, value) : undefined;
    if (edit === undefined) out.skipped.push(id);
    else if (edit === null) out.unchanged.push(id);
    else {
      out.edits.push(edit);
      out.changed.push(id);
    }
  }
  return out;
}

/** The edit for one feature; null when already so; undefined when it cannot be done safely. */
function signalEdit(
  et: EditableText,
  f: FeatureModel,
  signal: Signal,
  value: boolean,
): TextEdit | null | undefined {
  const literal = String(value);
  const sigPair = pairOf(f.node, 'signals');
  if (sigPair) {
    const map = sigPair.value;
    // An alias would change every feature sharing the anchor; a non-map is a schema error already.
    if (!isMap(map) || isAlias(map) || !map.range) return undefined;
    const pair = pairOf(map, signal);
    if (pair) {
      const v = pair.value;
      if (isScalar(v) && v.value === value) return null;
      if (!v?.range) return undefined;
      return et.replace(v, literal);
    }
    if (map.flow) return flowInsert(et, map, `${signal}: ${literal}`);
    return et.insertPair(map, signal, undefined, literal) ?? undefined;
  }
  if (!isMap(f.node)) return undefined;
  if (f.node.flow) return flowInsert(et, f.node, `signals: {${signal}: ${literal}}`);
  return et.insertPair(f.node, 'signals', [`${signal}: ${literal}`], '') ?? undefined;
}

/** `, entry` before a flow map's closing brace (`entry` alone in `{}`), whatever follows the map. */
function flowInsert(et: EditableText, map: Node, entry: string): TextEdit | undefined {
  if (!isMap(map) || !map.range) return undefined;
  const [start, end] = map.range;
  // The range ends just past the brace; searching from there could find an enclosing map's brace.
  const close = et.text.lastIndexOf('}', end - 1);
  if (close <= start) return undefined;
  let at = close;
  while (at > start + 1 && /[ \t]/.test(et.text[at - 1]!)) at--;
  return et.edit(at, at, `${map.items.length ? ', ' : ''}${entry}`);
}

const STRUCTURAL = new Set(['syntax', 'schema']);

/**
 * The edits of `setFeatureSignals`, applied to a copy and checked again: refused (undefined) when they would
 * add a syntax or schema finding, so a bulk toggle can never break the file.
 */
export function verifiedSignalEdits(
  text: string,
  result: CheckResult,
  featureIds: readonly string[],
  signal: Signal,
  value: boolean,
): (SignalEditResult & { after: string }) | undefined {
  const r = setFeatureSignals(text, result, featureIds, signal, value);
  const after = applyEdits(text, r.edits);
  if (r.edits.length === 0) return { ...r, after };
  const count = (res: CheckResult) => res.diagnostics.filter((d) => STRUCTURAL.has(d.rule)).length;
  const again = check(after);
  if (again.syntaxError || count(again) > count(result)) return undefined;
  return { ...r, after };
}
