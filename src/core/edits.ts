import { Document, isMap, isScalar, isSeq, type Node, parseDocument, Scalar, type YAMLMap } from 'yaml';
import { mapValue, pairOf } from './parse';
import type { Position, TextEdit } from './types';

// Minimal text edits computed from the source ranges of the parsed YAML (the CST's positions): an edit touches
// only the characters it must, so comments, blank lines and the user's indentation all survive.

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

export function makeEdit(text: string, start: number, end: number, newText: string): TextEdit {
  return {
    span: { start, end },
    range: { start: positionAt(text, start), end: positionAt(text, end) },
    newText,
  };
}

/** Applies non-overlapping edits (any order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9 _./-]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|~|y|n)$/i;

/** A scalar as YAML source, in the quoting style of `like` when given. */
export function scalarText(value: string | number | boolean, like?: Node): string {
  if (typeof value !== 'string') return String(value);
  const style = isScalar(like) ? like.type : undefined;
  if (style === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (style === Scalar.QUOTE_DOUBLE || !PLAIN_SAFE.test(value) || RESERVED.test(value) || /\s$/.test(value))
    return JSON.stringify(value);
  return value;
}

/** Replaces a scalar node's value, keeping its quoting style. */
export function replaceScalar(text: string, node: Node, value: string | number | boolean): TextEdit {
  const r = node.range!;
  return makeEdit(text, r[0], r[1], scalarText(value, node));
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentUnit(text: string): number {
  const m = /\n( +)\S/.exec(text);
  return m ? Math.min(m[1]!.length, 4) || 2 : 2;
}

/** The value as YAML source lines for a block context at `indent` (after `key:`). */
function blockValue(value: unknown, indent: number, unit: number): string {
  if (value === null || typeof value !== 'object')
    return ` ${scalarText(value as string | number | boolean)}`;
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
    return ` [${value.map((v) => scalarText(v as string)).join(', ')}]`;
  }
  const doc = new Document(value);
  const body = doc.toString({ indent: unit, lineWidth: 0 }).replace(/\n$/, '');
  const pad = ' '.repeat(indent + unit);
  return `\n${body
    .split('\n')
    .map((l) => pad + l)
    .join('\n')}`;
}

function flowValue(value: unknown): string {
  if (value === null || typeof value !== 'object') return scalarText(value as string | number | boolean);
  if (Array.isArray(value)) return `[${value.map(flowValue).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}: ${flowValue(v)}`)
    .join(', ')}}`;
}

/**
 * Adds `key: value` as the last entry of `map`: a new line at the keys' indentation in a block map,
 * `, key: value` before the brace in a flow map.
 */
export function insertPair(text: string, map: YAMLMap, key: string, value: unknown): TextEdit {
  const r = map.range!;
  if (map.flow) {
    const close = text.lastIndexOf('}', r[1] - 1);
    let before = close;
    while (before > r[0] && /\s/.test(text[before - 1]!)) before--;
    const sep = map.items.length > 0 ? ', ' : '';
    return makeEdit(text, before, before, `${sep}${key}: ${flowValue(value)}`);
  }
  const first = map.items[0]?.key as Node | undefined;
  const keyStart = first?.range?.[0] ?? r[0];
  const indent = keyStart - lineStartOf(text, keyStart);
  const last = map.items[map.items.length - 1];
  const lastNode = ((last?.value as Node | null) ?? (last?.key as Node | undefined)) as Node | undefined;
  let at = lastNode?.range?.[1] ?? r[1];
  // Block collections end after their newline; scalars end on their own line: move past that line (and its comment).
  if (text[at - 1] !== '\n') {
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? text.length : nl + 1;
  }
  const lead = at === text.length && text.length > 0 && text[at - 1] !== '\n' ? '\n' : '';
  const line = `${lead}${' '.repeat(indent)}${key}:${blockValue(value, indent, indentUnit(text))}\n`;
  return makeEdit(text, at, at, line);
}

/** The feature's map node, by id (the first one with that id). */
export function findFeature(doc: Document.Parsed, id: string): YAMLMap | undefined {
  const seq = mapValue(doc.contents, 'features');
  if (!isSeq(seq)) return undefined;
  for (const item of seq.items) {
    const v = mapValue(item, 'id');
    if (isMap(item) && isScalar(v) && v.value === id) return item as YAMLMap;
  }
  return undefined;
}

export function parseForEdit(text: string): Document.Parsed {
  return parseDocument(text, { keepSourceTokens: false });
}

/** Moves a feature to another plan: one edit of the `plan:` value. Empty when nothing to change. */
export function setFeaturePlan(text: string, featureId: string, planId: string): TextEdit[] {
  const doc = parseForEdit(text);
  if (doc.errors.length > 0) return [];
  const f = findFeature(doc, featureId);
  const plan = f ? mapValue(f, 'plan') : undefined;
  if (!f) return [];
  if (!plan) return [insertPair(text, f, 'plan', planId)];
  if (isScalar(plan) && plan.value === planId) return [];
  return [replaceScalar(text, plan, planId)];
}

/** Sets `limits.<planId>` of a feature, creating the `limits` map when missing. */
export function setFeatureLimit(
  text: string,
  featureId: string,
  planId: string,
  limit: number | 'unlimited',
): TextEdit[] {
  const doc = parseForEdit(text);
  if (doc.errors.length > 0) return [];
  const f = findFeature(doc, featureId);
  if (!f) return [];
  const limits = mapValue(f, 'limits');
  if (!limits) return [insertPair(text, f, 'limits', { [planId]: limit })];
  if (!isMap(limits)) return [];
  const existing = pairOf(limits, planId)?.value as Node | undefined;
  if (existing && isScalar(existing)) return [replaceScalar(text, existing, limit)];
  return [insertPair(text, limits as YAMLMap, planId, limit)];
}
