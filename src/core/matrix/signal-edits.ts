import { isAlias, isMap, isScalar, type Node, type Pair, parseDocument } from 'yaml';
import { applyEdits, EditableText } from '../edit/text-edits';
import type { CheckResult, FeatureModel } from '../model/model';
import type { Signal, TextEdit } from '../types';

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
    return et.insertPair(map, signal, undefined, literal) ?? undefined;
  }
  if (!isMap(f.node)) return undefined;
  return et.insertPair(f.node, 'signals', [`${signal}: ${literal}`], `{${signal}: ${literal}}`) ?? undefined;
}

/**
 * The edits of `setFeatureSignals`, each verified on its own feature: the feature's source with its edit,
 * parsed at the same column, must read exactly as before plus `signals.<signal>: value`, without a YAML
 * error or warning. Undefined when any edit fails that (nothing is applied then). Each check parses one
 * feature, so a bulk edit of 500 rows stays fast in a 2,000-feature file.
 */
export function verifiedSignalEdits(
  text: string,
  result: CheckResult,
  featureIds: readonly string[],
  signal: Signal,
  value: boolean,
): (SignalEditResult & { after: string }) | undefined {
  const r = setFeatureSignals(text, result, featureIds, signal, value);
  const byId = new Map<string, FeatureModel>();
  for (const f of result.model?.features ?? []) if (!byId.has(f.id)) byId.set(f.id, f);
  const et = new EditableText(text);
  for (const [i, id] of r.changed.entries()) {
    const f = byId.get(id);
    const e = r.edits[i];
    if (!f?.node.range || !e || !editReadsAs(et, f.node.range, e, signal, value, f.node.toJSON()))
      return undefined;
  }
  return { ...r, after: applyEdits(text, r.edits) };
}

/** The feature at `range` with edit `e` reads as before plus `signals.<signal>: value`, and nothing else. */
export function editReadsAs(
  et: EditableText,
  range: readonly number[],
  e: TextEdit,
  signal: Signal,
  value: boolean,
  /** the feature as plain data, when the caller has it (saves a parse) */
  known?: unknown,
): boolean {
  const start = range[0]!;
  if (e.span.start < start) return false;
  // A node's range can run past its line break onto the next item's line: stop at its last character.
  let last = range[1]!;
  while (last > start && /\s/.test(et.text[last - 1]!)) last--;
  const stop = et.lineEnd(Math.max(last - 1, e.span.end));
  const pad = ' '.repeat(et.column(start));
  const before = et.text.slice(start, stop);
  const after = before.slice(0, e.span.start - start) + e.newText + before.slice(e.span.end - start);
  const read = (src: string) => {
    const doc = parseDocument(pad + src, { prettyErrors: false });
    return doc.errors.length || doc.warnings.length ? undefined : (doc.toJS() as unknown);
  };
  const was = (known ?? read(before)) as unknown;
  const now = read(after);
  if (!isPlain(was) || !isPlain(now)) return false;
  const sig = isPlain(was.signals) ? { ...was.signals } : {};
  sig[signal] = value;
  return JSON.stringify({ ...was, signals: sig }) === JSON.stringify(reorder(now, was));
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `now` with its keys in `was`'s order (a new `signals` key comes last either way). */
function reorder(now: Plain, was: Plain): Plain {
  const out: Plain = {};
  for (const k of Object.keys(was)) if (k in now) out[k] = now[k];
  for (const k of Object.keys(now)) if (!(k in out)) out[k] = now[k];
  if (isPlain(now.signals) && isPlain(was.signals)) {
    const s: Plain = {};
    for (const k of Object.keys(was.signals)) if (k in now.signals) s[k] = now.signals[k];
    for (const k of Object.keys(now.signals)) if (!(k in s)) s[k] = now.signals[k];
    out.signals = s;
  }
  return out;
}
