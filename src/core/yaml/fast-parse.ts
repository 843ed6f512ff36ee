import { type Document, isScalar, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import {
  CompactMap,
  CompactSeq,
  compactPair,
  literalScalar,
  rangeEnd,
  rangeStart,
  setRange,
  stringScalar,
} from './compact-nodes';
import { yamlItem } from './fast-items';
import { MAX_KEY, NOT_PLAIN_START, ScalarReader } from './fast-scalars';
import {
  BAIL,
  bail,
  closeOnLine,
  isBlankAt,
  isDocumentMarker,
  nullObject,
  plainValue,
  quoted,
  YAML_PATH_CHARS,
} from './fast-scan';

export { bailOuts, PARSE_OPTIONS, Underflow, YAML_PATH_CHARS } from './fast-scan';

/**
 * A one-pass reader for the block-style YAML that packaging files are written in: block maps and sequences,
 * plain scalars (wrapped onto more lines too), single-line quoted scalars, `[a, b]` lists of scalars, `|`/`>`
 * block scalars, comments and blank lines, a `---` line and a BOM at the start, tabs in comments. It builds the same yaml nodes (class, range, type, value, source) that `yaml.parseDocument` would,
 * and the plain values in the same pass, at a fraction of the cost of yaml's lexer, parser and composer.
 * Whatever it does not fully handle (or anything yaml would warn about) makes it return undefined, and the
 * caller takes the yaml path, which produces the messages. Comments are not attached to nodes (nothing of
 * ours reads them; the text keeps them).
 */
export interface FastParsed {
  doc: Document.Parsed;
  plain: unknown;
  /**
   * The most block collections nested on one path, the root's included (a flow list inside counts one more);
   * undefined when an item was read the yaml way.
   */
  blockDepth?: number;
}

/** Nesting past this goes the yaml way, where parse.ts's depth guards answer (its MAX_DEPTH is larger). */
const FAST_MAX_DEPTH = 64;

/**
 * The document, or undefined: the caller takes the yaml path. `why.at` then tells where the reader gave up:
 * the first character of YAML_PATH_CHARS, or the start of the line it was reading.
 */
export function fastParse(text: string, why?: { at: number }): FastParsed | undefined {
  const odd = YAML_PATH_CHARS.exec(text);
  if (odd) {
    if (why) why.at = odd.index;
    return undefined;
  }
  const parser = new FastParser(text);
  try {
    return parser.run();
  } catch (e) {
    if (e !== BAIL) throw e;
    if (why) why.at = parser.where();
    return undefined;
  }
}

class FastParser extends ScalarReader {
  // The blank and comment lines after the last value (yaml's trailing tokens) and the content line after them.
  private nextIndent = -1;
  private nextOffset = 0;
  private regionMaxComment = -1;
  private regionConsumed = false;
  private depth = 0;
  private maxDepth = 0;
  /** an item was read the yaml way: its depth is not counted */
  private yamlItems = false;
  /** where a `---` line before the content starts the document, or -1 */
  private docStart = -1;

  /** the first content line was found: a `---` line after it is a second document */
  private started = false;

  /** the plain value of the node the last parse method returned (no [node, value] pair per value) */
  private plainOut: unknown = undefined;

  run(): FastParsed {
    this.scanRegion(Number.POSITIVE_INFINITY);
    this.started = true;
    // The root: a block map starting at column 0.
    if (this.nextIndent !== 0) throw bail();
    const start = this.nextOffset;
    const map = this.parseMap(0, start);
    const plain = this.plainOut;
    if ((this.nextIndent as number) !== -1) throw bail();
    this.checkTabs();
    const doc = this.doc;
    doc.contents = map as never;
    const end = rangeEnd(map);
    // Trailing blank and comment lines belong to the document's end.
    if (this.docStart >= 0) doc.directives!.docStart = true;
    (doc as { range: [number, number, number] }).range = [
      this.docStart >= 0 ? this.docStart : start,
      end,
      this.regionConsumed || this.lastEmpty ? end : this.len,
    ];
    return { doc, plain, ...(this.yamlItems ? {} : { blockDepth: this.maxDepth }) };
  }

  /**
   * Skips blank and comment lines from `this.pos`, up to the next content line (`nextIndent`, `nextOffset`;
   * -1 at the end). `innermost` is the indent of the deepest open collection: a comment indented deeper
   * right after a value joins that value's range in yaml, which this reader does not model.
   */
  private scanRegion(innermost: number): void {
    const t = this.text;
    let p = this.pos;
    let firstComment = true;
    this.regionMaxComment = -1;
    this.regionConsumed = false;
    for (;;) {
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      if (q >= this.len) {
        this.nextIndent = -1;
        this.nextOffset = this.len;
        this.pos = this.len;
        return;
      }
      const c = t.charCodeAt(q);
      if (c === 10 || c === 13) {
        p = this.after(q);
        continue;
      }
      if (c === 35) {
        const indent = q - p;
        if (firstComment && indent > innermost) throw bail();
        firstComment = false;
        if (indent > this.regionMaxComment) this.regionMaxComment = indent;
        const le = this.lineEnd(q);
        this.comment(q, le);
        p = this.after(le);
        continue;
      }
      // `---` or `...` at column 0 starts or ends a document: the yaml path says which, and its errors,
      // but for one `---` line (an optional comment after it) before any content.
      if (q === p && (c === 45 || c === 46) && isDocumentMarker(t, q)) {
        if (c !== 45 || this.docStart >= 0 || innermost !== Number.POSITIVE_INFINITY || this.started)
          throw bail();
        this.docStart = q;
        let r = q + 3;
        while (t.charCodeAt(r) === 32) r++;
        const eol = this.lineEnd(q);
        if (r < eol && !(t.charCodeAt(r) === 35 && r > q + 3)) throw bail();
        this.comment(r, eol);
        p = this.after(eol);
        firstComment = true;
        continue;
      }
      this.nextIndent = q - p;
      this.nextOffset = q;
      this.pos = p;
      return;
    }
  }

  /** yaml keeps trailing comment lines indented at least as deep as a closing (indented) collection in it. */
  private closeRange(node: YAMLMap | YAMLSeq, indent: number, end: number): void {
    let end2 = end;
    if (!this.lastEmpty && !this.regionConsumed && indent > 0 && this.regionMaxComment >= indent) {
      end2 = this.nextOffset;
      this.regionConsumed = true;
    }
    setRange(node, rangeStart(node), end, end2);
  }

  private enter(): void {
    if (++this.depth > FAST_MAX_DEPTH) throw bail();
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  /** A block map whose first key starts at `keyAt` (on the current line), all keys at column `indent`. */
  private parseMap(indent: number, keyAt: number): YAMLMap {
    this.enter();
    const t = this.text;
    const map = new CompactMap(this.schema as never, keyAt);
    const plain = nullObject();
    const items = map.items as Pair[];
    let k = keyAt;
    let offset = keyAt;
    for (;;) {
      // key
      const eol = this.lineEnd(k);
      let keyNode: Scalar;
      let colon: number;
      const c = t.charCodeAt(k);
      if (c === 34 || c === 39) {
        const q = quoted(this.text, k, eol, c);
        keyNode = this.quotedScalar(k, q.end, q.value, c, q.end);
        colon = q.end;
        if (t.charCodeAt(colon) !== 58 || !isBlankAt(t, colon + 1)) throw bail();
        // yaml: an implicit key's `:` at most 1,024 characters after its start (kept well inside that).
        if (colon - k > MAX_KEY) throw bail();
      } else {
        if (c < 128 && NOT_PLAIN_START[c]) throw bail();
        if ((c === 45 || c === 63 || c === 58) && isBlankAt(t, k + 1)) throw bail();
        colon = -1;
        for (let i = k; i < eol; i++) {
          const ch = t.charCodeAt(i);
          if (ch === 58) {
            const n = t.charCodeAt(i + 1);
            if (i + 1 >= eol || n === 32) {
              colon = i;
              break;
            }
          } else if (ch === 35 && t.charCodeAt(i - 1) === 32) throw bail();
        }
        if (colon < 0 || t.charCodeAt(colon - 1) === 32 || colon - k > MAX_KEY) throw bail();
        keyNode = this.plainScalar(k, colon, colon, true);
      }
      const key = keyNode.value;
      const keyId = key === null || typeof key !== 'object' ? String(key) : JSON.stringify(key);
      // A repeated key: the yaml path names it.
      if (keyId in plain) throw bail();
      // value
      const valueNode = this.parseValue(indent, colon + 1, eol, true);
      const value = this.plainOut;
      items.push(compactPair(keyNode, valueNode));
      plain[keyId] = value;
      offset = rangeEnd(valueNode);
      const ni = this.nextIndent;
      if (ni === indent) {
        const nc = t.charCodeAt(this.nextOffset);
        if (nc === 45 && isBlankAt(t, this.nextOffset + 1)) throw bail();
        k = this.nextOffset;
        continue;
      }
      if (ni > indent) throw bail();
      break;
    }
    // An array grown by push keeps up to 16 spare slots: thousands of small maps, a megabyte of them.
    map.items = items.slice();
    this.closeRange(map, indent, offset);
    this.depth--;
    this.plainOut = plain;
    return map;
  }

  /** A block sequence whose `-` indicators sit at column `indent`; the current line starts with one at `at`. */
  private parseSeq(indent: number, at: number): YAMLSeq {
    this.enter();
    const t = this.text;
    const seq = new CompactSeq(this.schema as never, at);
    const plain: unknown[] = [];
    const items = seq.items as unknown[];
    let dash = at;
    let offset = at;
    let commentBefore = false;
    // An item of a top-level list the reader cannot read is read the yaml way, alone (fast-items.ts).
    const topLevel = this.depth === 2;
    for (;;) {
      const eol = this.lineEnd(dash);
      const depth = this.depth;
      const comments = this.comments.length;
      let node: unknown;
      let value: unknown;
      try {
        node = this.parseValue(indent, dash + 1, eol, false, commentBefore);
        value = this.plainOut;
        // a tab outside a comment in it: the yaml way too (tabs are whitespace to yaml in places)
        if (topLevel && this.strayTab(this.lineStart(dash), rangeEnd(node as object), comments)) throw BAIL;
      } catch (e) {
        if (e !== BAIL || !topLevel) throw e;
        this.depth = depth;
        this.comments.length = comments;
        node = this.yamlItem(indent, dash);
        value = this.plainOut;
      }
      items.push(node);
      plain.push(value);
      offset = rangeEnd(node as object);
      if (this.nextIndent === indent) {
        const nc = t.charCodeAt(this.nextOffset);
        if (nc === 45 && isBlankAt(t, this.nextOffset + 1)) {
          dash = this.nextOffset;
          commentBefore = this.regionMaxComment >= 0;
          continue;
        }
        // A key at the seq's column: the seq was the value of a map at that column.
        break;
      }
      if (this.nextIndent > indent) throw bail();
      break;
    }
    seq.items = items.slice();
    this.closeRange(seq, indent, offset);
    this.depth--;
    this.plainOut = plain;
    return seq;
  }

  /**
   * The value after `key:` or `-` (at `from`, the character after the indicator) on a line ending at `eol`,
   * in a collection at column `indent`. Leaves the reader at the next content line.
   */
  private parseValue(
    indent: number,
    from: number,
    eol: number,
    inMap: boolean,
    /** a comment line before this `-`: yaml gives an empty item that comment (and a longer range) */
    commentBefore = false,
  ): Scalar | YAMLMap | YAMLSeq {
    const t = this.text;
    let v = from;
    while (t.charCodeAt(v) === 32) v++;
    const c = v < eol && v > from ? t.charCodeAt(v) : 0;
    if (c === 42) {
      // `*name`, alone on its line (a comment after it)
      const ne = this.nameEnd(v + 1, eol);
      let e = ne;
      while (t.charCodeAt(e) === 32) e++;
      if (e < eol && !(t.charCodeAt(e) === 35 && e > ne)) throw bail();
      if (e < eol) this.comment(e, eol);
      const end = this.after(eol);
      const [node, value] = this.alias(v, ne, end);
      this.pos = end;
      this.lastEmpty = false;
      this.scanRegion(indent);
      this.plainOut = value;
      return node as never;
    }
    if (c !== 38) return this.parseNode(indent, from, eol, inMap, commentBefore);
    // `&name` before a scalar or flow collection on its line, or before a block on the lines after it
    const ne = this.nameEnd(v + 1, eol);
    if (t.charCodeAt(ne) !== 32 && ne < eol) throw bail();
    const name = t.slice(v + 1, ne);
    if (this.anchors.has(name)) throw bail();
    let w = ne;
    while (t.charCodeAt(w) === 32) w++;
    const d = w < eol ? t.charCodeAt(w) : 10;
    // (on `- &a key: v` the anchor is the key's; `a: &x b: c` is an error)
    if (d === 38 || d === 42 || d === 33 || d === 124 || d === 62) throw bail();
    if (d !== 10 && d !== 35 && this.startsKey(w, eol)) throw bail();
    const node = this.parseNode(indent, ne, eol, inMap, commentBefore);
    const value = this.plainOut;
    if (this.lastEmpty && isScalar(node)) throw bail();
    (node as { anchor?: string }).anchor = name;
    this.anchors.set(name, { node, plain: value });
    this.plainOut = value;
    return node;
  }

  /** parseValue's node with no anchor or alias (`from` as there). */
  private parseNode(
    indent: number,
    from: number,
    eol: number,
    inMap: boolean,
    commentBefore: boolean,
  ): Scalar | YAMLMap | YAMLSeq {
    const t = this.text;
    let v = from;
    while (t.charCodeAt(v) === 32) v++;
    if (v > from || v >= eol) {
      // fine: `key: value`, `key:` or `- value`
    } else throw bail();
    const c = v < eol ? t.charCodeAt(v) : 10;
    if (c === 10 || c === 35) {
      // Nothing on this line: a nested block, or an empty value.
      if (c === 35) this.comment(v, eol);
      this.pos = this.after(eol);
      // Comments between `key:` and a nested block stay in the pair: no deeper-comment rule here.
      this.scanRegion(Number.POSITIVE_INFINITY);
      const ni = this.nextIndent;
      const no = this.nextOffset;
      const dashNext = ni >= 0 && t.charCodeAt(no) === 45 && isBlankAt(t, no + 1);
      if (ni > indent || (inMap && ni === indent && dashNext)) {
        if (dashNext) return this.parseSeq(ni, no);
        return this.parseMap(ni, no);
      }
      // An empty value (null): after the indicator and the spaces after it.
      if (c === 35 || commentBefore || this.regionMaxComment >= 0) throw bail();
      const node = literalScalar(null, v, v, v, '');
      this.lastEmpty = true;
      this.plainOut = null;
      return node;
    }
    if (!inMap) {
      // `- key: value` starts a map at the key's column; `- - x` (a nested compact list) goes the yaml way.
      if (c === 45 && isBlankAt(t, v + 1)) throw bail();
      if (this.startsKey(v, eol)) return this.parseMap(v - this.lineStart(v), v);
    }
    let node: Scalar | YAMLSeq | YAMLMap;
    let value: unknown;
    let end: number;
    if (c === 34 || c === 39) {
      const m = this.multiQuoted(v, eol, c, indent);
      const q = m ?? quoted(this.text, v, eol, c);
      if (m) eol = m.eol;
      end = this.lineTail(q.end, eol);
      node = this.quotedScalar(v, q.end, q.value, c, end);
      value = q.value;
    } else if (c === 91 || c === 123) {
      [node, value, end] = this.flowCollection(v, eol);
    } else if (c === 124 || c === 62) {
      return this.blockScalar(indent, v, eol);
    } else {
      if ((c < 128 && NOT_PLAIN_START[c]) || ((c === 45 || c === 63 || c === 58) && isBlankAt(t, v + 1)))
        throw bail();
      let e = eol;
      for (let i = v; i < eol; i++) {
        const ch = t.charCodeAt(i);
        if (ch === 35 && t.charCodeAt(i - 1) === 32) {
          e = i;
          this.comment(i, eol);
          break;
        }
        // `key: a: b` is an error in yaml; `- a: b` was read as a map above.
        if (ch === 58 && (i + 1 >= eol || t.charCodeAt(i + 1) === 32)) throw bail();
      }
      const commented = e < eol;
      while (t.charCodeAt(e - 1) === 32) e--;
      const more = commented ? undefined : this.plainLines(indent, v, e, eol);
      if (more) {
        // A plain scalar wrapped onto more lines: folded as yaml folds it.
        eol = more.eol;
        end = this.after(eol);
        node = this.plainScalar(v, more.valueEnd, end, false, more.value);
      } else {
        end = this.after(eol);
        node = this.plainScalar(v, e, end, false);
      }
      value = plainValue(node);
    }
    this.pos = this.after(eol);
    this.lastEmpty = false;
    this.scanRegion(indent);
    this.plainOut = value;
    return node;
  }

  /** The item of a list at column `indent` whose `- ` is at `dash`, read the yaml way; leaves the reader after it. */
  private yamlItem(indent: number, dash: number): Node {
    this.yamlItems = true;
    const t = this.text;
    const start = this.lineStart(dash);
    // Its lines: up to the last content line deeper than the list (comment and blank lines between them).
    let p = this.after(this.lineEnd(dash));
    let end = p;
    while (p < this.len) {
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      const le = this.lineEnd(q);
      // (a line of spaces may belong to a block scalar before it, as yaml reads it: the yaml way)
      if (q === le && q > p) throw bail();
      if (q < le && t.charCodeAt(q) !== 35) {
        if (q - p <= indent) break;
        end = this.after(le);
      }
      p = this.after(le);
    }
    const { node, plain } = yamlItem(t, start, end);
    // Tabs inside it are yaml's business (it read them without a complaint).
    this.comment(start, end);
    this.pos = end;
    this.lastEmpty = false;
    this.scanRegion(indent);
    this.plainOut = plain;
    return node;
  }

  private lineStart(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  /** `key:` (plain or quoted key) starts at `v`? */
  private startsKey(v: number, eol: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(v);
    if (c === 34 || c === 39) {
      if (closeOnLine(t, v + 1, eol, c) < 0) return false;
      const q = quoted(this.text, v, eol, c);
      return t.charCodeAt(q.end) === 58;
    }
    if (c === 91 || c === 123) return false;
    for (let i = v; i < eol; i++) {
      const ch = t.charCodeAt(i);
      if (ch === 58 && (i + 1 >= eol || t.charCodeAt(i + 1) === 32)) return true;
      if (ch === 35 && t.charCodeAt(i - 1) === 32) return false;
    }
    return false;
  }

  /** `|`, `|-`, `>` or `>-` with lines at one indentation, deeper than the collection's. */
  private blockScalar(indent: number, at: number, eol: number): Scalar {
    const t = this.text;
    const folded = t.charCodeAt(at) === 62;
    let h = at + 1;
    const strip = t.charCodeAt(h) === 45;
    if (strip) h++;
    while (t.charCodeAt(h) === 32) h++;
    if (h < eol) throw bail(); // keep chomping, an indentation indicator or a comment
    let p = this.after(eol);
    let contentIndent = -1;
    const lines: string[] = [];
    let end = p;
    for (;;) {
      if (p >= this.len) break;
      let q = p;
      while (t.charCodeAt(q) === 32) q++;
      const le = this.lineEnd(q);
      if (q === le) {
        // An empty line: lines of spaces only go the yaml way (their indentation matters there).
        if (q > p || contentIndent < 0) throw bail();
        lines.push('');
        p = this.after(le);
        continue;
      }
      const ind = q - p;
      if (contentIndent < 0) {
        if (ind <= indent) throw bail(); // an empty block scalar
        contentIndent = ind;
      } else if (ind < contentIndent) {
        if (ind > indent) throw bail();
        break;
      } else if (ind > contentIndent) throw bail();
      lines.push(t.slice(q, le));
      p = this.after(le);
      end = p;
    }
    // Trailing empty lines are chomped (clip and strip alike).
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    let value = '';
    let sep = '';
    for (const line of lines) {
      if (!folded) {
        value += sep + line;
        sep = '\n';
      } else if (line === '') {
        if (sep === '\n') value += '\n';
        else sep = '\n';
      } else {
        value += sep + line;
        sep = ' ';
      }
    }
    if (contentIndent < 0) throw bail();
    if (!strip) value += '\n';
    const s = stringScalar(value, at, end, end, folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL');
    this.pos = end;
    this.lastEmpty = false;
    this.scanRegion(indent);
    this.plainOut = value;
    return s;
  }
}
