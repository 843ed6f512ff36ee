import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * yaml's nodes, built smaller for the one-pass reader (fast-parse.ts): a check result keeps the whole tree, and
 * at 5,000 features yaml's layout is ~19 MB of it. Each node reads as yaml's own (class, `isScalar` and the
 * like, `range`, `source`, `type`, every method), but:
 * - `range` is two small integers instead of a 3-element array (a JSArray and its store, 72 bytes each):
 *   the start, and the two lengths after it packed in one (a longer one goes to a side table); it reads as
 *   a fresh array, so a write into it (`node.range[0] += d`) is lost: use moveRange/mapRange;
 * - a string scalar's `source` is its value (yaml sets them equal), and a plain one's `type` is 'PLAIN':
 *   both are read from the prototype, not stored per node (writing them stores them on the node);
 * - scalars and pairs carry yaml's node-type mark on their prototype instead of on every node.
 */
interface Compact {
  /** range[0]; -1: no range */
  _r0: number;
  /** range[1] - range[0] in the low 15 bits, range[2] - range[1] above them; -1: both in LONG */
  _rl: number;
}
type Range3 = [number, number, number];

/** The own fields that hold a compact node's range. */
export const COMPACT_FIELDS: readonly string[] = ['_r0', '_rl', '_s'];

const MAX_PACKED = 0x7fff;
/** The lengths of the ranges that do not pack (a root map, a long list or block scalar): a few per file. */
const LONG = new WeakMap<object, [number, number]>();

/** `_rl` of a range (lengths that do not pack go to LONG for `c`); positions relative to the start. */
function pack(c: object, start: number, valueEnd: number, end: number): number {
  const a = valueEnd - start;
  const b = end - valueEnd;
  if (a >= 0 && b >= 0 && a <= MAX_PACKED && b <= MAX_PACKED) return a | (b << 15);
  LONG.set(c, [a, b]);
  return -1;
}

/** Stores a range, so a move only changes `_r0`. */
function store(c: Compact, start: number, valueEnd: number, end: number): void {
  c._r0 = start;
  c._rl = pack(c, start, valueEnd, end);
}

function load(c: Compact): Range3 {
  const s = c._r0;
  const p = c._rl;
  if (p >= 0) {
    const v = s + (p & MAX_PACKED);
    return [s, v, v + (p >>> 15)];
  }
  const [a, b] = LONG.get(c)!;
  return [s, s + a, s + a + b];
}
/** On a compact prototype: the own keys yaml's node would have that this one reads from its prototype. */
const VIRTUAL = Symbol('compact node: virtual keys');

const NODE_TYPE = Symbol.for('yaml.node.type');

function defineRange(proto: object): void {
  Object.defineProperty(proto, 'range', {
    get(this: Compact): Range3 | undefined {
      return this._r0 < 0 ? undefined : load(this);
    },
    set(this: Compact, r: readonly number[] | null | undefined) {
      if (r) store(this, r[0]!, r[1]!, r[2]!);
      else this._r0 = -1;
    },
    configurable: true,
  });
}

/** A key read from the prototype until written; a write stores it on the node, as on yaml's own. */
function defineDerived(proto: object, key: string, get: (node: Scalar) => unknown): void {
  Object.defineProperty(proto, key, {
    get(this: Scalar) {
      return get(this);
    },
    set(this: Scalar, v: unknown) {
      Object.defineProperty(this, key, { value: v, writable: true, enumerable: true, configurable: true });
    },
    configurable: true,
  });
}

/** A prototype below yaml's class `base` that reads as it (constructor, node type) with compact fields. */
function compactProto(base: { prototype: object }, nodeType: symbol | undefined, virtual: string[]): object {
  const proto = Object.create(base.prototype) as object;
  Object.defineProperty(proto, 'constructor', { value: base, writable: true, configurable: true });
  if (nodeType) Object.defineProperty(proto, NODE_TYPE, { value: nodeType });
  Object.defineProperty(proto, VIRTUAL, { value: virtual });
  return proto;
}

const SCALAR = Symbol.for('yaml.scalar');
const PAIR = Symbol.for('yaml.pair');

const plainStringProto = compactProto(Scalar, SCALAR, ['range', 'source', 'type']);
defineRange(plainStringProto);
defineDerived(plainStringProto, 'source', (n) => n.value);
defineDerived(plainStringProto, 'type', () => 'PLAIN');

const stringProto = compactProto(Scalar, SCALAR, ['range', 'source']);
defineRange(stringProto);
defineDerived(stringProto, 'source', (n) => n.value);

const literalProto = compactProto(Scalar, SCALAR, ['range', 'type']);
defineRange(literalProto);
defineDerived(literalProto, 'type', () => 'PLAIN');

const pairProto = compactProto(Pair, PAIR, []);

// Plain constructor functions, not subclasses: a subclass must call yaml's constructor, which stores the node
// type on every node. V8 sizes their objects from the assignments below (in-object fields).
type Self = Record<string, unknown>;
function PlainString(this: Self, value: string, start: number, valueEnd: number, end: number) {
  this.value = value;
  // each constructor stores its own fields: one store() for five node classes was a megamorphic write
  this._r0 = start;
  this._rl = pack(this, start, valueEnd, end);
}
function QuotedOrBlock(
  this: Self,
  value: string,
  start: number,
  valueEnd: number,
  end: number,
  type: string,
) {
  this.value = value;
  // each constructor stores its own fields: one store() for five node classes was a megamorphic write
  this._r0 = start;
  this._rl = pack(this, start, valueEnd, end);
  this.type = type;
}
function Literal(this: Self, value: unknown, start: number, valueEnd: number, end: number, source: string) {
  this.value = value;
  // each constructor stores its own fields: one store() for five node classes was a megamorphic write
  this._r0 = start;
  this._rl = pack(this, start, valueEnd, end);
  this.source = source;
}
function CompactPairFn(this: Self, key: unknown, value: unknown) {
  this.key = key;
  this.value = value;
}
PlainString.prototype = plainStringProto;
QuotedOrBlock.prototype = stringProto;
Literal.prototype = literalProto;
CompactPairFn.prototype = pairProto;

type Ctor<A extends unknown[], T> = new (...args: A) => T;
const newPlainString = PlainString as unknown as Ctor<[string, number, number, number], Scalar<string>>;
const newString = QuotedOrBlock as unknown as Ctor<
  [string, number, number, number, Scalar.Type],
  Scalar<string>
>;
const newLiteral = Literal as unknown as Ctor<[unknown, number, number, number, string], Scalar>;

/** A plain scalar whose value is the string `source` itself. */
export const plainStringScalar = (value: string, start: number, valueEnd: number, end: number): Scalar =>
  new newPlainString(value, start, valueEnd, end);

/** A quoted or block scalar (its source is its value). */
export const stringScalar = (
  value: string,
  start: number,
  valueEnd: number,
  end: number,
  type: Scalar.Type,
) => new newString(value, start, valueEnd, end, type);

/** A plain scalar that resolved to something other than a string (null, a bool, a number). */
export const literalScalar = (value: unknown, start: number, valueEnd: number, end: number, source: string) =>
  new newLiteral(value, start, valueEnd, end, source);

export const compactPair = (key: unknown, value: unknown): Pair =>
  new (CompactPairFn as unknown as Ctor<[unknown, unknown], Pair>)(key, value);

// Collections without yaml's constructors: those define the node type and `schema` on every node (two
// defineProperty calls each, the dearest part of reading 10,000 maps). Here the type is on the prototype and
// the schema in the `_s` field, read and written through the prototype's `schema`.
/** The constructor of one collection class (a function per class: its nodes get their own hidden class). */
function compactCollection(
  base: { prototype: object },
  nodeType: symbol,
): (this: Self, ...a: unknown[]) => void {
  function Collection(this: Self, schema: unknown, start: number, valueEnd?: number, end?: number) {
    this.items = [];
    this._s = schema;
    this._r0 = start;
    // the reader sets the range when the collection ends: [start, start, start] until then
    this._rl = valueEnd === undefined ? 0 : pack(this, start, valueEnd, end ?? valueEnd);
  }
  const proto = compactProto(base, nodeType, ['range']);
  defineRange(proto);
  Object.defineProperty(proto, 'schema', {
    get(this: Self) {
      return this._s;
    },
    set(this: Self, v: unknown) {
      this._s = v;
    },
    configurable: true,
  });
  Collection.prototype = proto;
  return Collection as (this: Self, ...a: unknown[]) => void;
}

type CollectionCtor<T> = new (schema: unknown, start: number, valueEnd?: number, end?: number) => T;
/** A block map's node; its range is set when the map ends (`setRange`). */
export const CompactMap = compactCollection(
  YAMLMap,
  Symbol.for('yaml.map'),
) as unknown as CollectionCtor<YAMLMap>;
export const CompactSeq = compactCollection(
  YAMLSeq,
  Symbol.for('yaml.seq'),
) as unknown as CollectionCtor<YAMLSeq>;

/** The own keys yaml's own node would have for this one (for comparing trees with yaml's). */
export function yamlKeys(node: object): string[] {
  const keys = Object.keys(node).filter((k) => !COMPACT_FIELDS.includes(k));
  const virtual = (node as { [VIRTUAL]?: string[] })[VIRTUAL];
  if (!virtual) return keys;
  for (const k of virtual)
    if (!keys.includes(k) && (node as Record<string, unknown>)[k] !== undefined) keys.push(k);
  return keys;
}

/** Sets a node's range without allocating: the compact fields, or yaml's own array on yaml's nodes. */
export function setRange(node: object, start: number, valueEnd: number, end: number): void {
  const c = node as Compact;
  if (typeof c._r0 === 'number') store(c, start, valueEnd, end);
  else (node as { range?: Range3 }).range = [start, valueEnd, end];
}

/** Adds `d` to every position of a node's range, in place; false when the node has no range (a pair). */
export function moveRange(node: object, d: number): boolean {
  const c = node as Compact;
  if (typeof c._r0 === 'number') {
    if (c._r0 < 0) return false;
    c._r0 += d;
    return true;
  }
  const r = (node as { range?: number[] | null }).range;
  if (!r) return false;
  r[0]! += d;
  r[1]! += d;
  r[2]! += d;
  return true;
}

/** Maps every position of a node's range through `by`, in place. */
export function mapRange(node: object, by: (x: number) => number): void {
  const c = node as Compact;
  if (typeof c._r0 === 'number') {
    if (c._r0 < 0) return;
    const r = load(c);
    store(c, by(r[0]), by(r[1]), by(r[2]));
    return;
  }
  const r = (node as { range?: number[] | null }).range;
  if (!r) return;
  r[0] = by(r[0]!);
  r[1] = by(r[1]!);
  r[2] = by(r[2]!);
}

/** Where a node ends (`range[2]`), without allocating on compact nodes. */
export function rangeEnd(node: object): number {
  const c = node as Compact;
  if (typeof c._r0 !== 'number') return (node as { range: Range3 }).range[2];
  const p = c._rl;
  if (p >= 0) return c._r0 + (p & MAX_PACKED) + (p >>> 15);
  const [a, b] = LONG.get(c)!;
  return c._r0 + a + b;
}

/** Where a node starts (`range[0]`), without allocating on compact nodes. */
export function rangeStart(node: object): number {
  const c = node as Compact;
  return typeof c._r0 === 'number' ? c._r0 : (node as { range: Range3 }).range[0];
}
