import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';
import type { Range, Span } from './types';

/** Past this nesting depth a document is refused: deeper input is an attack, not a packaging file. */
export const MAX_DEPTH = 200;
/** Cap on nodes produced while expanding aliases: stops "billion laughs" in linear time. */
export const MAX_EXPANDED_NODES = 200_000;

export interface SyntaxProblem {
  message: string;
  span: Span;
}

export interface ParsedText {
  text: string;
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  problems: SyntaxProblem[];
}

export interface Parsed extends ParsedText {
  /** the document as plain values (no prototypes), when it parsed */
  plain: unknown;
  /** YAML syntax errors (or a document too deep or too aliased to read): only `syntax` findings then */
  syntaxError: boolean;
}

/** Text → YAML document, positions and plain values, in one step; a text that cannot be read has `problems`. */
export function parse(text: string): Parsed {
  const parsed = parseText(text);
  if (!parsed.doc) return { ...parsed, plain: undefined, syntaxError: true };
  try {
    return { ...parsed, plain: toPlain(parsed.doc, parsed.doc.contents), syntaxError: false };
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    const r = e.node?.range;
    const problem = { message: e.message, span: r ? { start: r[0], end: r[1] } : { start: 0, end: 0 } };
    return { ...parsed, doc: undefined, problems: [problem], plain: undefined, syntaxError: true };
  }
}

export function parseText(text: string): ParsedText {
  // Lines are counted from the text, not by the parser: yaml's own counter misses the line breaks inside
  // multi-line plain scalars in flow collections, which shifts every later position by a line.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const problems: SyntaxProblem[] = [];
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    problems.push({
      message: 'This file is binary (it contains a NUL byte), not YAML text.',
      span: { start: nul, end: nul + 1 },
    });
    return { text, doc: undefined, lineCounter, problems };
  }
  const depth = flowDepthProblem(text);
  if (depth) {
    problems.push(depth);
    return { text, doc: undefined, lineCounter, problems };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      prettyErrors: false,
      uniqueKeys: true,
      keepSourceTokens: false,
    });
  } catch (e) {
    problems.push({
      message: `The YAML parser gave up: ${(e as Error).message}`,
      span: { start: 0, end: 0 },
    });
    return { text, doc: undefined, lineCounter, problems };
  }
  for (const err of doc.errors) {
    // The parser may point one past the end (an unclosed collection at EOF): keep spans inside the text.
    const start = Math.min(err.pos[0], text.length);
    const end = Math.min(Math.max(err.pos[0], err.pos[1]), text.length);
    if (/call stack/i.test(err.message)) {
      // The parser caught its own stack overflow on deep block nesting: one clear finding, not one per node.
      problems.push({
        message: 'Nesting too deep for the YAML parser to follow: a packaging file never needs this.',
        span: { start, end },
      });
      break;
    }
    problems.push({ message: cleanMessage(err.message), span: { start, end } });
  }
  return { text, doc: problems.length ? undefined : doc, lineCounter, problems };
}

function cleanMessage(m: string): string {
  // yaml appends "at line X, column Y:" with a code frame when prettyErrors is on; keep the first line only.
  const first = m.split('\n')[0] ?? m;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/** Deep flow collections ([[[[...) can overflow the parser's stack; refuse them up front, in linear time. */
function flowDepthProblem(text: string): SyntaxProblem | undefined {
  let depth = 0;
  let inSingle = false;
  let inDouble = false;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      comment = false;
      continue;
    }
    if (comment) continue;
    if (inDouble) {
      if (c === 92) i++;
      else if (c === 34) inDouble = false;
      continue;
    }
    if (inSingle) {
      if (c === 39) inSingle = false;
      continue;
    }
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9))
      comment = true;
    else if (c === 34 && depth > 0) inDouble = true;
    else if (c === 91 || c === 123) {
      depth++;
      // This scan also counts brackets inside plain, quoted and block scalars; the lexer confirms.
      if (depth > MAX_DEPTH) return lexedDepthProblem(text);
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** The exact flow depth from yaml's (iterative) lexer, stopping at the first bracket past the limit. */
function lexedDepthProblem(text: string): SyntaxProblem | undefined {
  let depth = 0;
  let offset = 0;
  for (const tok of new Lexer().lex(text)) {
    if (tok === '[' || tok === '{') {
      if (++depth > MAX_DEPTH)
        return {
          message: `Nesting deeper than ${MAX_DEPTH} levels: a packaging file never needs this, so the file is not read further.`,
          span: { start: offset, end: offset + 1 },
        };
    } else if ((tok === ']' || tok === '}') && depth > 0) depth--;
    // Control tokens (document start, scalar and flow-error markers) are not in the source.
    if (tok !== '\x02' && tok !== '\x18' && tok !== '\x1f') offset += tok.length;
  }
  return undefined;
}

export function spanOf(node: Node | undefined | null): Span | undefined {
  const r = node?.range;
  if (!r) return undefined;
  return { start: r[0], end: r[1] };
}

export function toRange(lc: LineCounter, span: Span): Range {
  const a = lc.linePos(span.start);
  const b = lc.linePos(span.end);
  return {
    start: { line: a.line - 1, character: a.col - 1 },
    end: { line: b.line - 1, character: b.col - 1 },
  };
}

/** The pair of `map` whose key is the scalar `key`. */
export function pairOf(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  for (const p of (map as YAMLMap<Node, Node>).items) {
    if (isScalar(p.key) ? String(p.key.value) === key : p.key != null && String(p.key) === key) return p;
  }
  return undefined;
}

export function mapValue(map: unknown, key: string): Node | undefined {
  const v = pairOf(map, key)?.value;
  return v ?? undefined;
}

const aliasTargets = new WeakMap<Document, Map<Alias, Node | undefined>>();

/**
 * The node an alias points at (the last node with its anchor before it). yaml's `Alias.resolve` walks the whole
 * document on every call, which makes thousands of aliases take minutes; this walks it once per document.
 */
export function resolveAlias(doc: Document, alias: Alias): Node | undefined {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<Alias, Node | undefined>();
    const last = new Map<string, Node>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) found.set(node, last.get(node.source));
        else {
          const anchor = (node as { anchor?: string }).anchor;
          if (anchor) last.set(anchor, node as Node);
        }
      },
    });
    targets = found;
    aliasTargets.set(doc, targets);
  }
  return targets.get(alias);
}

function keyString(key: unknown): string {
  return typeof key === 'object' && key !== null ? JSON.stringify(key) : String(key);
}

export class ConversionError extends Error {
  constructor(
    message: string,
    readonly node: Node | undefined,
  ) {
    super(message);
  }
}

/**
 * YAML nodes -> plain values, with no prototype on objects (so `__proto__` stays an ordinary, unknown key)
 * and a budget on alias expansion.
 */
export function toPlain(doc: Document.Parsed, node: unknown): unknown {
  let budget = MAX_EXPANDED_NODES;
  const walk = (n: unknown, depth: number): unknown => {
    if (--budget < 0)
      throw new ConversionError('Aliases expand to too many nodes (an alias bomb?).', n as Node);
    if (depth > MAX_DEPTH) throw new ConversionError(`Nesting deeper than ${MAX_DEPTH} levels.`, n as Node);
    if (isAlias(n)) {
      const target = resolveAlias(doc, n);
      if (!target) throw new ConversionError(`Unresolved alias *${n.source}.`, n);
      return walk(target, depth + 1);
    }
    if (isScalar(n)) return n.value;
    if (isMap(n)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const p of n.items) {
        const k = isAlias(p.key) ? resolveAlias(doc, p.key) : p.key;
        // A list or map used as a key parses as YAML; it becomes an unknown key (a schema error), not a crash.
        const key = isScalar(k) ? k.value : k == null ? null : String(k);
        Object.defineProperty(out, keyString(key), {
          value: walk(p.value, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    if (isSeq(n)) return n.items.map((i) => walk(i, depth + 1));
    return n == null ? null : undefined;
  };
  return walk(node, 0);
}
