import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { classify } from '../../src/core/classify';
import type { Recommendation, Signal } from '../../src/core/types';

const ORDER: Signal[] = ['virality', 'universality', 'ahaMoment', 'habitLoop', 'friction'];
const GROWTH: Signal[] = ['virality', 'universality', 'ahaMoment', 'habitLoop'];

/** Spec section 3, written out independently of the implementation. */
function expected(on: Set<Signal>): { recommendation: Recommendation; reasons: Signal[] } {
  const growth = GROWTH.filter((s) => on.has(s));
  const friction = on.has('friction');
  if (growth.length > 0 && !friction) return { recommendation: 'free', reasons: growth };
  if (growth.length > 0) return { recommendation: 'free-limited', reasons: [...growth, 'friction'] };
  return { recommendation: 'paid', reasons: friction ? ['friction'] : [] };
}

/** All 32 combinations of the five signals. */
const COMBOS: Set<Signal>[] = Array.from(
  { length: 32 },
  (_, mask) => new Set(ORDER.filter((_s, i) => (mask >> i) & 1)),
);

describe('classify: the packaging test (spec section 3)', () => {
  it('no signals block: unclassified, no reasons', () => {
    assert.deepEqual(classify(undefined), { recommendation: 'unclassified', reasons: [] });
  });

  it('an empty signals block: paid, no reasons', () => {
    assert.deepEqual(classify({}), { recommendation: 'paid', reasons: [] });
  });

  for (const on of COMBOS) {
    const label = on.size ? [...on].join('+') : 'all false';
    it(`${label} -> ${expected(on).recommendation}`, () => {
      // Written as true/false, and with the false ones left out: the same result.
      const full = Object.fromEntries(ORDER.map((s) => [s, on.has(s)]));
      const sparse = Object.fromEntries([...on].map((s) => [s, true]));
      assert.deepEqual(classify(full), expected(on));
      assert.deepEqual(classify(sparse), expected(on));
    });
  }

  it('covers every row of the table', () => {
    const seen = new Set(
      COMBOS.map((c) => classify(Object.fromEntries([...c].map((s) => [s, true]))).recommendation),
    );
    assert.deepEqual([...seen].sort(), ['free', 'free-limited', 'paid']);
  });

  it('reasons follow the fixed order whatever the key order in the file', () => {
    assert.deepEqual(
      classify({ friction: true, habitLoop: true, virality: true, ahaMoment: true, universality: true }),
      {
        recommendation: 'free-limited',
        reasons: ['virality', 'universality', 'ahaMoment', 'habitLoop', 'friction'],
      },
    );
    assert.deepEqual(classify({ habitLoop: true, universality: true }), {
      recommendation: 'free',
      reasons: ['universality', 'habitLoop'],
    });
  });

  it('is pure: it does not change its input and gives the same answer twice', () => {
    const input = Object.freeze({ virality: true, friction: true });
    const a = classify(input);
    const b = classify(input);
    assert.deepEqual(a, b);
    assert.notEqual(a.reasons, b.reasons, 'a fresh reasons array each time');
    a.reasons.push('habitLoop');
    assert.deepEqual(classify(input).reasons, ['virality', 'friction']);
  });

  it('check() reports the same classification per feature, whatever the plans and prices', () => {
    const features = COMBOS.map((on, i) => {
      const signals = ORDER.map((s) => `${s}: ${on.has(s)}`).join(', ');
      return `  - id: f${i}\n    plan: ${i % 2 ? 'free' : 'pro'}\n    signals: {${signals}}\n`;
    }).join('');
    const text = `version: 1\nproduct: {name: Acme}\nplans:\n  - id: free\n    price: 0\n  - id: pro\n    price: 10\nfeatures:\n${features}  - id: none\n    plan: pro\n`;
    const r = check(text);
    assert.equal(r.features.length, 33);
    COMBOS.forEach((on, i) => {
      const f = r.features[i]!;
      assert.deepEqual({ recommendation: f.recommendation, reasons: f.reasons }, expected(on), `f${i}`);
      assert.equal(f.side, i % 2 ? 'free' : 'paid');
    });
    assert.deepEqual(r.features[32], {
      id: 'none',
      plan: 'pro',
      side: 'paid',
      recommendation: 'unclassified',
      reasons: [],
    });
  });
});
