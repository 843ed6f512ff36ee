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
  Parser,
  parseDocument,
  visit,
  type YAMLMap,
} from 'yaml';
import type { Range, Span } from '../types';
import { fastParse, PARSE_OPTIONS, Underflow } from './fast-parse';

/** Past this nesting depth a document is refused: deeper input is an attack, not a packaging file. */
export const MAX_DEPTH = 200;
/** Cap on nodes produced while expanding aliases: stops "billion laughs" in linear time. */
export const MAX_EXPANDED_NODES = 200_000;

export { Underflow };

export interface SyntaxProblem {
  message: string;
  span: Span;
}

export interface ParsedText {
  text: string;
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  problems: SyntaxProblem[];
  /**
   * Took the yaml path because the one-pass reader gave up here (fastParse's `why.at`); undefined when the
   * reader read it (or the text was refused before either reader).
   */
  yamlPathAt?: number;
  /** the one-pass reader's FastParsed.blockDepth, when it read the whole text */
  blockDepth?: number;
}

/** `yamlPath`: read the text the yaml way even if the one-pass reader could (as the whole file was). */
export interface ParseOptions {
  yamlPath?: boolean;
}

export interface Parsed extends ParsedText {
  /** the document as plain values (no prototypes), when it parsed */
  plain: unknown;
  /** YAML syntax errors (or a document too deep or too aliased to read): only `syntax` findings then */
  syntaxError: boolean;
}

/** Text → YAML document, positions and plain values, in one step; a text that cannot be read has `problems`. */
export function parse(text: string, options: ParseOptions = {}): Parsed {
  const { parsed, plain } = read(text, options);
  if (!parsed.doc) return { ...parsed, plain: undefined, syntaxError: true };
  // The fast reader gave the plain values in the same pass.
  if (plain !== NOT_READ) return { ...parsed, plain, syntaxError: false };
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
  return read(text).parsed;
}

const NOT_READ = Symbol('not read');

/** Off only in tests that compare the one-pass reader with yaml's path. */
export const reader = { fast: true };

function read(text: string, options: ParseOptions = {}): { parsed: ParsedText; plain: unknown } {
  const viaYaml = (parsed: ParsedText) => ({ parsed, plain: NOT_READ });
  // Lines are counted from the text, not by the parser: yaml's own counter misses the line breaks inside
  // multi-line plain scalars in flow collections, which shifts every later position by a line.
  const lineCounter = lineCounterOf(text);
  const problems: SyntaxProblem[] = [];
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    problems.push({
      message: 'This file is binary (it contains a NUL byte), not YAML text.',
      span: { start: nul, end: nul + 1 },
    });
    return viaYaml({ text, doc: undefined, lineCounter, problems });
  }
  const cr = text.indexOf('\r');
  if (cr >= 0 && !text.includes('\n') && cr < text.length - 1) {
    problems.push({
      message:
        'The lines of this file end with CR alone (classic Mac OS line ends), which YAML does not read as line breaks: save it with LF or CRLF line ends.',
      span: { start: cr, end: cr + 1 },
    });
    return viaYaml({ text, doc: undefined, lineCounter, problems });
  }
  // Most packaging files take the one-pass reader; anything it does not handle takes yaml's path below.
  const why = { at: 0 };
  const fast = reader.fast && !options.yamlPath ? fastParse(text, why) : undefined;
  if (fast)
    return {
      parsed: {
        text,
        doc: fast.doc,
        lineCounter,
        problems,
        ...(fast.blockDepth !== undefined ? { blockDepth: fast.blockDepth } : {}),
      },
      plain: fast.plain,
    };
  const yamlPathAt = why.at;
  const yamlRead = (p: ParsedText) => ({ parsed: { ...p, yamlPathAt }, plain: NOT_READ });
  const depth = flowDepthProblem(text) ?? blockDepthProblem(text);
  if (depth) {
    problems.push(depth);
    return yamlRead({ text, doc: undefined, lineCounter, problems });
  }
  let doc: Document.Parsed;
  try {
    // uniqueKeys off: yaml's own check compares each key with every earlier one (16,000 keys took 16 s).
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch (e) {
    problems.push({
      message: `The YAML parser gave up: ${(e as Error).message}`,
      span: { start: 0, end: 0 },
    });
    return yamlRead({ text, doc: undefined, lineCounter, problems });
  }
  const bracketError = (err: (typeof doc.errors)[number]) =>
    (err.code === 'MISSING_CHAR' || err.code === 'BAD_INDENT') &&
    /must be sufficiently indented and end with a [}\]]/.test(err.message);
  // Every bracket question answered in one forward pass: a scan from offset 0 per error is quadratic.
  const openers = unclosedBrackets(
    text,
    doc.errors.filter(bracketError).map((e) => Math.min(e.pos[0], text.length)),
  );
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
    if (err.code === 'MULTIPLE_DOCS') {
      problems.push({
        message:
          'A second YAML document starts here (a `---` line after content): a packaging file is one document. Remove the `---` line or move the rest to its own file.',
        span: { start, end },
      });
      continue;
    }
    const opener = bracketError(err) ? openers.get(start) : undefined;
    if (opener !== undefined) {
      // Point at the bracket left open, not at the line after it where the parser noticed.
      problems.push({
        message: `This \`${text[opener]}\` is never closed: end the ${text[opener] === '{' ? 'map with `}`' : 'list with `]`'} (a flow collection written over several lines must be indented more than its key).`,
        span: { start: opener, end: opener + 1 },
      });
      continue;
    }
    problems.push({ message: cleanMessage(err.message), span: { start, end } });
  }
  if (problems.length === 0) problems.push(...duplicateKeys(doc));
  return yamlRead({ text, doc: problems.length ? undefined : doc, lineCounter, problems });
}

/** Past this many, one more finding says how many were left out (a file of 100,000 repeats stays readable). */
export const MAX_DUPLICATE_KEYS = 100;

/** Keys that repeat within one map, named, in one pass with a set per map (iterative: no deep recursion). */
function duplicateKeys(doc: Document.Parsed): SyntaxProblem[] {
  const found: Pair<unknown, unknown>[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const n = stack.pop();
    if (isMap(n)) {
      const seen = new Set<string>();
      for (const p of n.items as Pair<unknown, unknown>[]) {
        const k = p.key;
        if (isScalar(k)) {
          const id = `${typeof k.value}:${String(k.value)}`;
          if (seen.has(id)) found.push(p);
          else seen.add(id);
        }
        stack.push(p.value);
      }
    } else if (isSeq(n)) for (const i of n.items) stack.push(i);
  }
  const spanOfKey = (p: Pair<unknown, unknown>): Span => {
    const r = (p.key as Node).range;
    return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
  };
  found.sort((a, b) => spanOfKey(a).start - spanOfKey(b).start);
  const out: SyntaxProblem[] = found.slice(0, MAX_DUPLICATE_KEYS).map((p) => ({
    message: `Duplicate key "${truncate(String((p.key as { value: unknown }).value))}": a key may appear only once in a map; remove or rename this one.`,
    span: spanOfKey(p),
  }));
  if (found.length > MAX_DUPLICATE_KEYS)
    out.push({
      message: `${found.length - MAX_DUPLICATE_KEYS} more duplicate keys are not listed.`,
      span: spanOfKey(found[MAX_DUPLICATE_KEYS]!),
    });
  return out;
}

function truncate(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function cleanMessage(m: string): string {
  // yaml appends "at line X, column Y:" with a code frame when prettyErrors is on; keep the first line only.
  const first = m.split('\n')[0] ?? m;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * For each offset of `befores`: the last `{` or `[` before it left open (quotes and comments skipped), when
 * there is one. One pass over the text, however many offsets.
 */
export function unclosedBrackets(text: string, befores: readonly number[]): Map<number, number | undefined> {
  const answers = new Map<number, number | undefined>();
  const queries = [...new Set(befores)].sort((a, b) => a - b);
  const open: number[] = [];
  let quote = 0;
  let q = 0;
  const answerUpTo = (i: number) => {
    while (q < queries.length && queries[q]! <= i) answers.set(queries[q++]!, open[open.length - 1]);
  };
  for (let i = 0; i < text.length && q < queries.length; i++) {
    answerUpTo(i);
    if (q >= queries.length) break;
    const c = text.charCodeAt(i);
    if (quote) {
      if (quote === 34 && c === 92) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 35 && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      // (questions inside the comment see the brackets before it)
      answerUpTo(nl - 1);
      i = nl;
    } else if ((c === 34 || c === 39) && open.length > 0) quote = c;
    else if (c === 123 || c === 91) open.push(i);
    else if ((c === 125 || c === 93) && open.length) open.pop();
  }
  answerUpTo(Number.POSITIVE_INFINITY);
  return answers;
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

/**
 * Deep block nesting (`- - - … x`, or ever deeper indentation) makes the composer recurse until the stack runs
 * out, at a depth that depends on how deep the caller's own stack was: refuse it up front, in linear time, so
 * the answer is the same every time and nothing can abort.
 */
function blockDepthProblem(text: string): SyntaxProblem | undefined {
  // An upper bound per line: each column of indentation and each compact `- ` or `? ` opens at most one level.
  let suspicious = false;
  for (let i = 0; i < text.length && !suspicious; ) {
    let j = i;
    while (text.charCodeAt(j) === 32) j++;
    let levels = j - i;
    for (;;) {
      const c = text.charCodeAt(j);
      const next = text.charCodeAt(j + 1);
      if ((c === 45 || c === 63) && (next === 32 || next === 9)) {
        levels++;
        j += 2;
        while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      } else break;
    }
    if (levels + 2 > MAX_DEPTH) suspicious = true;
    const nl = text.indexOf('\n', j);
    i = nl < 0 ? text.length : nl + 1;
  }
  return suspicious ? cstDepthProblem(text) : undefined;
}

type CstItem = { key?: unknown; value?: unknown };

/** The exact collection depth from yaml's CST parser (a state machine with its own stack: no recursion). */
function cstDepthProblem(text: string): SyntaxProblem | undefined {
  const stack: [unknown, number][] = [];
  for (const tok of new Parser().parse(text)) stack.push([tok, 0]);
  stack.reverse();
  while (stack.length) {
    const [tok, depth] = stack.pop()!;
    if (!tok || typeof tok !== 'object') continue;
    const t = tok as { type?: string; offset?: number; value?: unknown; items?: CstItem[] };
    if (t.type === 'document') {
      stack.push([t.value, depth]);
      continue;
    }
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (depth + 1 > MAX_DEPTH) {
        const at = Math.min(t.offset ?? 0, text.length);
        return {
          message: `Nesting deeper than ${MAX_DEPTH} levels: a packaging file never needs this, so the file is not read further.`,
          span: { start: at, end: Math.min(at + 1, text.length) },
        };
      }
      for (const it of [...(t.items ?? [])].reverse()) {
        stack.push([it.value, depth + 1]);
        stack.push([it.key, depth + 1]);
      }
    }
  }
  return undefined;
}

/**
 * The line starts of `text`, for `toRange` (yaml's `linePos` reads them), in a typed array of exact size: a
 * result keeps them, and a pushed array of 60,000 lines is twice as big. Nothing adds lines afterwards.
 */
export function lineCounterOf(text: string): LineCounter {
  // one pass over the text (a guess of a line per 24 characters, doubled when short), then the exact size
  let buf = new Uint32Array(Math.max(16, Math.ceil(text.length / 24)));
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (k === buf.length) {
      const grown = new Uint32Array(k * 2);
      grown.set(buf);
      buf = grown;
    }
    buf[k++] = i + 1;
  }
  const lc = new LineCounter();
  lc.lineStarts = buf.slice(0, k) as unknown as number[];
  return lc;
}

/**
 * The line starts of a text that differs from the one `old` counted only in [from, oldTo), now [from, oldTo +
 * delta): starts up to `from` are kept, those after the change moved, only the changed part scanned.
 */
export function lineCounterAfter(
  old: LineCounter,
  text: string,
  from: number,
  oldTo: number,
  delta: number,
): LineCounter {
  const starts = old.lineStarts as unknown as Uint32Array;
  // the first line start past `from`, and the first one past `oldTo` (its newline lies after the change)
  const firstAfter = (x: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const keep = firstAfter(from);
  const moved = firstAfter(oldTo);
  let inside = 0;
  const end = oldTo + delta;
  for (let i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) inside++;
  const out = new Uint32Array(keep + inside + (starts.length - moved));
  out.set(starts.subarray(0, keep));
  let k = keep;
  for (let i = text.indexOf('\n', from); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) out[k++] = i + 1;
  for (let j = moved; j < starts.length; j++) out[k++] = starts[j]! + delta;
  const lc = new LineCounter();
  lc.lineStarts = out as unknown as number[];
  return lc;
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
/** A map key as text, the way every lookup by key compares it; undefined for a missing key. */
export function keyName(k: unknown): string | undefined {
  return isScalar(k) ? String(k.value) : k != null ? String(k) : undefined;
}

export function pairOf(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  for (const p of (map as YAMLMap<Node, Node>).items) if (keyName(p.key) === key) return p;
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
  // Only nodes reached through an alias count: the text itself bounds the rest, so a big file with no alias
  // is never an alias bomb.
  let budget = MAX_EXPANDED_NODES;
  const walk = (n: unknown, depth: number, viaAlias = false): unknown => {
    if (viaAlias && --budget < 0)
      throw new ConversionError('Aliases expand to too many nodes (an alias bomb?).', n as Node);
    if (depth > MAX_DEPTH) throw new ConversionError(`Nesting deeper than ${MAX_DEPTH} levels.`, n as Node);
    if (isAlias(n)) {
      const target = resolveAlias(doc, n);
      if (!target) throw new ConversionError(`Unresolved alias *${n.source}.`, n);
      return walk(target, depth + 1, true);
    }
    if (isScalar(n)) {
      // `1e-400` reads as 0: a price that silently becomes free. Keep the literal, which the schema refuses.
      if (n.value === 0 && n.type === 'PLAIN' && /^[-+]?(?:\d*\.)?\d*[1-9]/.test(n.source ?? ''))
        return new Underflow(String(n.source));
      return n.value;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const p of n.items) {
        const k = isAlias(p.key) ? resolveAlias(doc, p.key) : p.key;
        // A list or map used as a key parses as YAML; it becomes an unknown key (a schema error), not a crash.
        const key = isScalar(k) ? k.value : k == null ? null : String(k);
        Object.defineProperty(out, keyString(key), {
          value: walk(p.value, depth + 1, viaAlias),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    if (isSeq(n)) return n.items.map((i) => walk(i, depth + 1, viaAlias));
    return n == null ? null : undefined;
  };
  return walk(node, 0);
}
