import * as assert from 'node:assert/strict';
import { contextAt } from '../../src/core/yaml/context';

/** `|` marks the cursor. */
function at(src: string) {
  const i = src.indexOf('|');
  const text = src.slice(0, i) + src.slice(i + 1);
  const before = text.slice(0, i).split('\n');
  return contextAt(text, before.length - 1, before[before.length - 1]!.length);
}

describe('yamlContext: cursor context from indentation', () => {
  it('top-level keys', () => {
    const c = at('version: 1\npro|\nplans:\n');
    assert.deepEqual([c.kind, c.path, c.prefix], ['key', [], 'pro']);
    assert.deepEqual(c.siblings, ['version', 'plans']);
  });
  it('value of a feature plan, in both sequence styles', () => {
    for (const src of ['features:\n  - id: a\n    plan: f|\n', 'features:\n- id: a\n  plan: |\n']) {
      const c = at(src);
      assert.deepEqual([c.kind, c.path, c.key], ['value', ['features', '#'], 'plan'], src);
    }
  });
  it('value on the dash line of an item', () => {
    const c = at('plans:\n  - id: free\n  - price: |');
    assert.deepEqual([c.kind, c.path, c.key], ['value', ['plans', '#'], 'price']);
  });
  it('keys of a new item and of an existing one', () => {
    const c = at('features:\n  - id: a\n    plan: free\n    |\n');
    assert.deepEqual([c.kind, c.path], ['key', ['features', '#']]);
    assert.deepEqual(c.siblings.sort(), ['id', 'plan']);
    const n = at('features:\n  - id: a\n  - |');
    assert.deepEqual([n.kind, n.path, n.siblings], ['key', ['features', '#'], []]);
  });
  it('signals, limits and their values', () => {
    const base = 'features:\n  - id: a  # c\n    plan: free\n    signals:\n      virality: true\n';
    assert.deepEqual(at(`${base}      |`).path, ['features', '#', 'signals']);
    assert.deepEqual(at(`${base}      habitLoop: t|`).key, 'habitLoop');
    const l = at('features:\n  - id: a\n    limits:\n      |\n    plan: x\n');
    assert.deepEqual([l.kind, l.path], ['key', ['features', '#', 'limits']]);
  });
  it('growth fields and freemiumGoals items', () => {
    const g = at('growth:\n  acquisition: product-led\n  freeOffer: |\n');
    assert.deepEqual([g.kind, g.path, g.key], ['value', ['growth'], 'freeOffer']);
    const i = at('growth:\n  freemiumGoals:\n    - poc\n    - |\n');
    assert.deepEqual([i.kind, i.path], ['item', ['growth', 'freemiumGoals']]);
  });
});
