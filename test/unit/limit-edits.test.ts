// The matrix's in-place limit edit (src/core/limit-edits.ts) and the cell input's parser.
import assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { applyEdits } from '../../src/core/edits';
import { setFeatureLimit } from '../../src/core/limit-edits';
import { parseHostMessage, parseWebviewMessage } from '../../src/protocol';
import { parseLimit } from '../../webview/logic';

const YAML = `version: 1
product:
  name: Limits
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: business
    price: 30
features:
  - id: boards
    name: Boards
    plan: free
    unit: boards
    limits:
      free: 3   # the wall
      pro: 50
  - id: files
    name: Files
    plan: free
    signals: {ahaMoment: true}
  - {id: api, name: API, plan: pro, limits: {pro: 1000}}
  - id: seats
    name: Seats
    plan: pro
`;

function limitOf(text: string, id: string) {
  return { ...check(text).model!.features.find((f) => f.id === id)!.limits };
}

describe('in-place limit edits', () => {
  it('replaces a value and keeps the comment aligned', () => {
    const r = setFeatureLimit(YAML, check(YAML), 'boards', 'free', 5);
    assert.ok(r.ok);
    assert.equal(
      applyEdits(YAML, [r.edit]),
      YAML.replace('      free: 3   # the wall', '      free: 5   # the wall'),
    );
    const u = setFeatureLimit(YAML, check(YAML), 'boards', 'pro', 'unlimited');
    assert.ok(u.ok);
    assert.deepEqual(limitOf(applyEdits(YAML, [u.edit]), 'boards'), { free: 3, pro: 'unlimited' });
  });

  it('adds the entry to an existing map (block and flow) and a limits map when missing', () => {
    const add = setFeatureLimit(YAML, check(YAML), 'boards', 'business', 200);
    assert.ok(add.ok);
    assert.equal(
      applyEdits(YAML, [add.edit]),
      YAML.replace('      pro: 50\n', '      pro: 50\n      business: 200\n'),
    );
    const flow = setFeatureLimit(YAML, check(YAML), 'api', 'business', 2.5);
    assert.ok(flow.ok);
    assert.equal(
      applyEdits(YAML, [flow.edit]),
      YAML.replace('limits: {pro: 1000}}', 'limits: {pro: 1000, business: 2.5}}'),
    );
    const fresh = setFeatureLimit(YAML, check(YAML), 'files', 'free', 10);
    assert.ok(fresh.ok);
    assert.equal(
      applyEdits(YAML, [fresh.edit]),
      YAML.replace(
        '    signals: {ahaMoment: true}\n',
        '    signals: {ahaMoment: true}\n    limits:\n      free: 10\n',
      ),
    );
    assert.deepEqual(limitOf(applyEdits(YAML, [fresh.edit]), 'files'), { free: 10 });
  });

  it('refuses a plan the feature is not on, an unknown id and an unchanged value', () => {
    const below = setFeatureLimit(YAML, check(YAML), 'seats', 'free', 1);
    assert.deepEqual([below.ok, !below.ok && below.reason], [false, 'invalid']);
    const unknown = setFeatureLimit(YAML, check(YAML), 'nope', 'free', 1);
    assert.equal(unknown.ok, false);
    const same = setFeatureLimit(YAML, check(YAML), 'boards', 'free', 3);
    assert.deepEqual([same.ok, !same.ok && same.reason], [false, 'unchanged']);
  });

  it('parses what a cell accepts; the protocol validates setLimit and limitApplied', () => {
    assert.deepEqual(['12', ' 0 ', '2.5', 'Unlimited', 'unlimited '].map(parseLimit), [
      12,
      0,
      2.5,
      'unlimited',
      'unlimited',
    ]);
    assert.deepEqual(['-1', '', 'ten', '1e3', 'Infinity', '1.2.3'].map(parseLimit), Array(6).fill(undefined));
    assert.ok(
      parseWebviewMessage({ type: 'setLimit', featureId: 'a', planId: 'p', limit: 3, documentVersion: 1 }),
    );
    assert.ok(
      parseWebviewMessage({
        type: 'setLimit',
        featureId: 'a',
        planId: 'p',
        limit: 'unlimited',
        documentVersion: 1,
      }),
    );
    assert.equal(
      parseWebviewMessage({ type: 'setLimit', featureId: 'a', planId: 'p', limit: -1, documentVersion: 1 }),
      undefined,
    );
    assert.equal(
      parseWebviewMessage({
        type: 'setLimit',
        featureId: 'a',
        planId: 'p',
        limit: 'lots',
        documentVersion: 1,
      }),
      undefined,
    );
    assert.ok(parseHostMessage({ type: 'limitApplied', featureId: 'a', planId: 'p', limit: 4 }));
    assert.equal(parseHostMessage({ type: 'limitApplied', featureId: 'a', planId: 'p' }), undefined);
  });
});
