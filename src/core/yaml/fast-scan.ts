import type { Scalar } from 'yaml';

// The one-pass reader's (fast-parse.ts) scanning helpers: giving up, quoted scalars, character classes.

/** The options parse.ts passes to `parseDocument`: the document's `options` must read the same. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false } as const;

/**
 * Characters the reader leaves to yaml wherever they are (rare in real files, subtle in YAML): controls, a CR
 * outside CRLF, a BOM past the start, line and paragraph separators, lone surrogates. (Tabs are read in
 * comments only: the reader checks that itself.)
 */
export const YAML_PATH_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r(?!\n)|(?<=[\s\S])\ufeff|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

class Bail {}
export const BAIL = new Bail();
/** Where the last bail-out happened, when `traceBailOuts` is on (tests and tuning). */
export const bailOuts = { trace: false, last: '' };
export function bail(): Bail {
  if (bailOuts.trace) bailOuts.last = new Error().stack?.split('\n')[2]?.trim() ?? '';
  return BAIL;
}

/** Where the quote closing a quoted scalar that runs from `from` is on the line ending at `eol`, or -1. */
export function closeOnLine(t: string, from: number, eol: number, quote: number): number {
  for (let i = from; i < eol; i++) {
    const c = t.charCodeAt(i);
    if (quote === 34 && c === 92) i++;
    else if (c === quote) {
      if (quote === 39 && t.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return -1;
}

/** A quoted scalar from `at` (its opening quote) on one line; `end` is just past the closing quote. */
export function quoted(t: string, at: number, eol: number, quote: number): { value: string; end: number } {
  if (quote === 34) {
    let close = t.indexOf('"', at + 1);
    if (close < 0 || close > eol) throw bail();
    // (Searched up to the quote only: an indexOf over the rest of the file per scalar is quadratic.)
    let slash = at + 1;
    while (slash < close && t.charCodeAt(slash) !== 92) slash++;
    if (slash === close) return { value: t.slice(at + 1, close), end: close + 1 };
    // Escapes, decoded as yaml decodes them (`\"`, `\n`, `\u00e9`...).
    let value = '';
    let from = at + 1;
    for (let i = at + 1; ; i++) {
      if (i >= eol) throw bail();
      const ch = t.charCodeAt(i);
      if (ch === 34) {
        close = i;
        break;
      }
      if (ch !== 92) continue;
      value += t.slice(from, i);
      const next = t[i + 1]!;
      const single = ESCAPES[next];
      if (single !== undefined) {
        value += single;
        i++;
      } else {
        const n = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
        const hex = t.slice(i + 2, i + 2 + n);
        if (n === 0 || i + 2 + n > eol || !/^[0-9a-fA-F]+$/.test(hex)) throw bail();
        const code = Number.parseInt(hex, 16);
        if (code > 0x10ffff) throw bail();
        value += String.fromCodePoint(code);
        i += 1 + n;
      }
      from = i + 1;
    }
    return { value: value + t.slice(from, close), end: close + 1 };
  }
  let value = '';
  let from = at + 1;
  for (;;) {
    const close = t.indexOf("'", from);
    if (close < 0 || close > eol) throw bail();
    if (t.charCodeAt(close + 1) === 39) {
      value += t.slice(from, close + 1);
      from = close + 2;
      continue;
    }
    value += t.slice(from, close);
    return { value, end: close + 1 };
  }
}

/** A non-zero number literal too small for a double (it would read as 0). */
export class Underflow {
  constructor(readonly literal: string) {}
}

/**
 * A map's plain value: no prototype (so `__proto__` and `constructor` are ordinary keys), like toPlain's, but
 * with fast properties: `Object.create(null)` makes a dictionary object, three times the memory.
 */
export function nullObject(): Record<string, unknown> {
  return Object.setPrototypeOf({}, null);
}

/** yaml's one-character escapes in double-quoted scalars. */
const ESCAPES: Record<string, string> = Object.assign(Object.create(null), {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
});

export function isFlowIndicatorAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** `---` or `...` at `i` (a line start) followed by a blank or the end: a document marker. */
export function isDocumentMarker(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return (
    t.charCodeAt(i + 1) === c &&
    t.charCodeAt(i + 2) === c &&
    (isBlankAt(t, i + 3) || t.charCodeAt(i + 3) === 9)
  );
}

export function isBlankAt(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || Number.isNaN(c);
}

/** A scalar's plain value, as parse.ts's `toPlain` gives it (`1e-400` kept as its literal). */
export function plainValue(n: Scalar): unknown {
  const v = n.value;
  if (v === 0 && /^[-+]?(?:\d*\.)?\d*[1-9]/.test(n.source ?? '')) return new Underflow(String(n.source));
  return v;
}
