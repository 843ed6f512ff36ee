import * as assert from 'node:assert/strict';
import { isCollection, isMap, isNode, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import {
  CompactMap,
  CompactSeq,
  compactPair,
  literalScalar,
  mapRange,
  moveRange,
  plainStringScalar,
  rangeEnd,
  rangeStart,
  setRange,
  stringScalar,
  yamlKeys,
} from '../../src/core/yaml/compact-nodes';
import { fastParse } from '../../src/core/yaml/fast-parse';

// The one-pass reader's smaller nodes must read as yaml's own through every door: identity checks, range
// reads and writes (short and long), derived source/type, clone, and the position helpers incremental.ts uses.

describe('compact yaml nodes', () => {
  it('read as yaml nodes: isScalar/isPair/isMap, instanceof, constructor, source and type', () => {
    const s = plainStringScalar('pro', 10, 13, 14);
    assert.ok(isScalar(s) && isNode(s) && s instanceof Scalar && s.constructor === Scalar);
    assert.deepEqual([s.value, s.source, s.type, s.range], ['pro', 'pro', 'PLAIN', [10, 13, 14]]);
    const q = stringScalar('a b', 0, 5, 6, 'QUOTE_DOUBLE');
    assert.deepEqual([q.source, q.type], ['a b', 'QUOTE_DOUBLE']);
    const n = literalScalar(12, 3, 5, 6, '12');
    assert.deepEqual([n.value, n.source, n.type], [12, '12', 'PLAIN']);
    const p = compactPair(s, n);
    assert.ok(isPair(p) && p instanceof Pair && !isScalar(p) && p.key === s && p.value === n);
    const schema0 = new YAMLMap().schema;
    const m = new CompactMap(schema0, 4);
    assert.ok(isMap(m) && isCollection(m) && m.constructor === YAMLMap);
    assert.ok(!isSeq(m) && !isScalar(m));
    // no yaml constructor ran: the schema is read and written through the prototype, not an own key
    const mm: YAMLMap = new CompactMap(schema0, 4);
    assert.equal(mm.schema, schema0);
    const schema = new YAMLMap().schema;
    mm.schema = schema;
    assert.equal(mm.schema, schema);
    assert.deepEqual(yamlKeys(mm).sort(), Object.keys(new YAMLMap()).concat('range').sort());
    assert.deepEqual(mm.range, [4, 4, 4]);
    const q2 = new CompactSeq(schema, 7);
    assert.ok(isSeq(q2) && q2 instanceof YAMLSeq && q2.constructor === YAMLSeq && !isMap(q2));
    assert.deepEqual(yamlKeys(s).sort(), ['range', 'source', 'type', 'value']);
    assert.deepEqual(yamlKeys(n).sort(), ['range', 'source', 'type', 'value']);
  });

  it('store written range, source and type like yaml nodes do', () => {
    const s = plainStringScalar('x', 0, 1, 2);
    s.range = [5, 9, 40_000];
    assert.deepEqual(s.range, [5, 9, 40_000]);
    s.type = 'QUOTE_SINGLE';
    s.source = 'y';
    assert.deepEqual([s.type, s.source, s.value], ['QUOTE_SINGLE', 'y', 'x']);
    // A write into the array read back is not a write into the node: that is what moveRange is for.
    assert.notEqual(s.range, s.range);
    s.range = null;
    assert.equal(s.range, undefined);
    assert.equal(moveRange(s, 3), false);
  });

  it('move and map short and long ranges in place, as yaml range arrays move', () => {
    for (const [a, b, c] of [
      [10, 20, 21],
      [100, 100, 100],
      [7, 50_000, 50_001],
      [7, 8, 90_000],
    ] as const) {
      const s = plainStringScalar('v', a, b, c);
      const y = new Scalar('v');
      y.range = [a, b, c];
      for (const n of [s, y]) {
        assert.equal(moveRange(n, 1000), true);
        assert.deepEqual(n.range, [a + 1000, b + 1000, c + 1000]);
        assert.deepEqual([rangeStart(n), rangeEnd(n)], [a + 1000, c + 1000]);
        const back = (x: number) => (x >= b + 1000 ? x - 1000 : x);
        mapRange(n, back);
        assert.deepEqual(n.range, [a + 1000, b + 1000, c + 1000].map(back));
        setRange(n, 1, 2, 3);
        assert.deepEqual(n.range, [1, 2, 3]);
      }
    }
  });

  it('clone into nodes that still read the same', () => {
    const doc = fastParse('plans:\n  - id: free\n    price: 0\n  - id: pro\n    price: 12.50\n')!.doc;
    const copy = doc.clone();
    assert.deepEqual(copy.toJS(), doc.toJS());
    assert.equal(copy.toString(), doc.toString());
    const price = copy.getIn(['plans', 1, 'price'], true) as Scalar;
    assert.deepEqual([price.range, price.source, price.minFractionDigits], [[56, 61, 62], '12.50', 2]);
  });
});
