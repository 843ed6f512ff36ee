import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, Scalar } from 'yaml';
import type { CheckResult, FeatureModel } from '../model/model';
import type { Position, TextEdit } from '../types';
import { pairOf } from '../yaml/parse';

// Minimal text edits computed from the source ranges of the parsed YAML (the CST's positions): an edit touches
// only the characters it must, so comments, blank lines and the user's indentation all survive. Quick fixes
// (fixes.ts) and matrix moves share this one mechanism.

/**
 * Applies non-overlapping edits (any order) in one pass, linear in the text (a bulk matrix edit has hundreds).
 * Two insertions at one offset land as applying them one by one would: the later-listed one first.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.span.start - b.e.span.start || b.i - a.i)
    .map((x) => x.e);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9 _./-]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** A string as YAML source, in the quoting style of `like` when given. */
export function scalarText(value: string, like?: Node): string {
  const style = isScalar(like) ? like.type : undefined;
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (style === Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || RESERVED.test(value) || /\s$/.test(value))
    return JSON.stringify(value);
  return value;
}

/**
 * Moves a feature to another plan: one edit of its `plan:` value. `result` is the check of `text` (the
 * caller's cached analysis: nothing is parsed again). Empty when there is nothing to change.
 */
export function setFeaturePlan(
  text: string,
  result: CheckResult,
  featureId: string,
  planId: string,
): TextEdit[] {
  const feature = result.model?.features.find((f) => f.id === featureId);
  if (!feature) return [];
  const edit = planEdit(new EditableText(text), result, feature, planId);
  return edit ? [edit] : [];
}

/**
 * The edit of one feature's `plan:` value. An alias (`plan: *p`) is replaced by the id itself: editing the
 * anchor would move every feature that shares it. A feature that is itself an alias of another is left alone.
 */
export function planEdit(
  t: EditableText,
  result: CheckResult,
  feature: FeatureModel,
  planId: string,
  keepQuotes = true,
): TextEdit | undefined {
  const resolved = feature.planNode;
  if (!resolved || !isScalar(resolved) || resolved.value === planId) return undefined;
  if (result.model?.features.some((f) => f !== feature && f.node === feature.node)) return undefined;
  const raw = pairOf(feature.node, 'plan')?.value;
  if (isAlias(raw) && raw.range) return t.edit(raw.range[0], raw.range[1], scalarText(planId));
  return t.replace(resolved, scalarText(planId, keepQuotes ? resolved : undefined));
}

/** Line/column arithmetic and edit builders over one text. */
export class EditableText {
  readonly eol: string;
  private lineStarts: number[] | undefined;
  private unit: number | undefined;

  constructor(readonly text: string) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  position(offset: number): Position {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1))
        this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo]! };
  }

  column(offset: number): number {
    return this.position(offset).character;
  }

  edit(start: number, end: number, newText: string): TextEdit {
    return { span: { start, end }, range: { start: this.position(start), end: this.position(end) }, newText };
  }

  /**
   * Replace a scalar's source (quotes included) by `value`. A comment aligned after it on the same line keeps
   * its column: the spaces before it absorb the change in length, leaving at least one.
   */
  replace(node: Node, value: string): TextEdit {
    const [start, end] = node.range!;
    const gap = /^( +)#/.exec(this.text.slice(end, end + 256));
    const delta = value.length - (end - start);
    if (gap && delta !== 0) {
      const spaces = gap[1]!.length;
      return this.edit(start, end + spaces, value + ' '.repeat(Math.max(1, spaces - delta)));
    }
    return this.edit(start, end, value);
  }

  /** Offset just past the last character of the line holding `offset`, before its line break. */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    if (nl < 0) return this.text.length;
    return nl > 0 && this.text[nl - 1] === '\r' ? nl - 1 : nl;
  }

  /** Spaces of one indentation level as the file uses them (first nested block map found), else 2. */
  indentUnit(): number {
    if (this.unit !== undefined) return this.unit;
    const lines = this.text.split(/\r?\n/);
    for (let i = 0; i < lines.length - 1; i++) {
      const m = /^( *)[^\s#-][^:#]*:\s*(#.*)?$/.exec(lines[i]!);
      if (!m) continue;
      const next = lines.slice(i + 1).find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
      if (!next) break;
      const indent = /^ */.exec(next)![0].length;
      const diff = indent - m[1]!.length;
      if (diff > 0 && !next.trimStart().startsWith('-')) {
        this.unit = diff;
        return diff;
      }
    }
    this.unit = 2;
    return 2;
  }

  /**
   * Insert `key` into `map`. Block maps get a new line after the last entry, at the entries' column,
   * with `blockLines` nested one level deeper (or `key: flowValue` on one line when `blockLines` is
   * undefined). Flow maps get `, key: flowValue` before the closing brace.
   * `seqAtKeyColumn`: for block sequences, write the dashes at the key's column when the file does so.
   */
  insertPair(
    map: Node,
    key: string,
    blockLines: string[] | undefined,
    flowValue: string,
    seqAtKeyColumn = false,
  ): TextEdit | undefined {
    if (!isMap(map) || !map.range) return undefined;
    const items = map.items as Pair<Node, Node>[];
    if (map.flow) return this.insertFlowPair(map, items, `${key}: ${flowValue}`);
    const first = items[0]?.key as Node | undefined;
    const last = items[items.length - 1];
    if (!first?.range || !last) return undefined;
    const col = this.column(first.range[0]);
    const end = this.lineEnd(lastContentOffset(last));
    const indent = ' '.repeat(col);
    let body: string;
    if (blockLines === undefined) body = `${indent}${key}: ${flowValue}`;
    else {
      const isSeq = blockLines.every((l) => l.startsWith('- '));
      const inner = ' '.repeat(
        col + (isSeq && seqAtKeyColumn && this.seqAtKeyColumn() ? 0 : this.indentUnit()),
      );
      body = `${indent}${key}:${blockLines.map((l) => `${this.eol}${inner}${l}`).join('')}`;
    }
    return this.edit(end, end, `${this.eol}${body}`);
  }

  /**
   * `entry` into a flow map, right after its last entry (so it never starts a line of its own at column 0 in a
   * map written over many lines, and never lands in a nested map): `, entry`, or ` entry,` after a trailing comma.
   */
  private insertFlowPair(map: Node, items: Pair<Node, Node>[], entry: string): TextEdit | undefined {
    const [start, end] = map.range!;
    const last = items[items.length - 1];
    if (!last) {
      if (this.text[start] !== '{') return undefined;
      const close = this.text.indexOf('}', start);
      if (close < 0 || close >= end) return undefined;
      // `{}` -> `{entry}`, `{ }` -> `{ entry }`: the spacing the user wrote stays.
      const inner = this.text.slice(start + 1, close);
      if (/\S/.test(inner)) return undefined; // a comment inside an empty map: leave it to the user
      return inner.length > 0
        ? this.edit(start + 1, close, ` ${entry} `)
        : this.edit(start + 1, start + 1, entry);
    }
    const lastNode = (last.value ?? last.key) as Node | null;
    const r = lastNode?.range;
    if (!r) return undefined;
    let at = r[1];
    // A trailing comma (on this line or the next ones, after blanks and comments) keeps its place: insert after it.
    let i = at;
    while (i < end) {
      const c = this.text[i]!;
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
      else if (c === '#') {
        const nl = this.text.indexOf('\n', i);
        i = nl < 0 ? end : nl;
      } else break;
    }
    if (this.text[i] === ',') return this.edit(i + 1, i + 1, ` ${entry},`);
    // A flow scalar's range may end after trailing blanks: insert right after its last character.
    while (at > r[0] && /\s/.test(this.text[at - 1]!)) at--;
    return this.edit(at, at, `, ${entry}`);
  }

  /** The file writes block sequences with dashes at their key's column (`plans:\n- id: …`). */
  private seqAtKeyColumn(): boolean {
    const m = /^( *)(plans|features):[ \t]*(?:#.*)?\r?\n(?:[ \t]*(?:#.*)?\r?\n)*( *)- /m.exec(this.text);
    return m ? m[1]!.length === m[3]!.length : false;
  }
}

/** The offset of the last character that belongs to `pair` (its deepest last value). */
function lastContentOffset(pair: Pair<Node, Node>): number {
  let node: unknown = pair.value ?? pair.key;
  for (;;) {
    if (isMap(node) && !node.flow && node.items.length) {
      const p = node.items[node.items.length - 1] as Pair<Node, Node>;
      node = p.value ?? p.key;
    } else if (isSeq(node) && !node.flow && node.items.length) {
      node = node.items[node.items.length - 1];
    } else break;
  }
  const r = (node as Node | null)?.range;
  if (r) return Math.max(r[0], r[1] - 1);
  const kr = (pair.key as Node | null)?.range;
  return kr ? kr[1] : 0;
}
