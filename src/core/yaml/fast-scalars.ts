import { Alias, Document, isScalar, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  CompactMap,
  CompactSeq,
  compactPair,
  literalScalar,
  plainStringScalar,
  setRange,
  stringScalar,
} from './compact-nodes';
import {
  bail,
  closeOnLine,
  isBlankAt,
  isFlowIndicatorAt,
  nullObject,
  PARSE_OPTIONS,
  plainValue,
  quoted,
  Underflow,
} from './fast-scan';

// The one-pass reader's (fast-parse.ts) lines and scalars: plain, quoted and flow, resolved as yaml resolves them.

type Tag = {
  tag?: string;
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (s: string, onError: (m: string) => void, options: unknown) => unknown;
};

// biome-ignore lint/suspicious/noExplicitAny: the Directives class is not exported by yaml
const Directives = new Document().directives!.constructor as any;

// Characters that cannot start a plain scalar in our subset (indicators and anything exotic).
export const NOT_PLAIN_START = new Uint8Array(128);
for (const c of '[]{},#&*!|>\'"%@`') NOT_PLAIN_START[c.charCodeAt(0)] = 1;

/** Letters that start no null, bool, number or .inf/.nan literal of the core schema: always strings. */
const STRING_START = new Uint8Array(128);
for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) STRING_START[c] = 1;
for (const c of 'nNtTfF') STRING_START[c.charCodeAt(0)] = 0;

/** yaml refuses an implicit key whose `:` is more than 1,024 characters after its start; longer ones bail. */
export const MAX_KEY = 1000;
/** Plain values copied for aliases past this go the yaml way (toPlain's MAX_EXPANDED_NODES is far above). */
const MAX_ALIAS_COPIES = 10_000;

/** Distinct short literal texts whose resolution a reader keeps (true, false, null, the numbers a file repeats). */
const MAX_RESOLVED = 4096;

/** A plain scalar's text as yaml's tags read it (see resolvePlain). */
interface Resolved {
  /** the value is the text itself */
  string: boolean;
  value: unknown;
  digits: number | undefined;
  format?: string;
}

export abstract class ScalarReader {
  protected readonly len: number;
  protected readonly doc: Document.Parsed;
  protected readonly tags: Tag[];
  protected readonly strTag: Tag;
  protected readonly schema: unknown;
  protected readonly options: unknown;
  /** offset of the start of the line being read (a BOM at the start is not content: yaml skips it too) */
  protected pos: number;
  /** the tabs of the text, and the [from, to) of each comment read, when it has tabs: they must all be in one */
  protected readonly tabs: number;
  protected readonly comments: number[] = [];
  /** the last value read was empty: yaml keeps the lines after it in that pair, not at the collection's end */
  protected lastEmpty = false;
  protected readonly strings = new Map<string, string>();
  private readonly resolvedKeys = new Map<string, Resolved>();
  private readonly resolvedValues = new Map<string, Resolved>();
  /** the schema's fallback tag is yaml's str tag (its resolve returns the text) */
  private readonly strIsText: boolean;
  /** `&name` → the node and its plain value (each name defined once: a redefinition goes the yaml way) */
  protected readonly anchors = new Map<string, { node: unknown; plain: unknown }>();
  /** plain values copied for aliases so far (toPlain's budget counts them too: past a few, the yaml way) */
  private expanded = 0;

  /**
   * A quoted scalar from `at` whose closing quote is on a later line (undefined when it is on this one), in a
   * collection at column `indent`: folded as yaml folds flow scalars (a line break is a space, n empty lines
   * n newlines, the blanks around a break dropped). Escapes in a double-quoted one go the yaml way.
   */
  protected multiQuoted(
    at: number,
    eol: number,
    quote: number,
    indent: number,
  ): { value: string; end: number; eol: number } | undefined {
    const t = this.text;
    if (closeOnLine(t, at + 1, eol, quote) >= 0) return undefined;
    const text = (from: number, to: number) => {
      const raw = t.slice(from, to);
      if (quote === 34 && raw.includes('\\')) throw bail();
      return quote === 39 ? raw.replace(/''/g, "'") : raw;
    };
    let e = eol;
    while (e > at + 1 && t.charCodeAt(e - 1) === 32) e--;
    let value = text(at + 1, e);
    let p = this.after(eol);
    let empty = 0;
    for (;;) {
      if (p >= this.len) throw bail();
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      const le = this.lineEnd(q);
      if (q === le) {
        if (q > p) throw bail();
        empty++;
        p = this.after(le);
        continue;
      }
      if (q - p <= indent || t.charCodeAt(q) === 35) throw bail();
      const close = closeOnLine(t, q, le, quote);
      let s = close >= 0 ? close : le;
      if (close < 0) while (t.charCodeAt(s - 1) === 32) s--;
      value += (empty ? '\n'.repeat(empty) : ' ') + text(q, s);
      empty = 0;
      if (close >= 0) return { value, end: close + 1, eol: le };
      p = this.after(le);
    }
  }

  /** An anchor or alias name at `from`: where it ends (only [A-Za-z0-9_-]; any other name bails). */
  protected nameEnd(from: number, eol: number): number {
    const t = this.text;
    let e = from;
    for (; e < eol; e++) {
      const c = t.charCodeAt(e);
      if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95))
        break;
    }
    if (e === from || !(e >= eol || t.charCodeAt(e) === 32 || isFlowIndicatorAt(t, e))) throw bail();
    return e;
  }

  /** `*name` at `at` (its name ending at `nameEnd`): yaml's Alias node and the plain value toPlain gives it. */
  protected alias(at: number, nameEnd: number, end: number): [Alias, unknown] {
    const name = this.text.slice(at + 1, nameEnd);
    const target = this.anchors.get(name);
    if (!target) throw bail();
    const node = new Alias(name);
    setRange(node, at, nameEnd, end);
    return [node, this.copyPlain(target.plain)];
  }

  /** A fresh copy of a plain value, as toPlain builds one per alias. */
  private copyPlain(v: unknown): unknown {
    if (++this.expanded > MAX_ALIAS_COPIES) throw bail();
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Underflow) return new Underflow(v.literal);
    if (Array.isArray(v)) return v.map((x) => this.copyPlain(x));
    const o = nullObject();
    for (const k of Object.keys(v)) o[k] = this.copyPlain((v as Record<string, unknown>)[k]);
    return o;
  }

  constructor(protected readonly text: string) {
    this.len = text.length;
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let tabs = 0;
    for (let i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', i + 1)) tabs++;
    this.tabs = tabs;
    const options = Object.assign(
      { _directives: new Directives({ version: '1.2' }) },
      PARSE_OPTIONS,
    ) as unknown as Record<string, unknown>;
    this.doc = new Document(undefined, options) as unknown as Document.Parsed;
    const schema = this.doc.schema as unknown as {
      tags: Tag[];
      compat?: unknown;
      [k: symbol]: unknown;
    };
    if (schema.compat) throw bail();
    this.schema = schema;
    this.options = this.doc.options;
    this.tags = schema.tags.filter((t) => t.test !== undefined && t.default !== false);
    this.strTag = schema[Symbol.for('yaml.scalar')] as Tag;
    this.strIsText =
      this.strTag.tag === 'tag:yaml.org,2002:str' &&
      this.strTag.resolve('x', () => undefined, this.options as never) === 'x';
  }

  /** the start of the line being read */
  where(): number {
    return Math.min(this.pos, this.len);
  }

  /** A comment `text[from, to)` was read: tabs in it are fine. */
  protected comment(from: number, to: number): void {
    if (this.tabs > 0) this.comments.push(from, to);
  }

  /** A tab in `text[from, to)` outside the comments read since the `k`th comment entry. */
  protected strayTab(from: number, to: number, k: number): boolean {
    if (this.tabs === 0) return false;
    const c = this.comments;
    for (let i = this.text.indexOf('\t', from); i >= 0 && i < to; i = this.text.indexOf('\t', i + 1)) {
      while (k < c.length && c[k + 1]! <= i) k += 2;
      if (!(k < c.length && c[k]! <= i)) return true;
    }
    return false;
  }

  /** Every tab was in a comment; else the reader gives up where the first other one is. */
  protected checkTabs(): void {
    if (this.tabs === 0) return;
    const c = this.comments;
    let k = 0;
    for (let i = this.text.indexOf('\t'); i >= 0; i = this.text.indexOf('\t', i + 1)) {
      while (k < c.length && c[k + 1]! <= i) k += 2;
      if (!(k < c.length && c[k]! <= i)) {
        this.pos = i;
        throw bail();
      }
    }
  }

  /** Where the content of the line holding `p` ends: its `\r\n` or `\n`, or the text end. */
  protected lineEnd(p: number): number {
    const nl = this.text.indexOf('\n', p);
    if (nl < 0) return this.len;
    return this.text.charCodeAt(nl - 1) === 13 && nl - 1 >= p ? nl - 1 : nl;
  }

  /** After the line whose content ends at `eol`: where the next line starts. */
  protected after(eol: number): number {
    if (eol >= this.len) return this.len;
    return this.text.charCodeAt(eol) === 13 ? eol + 2 : eol + 1;
  }

  /**
   * The lines that continue a plain scalar `text[at, valueEnd)` whose first line ends at `eol`, in a collection
   * at column `indent`: undefined when there are none. Continuation lines are deeper than `indent`, hold no
   * comment, `: ` or indicator at their start (those go the yaml way); empty lines between fold to newlines.
   */
  protected plainLines(
    indent: number,
    at: number,
    valueEnd: number,
    eol: number,
  ): { value: string; valueEnd: number; eol: number } | undefined {
    const t = this.text;
    let value = t.slice(at, valueEnd);
    let lastEnd = valueEnd;
    let lastEol = eol;
    let p = this.after(eol);
    let empty = 0;
    let found = false;
    while (p < this.len) {
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      const le = this.lineEnd(q);
      if (q === le) {
        // lines of spaces only: their indentation matters to yaml
        if (q > p) throw bail();
        empty++;
        p = this.after(le);
        continue;
      }
      if (q - p <= indent || t.charCodeAt(q) === 35) break;
      const c = t.charCodeAt(q);
      if ((c < 128 && NOT_PLAIN_START[c]) || c === 45 || c === 63 || c === 58) throw bail();
      let e = le;
      for (let i = q; i < le; i++) {
        const ch = t.charCodeAt(i);
        if (
          (ch === 35 && t.charCodeAt(i - 1) === 32) ||
          (ch === 58 && (i + 1 >= le || t.charCodeAt(i + 1) === 32))
        )
          throw bail();
      }
      while (t.charCodeAt(e - 1) === 32) e--;
      value += (empty ? '\n'.repeat(empty) : ' ') + t.slice(q, e);
      empty = 0;
      found = true;
      lastEnd = e;
      lastEol = le;
      p = this.after(le);
    }
    return found ? { value, valueEnd: lastEnd, eol: lastEol } : undefined;
  }

  /** What follows a value on its line: spaces and an optional comment; returns where the node ends. */
  protected lineTail(p: number, eol: number): number {
    const t = this.text;
    let q = p;
    while (t.charCodeAt(q) === 32) q++;
    if (q < eol && !(t.charCodeAt(q) === 35 && q > p)) throw bail();
    if (q < eol) this.comment(q, eol);
    return this.after(eol);
  }

  /** One string per distinct short text: keys, plan ids and `true` repeat thousands of times in a file. */
  protected intern(s: string): string {
    if (s.length > 24) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  protected quotedScalar(at: number, valueEnd: number, raw: string, quote: number, end: number): Scalar {
    const value = this.intern(raw);
    return stringScalar(value, at, valueEnd, end, quote === 34 ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE');
  }

  /** A plain scalar `text[at, valueEnd)`, resolved by the core schema as yaml resolves it. */
  protected plainScalar(at: number, valueEnd: number, end: number, atKey: boolean, folded?: string): Scalar {
    const src = this.intern(folded ?? this.text.slice(at, valueEnd));
    const c = src.charCodeAt(0);
    // a letter that starts no literal: yaml's str tag, whose resolve returns the text itself
    if (c < 128 && STRING_START[c] && this.strIsText) return plainStringScalar(src, at, valueEnd, end);
    const r = this.resolvePlain(src, atKey);
    const s = r.string
      ? plainStringScalar(src, at, valueEnd, end)
      : literalScalar(r.value, at, valueEnd, end, src);
    if (r.digits !== undefined) s.minFractionDigits = r.digits;
    if (r.format) s.format = r.format;
    return s;
  }

  /**
   * What yaml's tags make of a plain scalar's text, once per distinct text (and key or value) of the file: the
   * tags' resolve functions are pure, and `true`, `false`, `0` or `10` repeat thousands of times.
   */
  private resolvePlain(src: string, atKey: boolean): Resolved {
    const kept = atKey ? this.resolvedKeys : this.resolvedValues;
    const known = kept.get(src);
    if (known) return known;
    let tag = this.strTag;
    for (const tg of this.tags)
      if ((tg.default === true || (atKey && tg.default === 'key')) && tg.test!.test(src)) {
        tag = tg;
        break;
      }
    let failed = false;
    const res = tag.resolve(
      src,
      () => {
        failed = true;
      },
      this.options,
    );
    if (failed) throw bail();
    // Bools and floats come back as yaml nodes; a float may carry minFractionDigits.
    const out: Resolved = isScalar(res)
      ? { string: false, value: res.value, digits: (res as Scalar).minFractionDigits, format: tag.format }
      : { string: res === src, value: res, digits: undefined, format: tag.format };
    // bounded: a file of a million distinct numbers must not keep a million answers while it is read
    if (kept.size < MAX_RESOLVED && src.length <= 24) kept.set(src, out);
    return out;
  }

  /**
   * A scalar inside `[...]` or `{...}` at `p`: its node (ending after the blanks that follow it), its plain
   * value, and where the next indicator is. `key` reads up to `: ` instead of up to `,`/`]`/`}`.
   */
  protected flowScalar(p: number, eol: number, key: boolean): [Scalar, unknown, number] {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 42 && !key) {
      // `*name` as a flow entry or value
      const ne = this.nameEnd(p + 1, eol);
      let e = ne;
      while (t.charCodeAt(e) === 32) e++;
      if (!isFlowIndicatorAt(t, e) || t.charCodeAt(e) === 91 || t.charCodeAt(e) === 123) throw bail();
      const [node, value] = this.alias(p, ne, e);
      return [node as never, value, e];
    }
    if (c === 34 || c === 39) {
      const q = quoted(this.text, p, eol, c);
      let e = q.end;
      while (t.charCodeAt(e) === 32) e++;
      return [this.quotedScalar(p, q.end, q.value, c, key ? q.end : e), q.value, key ? q.end : e];
    }
    // In flow context a flow indicator ends `-`, `?` and `:` as a blank does: `[-]`, `[a, ?]`, `{k: -}`.
    if (
      (c < 128 && NOT_PLAIN_START[c]) ||
      ((c === 45 || c === 63 || c === 58) && (isBlankAt(t, p + 1) || isFlowIndicatorAt(t, p + 1)))
    )
      throw bail();
    let e = p;
    for (; e < eol; e++) {
      const ch = t.charCodeAt(e);
      if (ch === 58) {
        if (key && t.charCodeAt(e + 1) === 32) break;
        throw bail();
      }
      if (ch === 44 || ch === 93 || ch === 125) {
        if (key) throw bail();
        break;
      }
      if (ch === 91 || ch === 123) throw bail();
      if (ch === 35 && t.charCodeAt(e - 1) === 32) throw bail();
    }
    let ve = e;
    while (t.charCodeAt(ve - 1) === 32) ve--;
    // A key followed by blanks before its `:`: the yaml path.
    if (key && ve !== e) throw bail();
    const node = this.plainScalar(p, ve, e, key);
    return [node, plainValue(node), e];
  }

  /** `[a, 'b', c]` or `{ a: 1, b: x }` on one line: scalars only. */
  protected flowCollection(at: number, eol: number): [YAMLSeq | YAMLMap, unknown, number] {
    const t = this.text;
    const isMap = t.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    const coll = isMap ? new CompactMap(this.schema as never, at) : new CompactSeq(this.schema as never, at);
    coll.flow = true;
    const plainSeq: unknown[] = [];
    const plainMap = nullObject();
    const items = coll.items as unknown[];
    let p = at + 1;
    while (t.charCodeAt(p) === 32) p++;
    if (t.charCodeAt(p) === close) p++;
    else
      for (;;) {
        if (p >= eol) throw bail();
        if (isMap) {
          const [keyNode, key, colon] = this.flowScalar(p, eol, true);
          if (t.charCodeAt(colon) !== 58 || t.charCodeAt(colon + 1) !== 32 || colon - p > MAX_KEY)
            throw bail();
          const keyId = key === null || typeof key !== 'object' ? String(key) : JSON.stringify(key);
          if (keyId in plainMap) throw bail();
          p = colon + 1;
          while (t.charCodeAt(p) === 32) p++;
          const [node, value, next] = this.flowScalar(p, eol, false);
          items.push(compactPair(keyNode, node));
          plainMap[keyId] = value;
          p = next;
        } else {
          const [node, value, next] = this.flowScalar(p, eol, false);
          items.push(node);
          plainSeq.push(value);
          p = next;
        }
        const sep = t.charCodeAt(p);
        if (sep === close) {
          p++;
          break;
        }
        if (sep !== 44) throw bail();
        p++;
        while (t.charCodeAt(p) === 32) p++;
        // A trailing comma or an empty entry: the yaml path.
        if (t.charCodeAt(p) === close || t.charCodeAt(p) === 44) throw bail();
      }
    const end = this.lineTail(p, eol);
    coll.items = items.slice();
    setRange(coll, at, p, end);
    return [coll, isMap ? plainMap : plainSeq, end];
  }
}
