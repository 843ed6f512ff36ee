import { isAlias, isCollection, isMap, isPair, isScalar, type Node, parseDocument } from 'yaml';
import { mapRange } from './compact-nodes';
import { bail, nullObject, PARSE_OPTIONS, Underflow } from './fast-scan';

/** Deeper items are left to the whole file's yaml path (parse.ts's depth guards answer there). */
const MAX_ITEM_DEPTH = 50;

/**
 * One item of a top-level block list, read the yaml way for the one-pass reader (fast-parse.ts) when that
 * reader gave up inside it: `text[start, end)` runs from the item's `- ` line start to the end of its last
 * content line. yaml reads `l:\n` + those lines, and the item's nodes, moved to their place in the file, are
 * what yaml reads in the whole file when nothing connects the item to the rest: no anchor, alias, error,
 * warning, repeated key or empty last value (each of those makes the whole file go the yaml way).
 */
export function yamlItem(text: string, start: number, end: number): { node: Node; plain: unknown } {
  const region = text.slice(start, end);
  // Keep chomping (`|+`) takes in the blank lines after the item, which are outside the region.
  if (/[|>][1-9]?\+/.test(region)) throw bail();
  const prefix = 'l:\n';
  const doc = parseDocument(prefix + region, PARSE_OPTIONS);
  if (doc.errors.length || doc.warnings.length) throw bail();
  const root = doc.contents;
  if (!isMap(root) || root.items.length !== 1) throw bail();
  const seq = root.items[0]!.value;
  if (!isCollection(seq) || isMap(seq) || seq.flow || seq.items.length !== 1) throw bail();
  const item = seq.items[0] as Node;
  if (empty(item)) throw bail();
  const base = start - prefix.length;
  const plain = plainOf(item, 0, base);
  return { node: item, plain };
}

/** The plain value of an alias-free tree, as toPlain gives it; moves every range by `base` on the way. */
function plainOf(n: unknown, depth: number, base: number): unknown {
  if (n == null) return null;
  if (depth > MAX_ITEM_DEPTH || isAlias(n)) throw bail();
  const node = n as Node & { anchor?: string };
  if (node.anchor) throw bail();
  mapRange(node, (x) => x + base);
  if (isScalar(node)) {
    if (node.value === 0 && node.type === 'PLAIN' && /^[-+]?(?:\d*\.)?\d*[1-9]/.test(node.source ?? ''))
      return new Underflow(String(node.source));
    return node.value;
  }
  if (isMap(node)) {
    const out = nullObject();
    const last = node.items[node.items.length - 1];
    // An empty last value: yaml keeps the lines after it in that pair, which are outside the region.
    if (last && empty(last.value)) throw bail();
    for (const p of node.items) {
      if (!isPair(p) || !isScalar(p.key)) throw bail();
      const k = p.key.value;
      const id = k === null || typeof k !== 'object' ? String(k) : JSON.stringify(k);
      if (id in out) throw bail();
      plainOf(p.key, depth + 1, base);
      out[id] = plainOf(p.value, depth + 1, base);
    }
    return out;
  }
  if (isCollection(node)) {
    const items = node.items as unknown[];
    const last = items[items.length - 1];
    if (items.length && empty(last)) throw bail();
    return items.map((i) => plainOf(i, depth + 1, base));
  }
  throw bail();
}

/** A node with nothing in the text (`key:`, `-`, a tag alone): yaml lets the lines after it join it. */
function empty(n: unknown): boolean {
  const r = (n as { range?: number[] } | null | undefined)?.range;
  return !r || r[0] === r[1];
}
