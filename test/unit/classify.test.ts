import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { classify } from '../../src/core/model/classify';
import type { Recommendation, Signal } from '../../src/core/types';

const ORDER: Signal[] = ['virality', 'universality', 'ahaMoment', 'habitLoop', 'friction', 'expansion'];
const GROWTH: Signal[] = ['virality', 'universality', 'ahaMoment', 'habitLoop'];

/** Spec section 3 (revision 2), written out row by row, independently of the implementation. */
function expected(on: Set<Signal>): { recommendation: Recommendation; reasons: Signal[] } {
  const growth = GROWTH.filter((s) => on.has(s));
  const friction = on.has('friction');
  const expansion = on.has('expansion');
  const capture: Signal[] = [
    ...(friction ? (['friction'] as Signal[]) : []),
    ...(expansion ? (['expansion'] as Signal[]) : []),
  ];
  // row 1: at least one growth signal, no friction, no expansion
  if (growth.length > 0 && !friction && !expansion) return { recommendation: 'free', reasons: growth };
  // row 2: growth and (friction or expansion)
  if (growth.length > 0) return { recommendation: 'free-limited', reasons: [...growth, ...capture] };
  // rows 3 and 4: no growth, friction (any expansion) or expansion alone
  if (friction || expansion) return { recommendation: 'paid', reasons: capture };
  // row 5: nothing argues for a side
  return { recommendation: 'either', reasons: [] };
}

/** All 64 combinations of the six signals. */
const COMBOS: Set<Signal>[] = Array.from(
  { length: 64 },
  (_, mask) => new Set(ORDER.filter((_s, i) => (mask >> i) & 1)),
);

describe('classify: the packaging test (spec section 3)', () => {
  it('no signals block: unclassified, no reasons', () => {
    assert.deepEqual(classify(undefined), { recommendation: 'unclassified', reasons: [] });
  });

  it('an empty signals block: either, no reasons (nothing argues for a side)', () => {
    assert.deepEqual(classify({}), { recommendation: 'either', reasons: [] });
  });

  it('the table rows of spec section 3, one example each', () => {
    assert.deepEqual(classify({ virality: true }), { recommendation: 'free', reasons: ['virality'] });
    assert.deepEqual(classify({ ahaMoment: true, expansion: true }), {
      recommendation: 'free-limited',
      reasons: ['ahaMoment', 'expansion'],
    });
    assert.deepEqual(classify({ habitLoop: true, friction: true, expansion: true }), {
      recommendation: 'free-limited',
      reasons: ['habitLoop', 'friction', 'expansion'],
    });
    assert.deepEqual(classify({ friction: true, expansion: true }), {
      recommendation: 'paid',
      reasons: ['friction', 'expansion'],
    });
    assert.deepEqual(classify({ expansion: true }), { recommendation: 'paid', reasons: ['expansion'] });
    assert.deepEqual(classify({ friction: false, expansion: false }), {
      recommendation: 'either',
      reasons: [],
    });
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
    assert.deepEqual([...seen].sort(), ['either', 'free', 'free-limited', 'paid']);
  });

  it('reasons follow the fixed order whatever the key order in the file', () => {
    assert.deepEqual(
      classify({
        expansion: true,
        friction: true,
        habitLoop: true,
        virality: true,
        ahaMoment: true,
        universality: true,
      }),
      {
        recommendation: 'free-limited',
        reasons: ['virality', 'universality', 'ahaMoment', 'habitLoop', 'friction', 'expansion'],
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
    assert.equal(r.features.length, 65);
    COMBOS.forEach((on, i) => {
      const f = r.features[i]!;
      assert.deepEqual({ recommendation: f.recommendation, reasons: f.reasons }, expected(on), `f${i}`);
      assert.equal(f.side, i % 2 ? 'free' : 'paid');
    });
    assert.deepEqual(r.features[64], {
      id: 'none',
      plan: 'pro',
      side: 'paid',
      recommendation: 'unclassified',
      reasons: [],
    });
  });
});
