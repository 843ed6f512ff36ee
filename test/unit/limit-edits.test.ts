// The matrix's in-place limit edit (src/core/limit-edits.ts) and the cell input's parser.
import assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { limitsLeftBehind, moveWithLimits, setFeatureLimit } from '../../src/core/edit/limits';
import { applyEdits } from '../../src/core/edit/text-edits';
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

describe('a move up with the limits the new plan no longer allows', () => {
  const MOVE = `version: 1
product:
  name: Moves
plans:
  - id: free
    price: 0
  - id: starter
    price: 5
  - id: pro
    price: 10
features:
  - id: boards
    name: Boards
    plan: free   # the wall
    unit: boards
    limits:
      free: 3   # small
      starter: 10
      pro: unlimited
  - id: files
    name: Files
    plan: free
    limits:
      free: 2
    signals: {ahaMoment: true}
  - {id: api, name: API, plan: free, limits: {free: 100, starter: 1000}}
  - id: plain
    name: Plain
    plan: free
`;
  const run = (id: string, to: string, mode: 'carry' | 'drop') => {
    const e = moveWithLimits(MOVE, check(MOVE), id, to, mode);
    assert.ok(e, `${id} -> ${to} (${mode})`);
    return applyEdits(MOVE, e);
  };

  it('lists the limits left behind', () => {
    const r = check(MOVE);
    assert.deepEqual(limitsLeftBehind(r, 'boards', 'pro'), ['free', 'starter']);
    assert.deepEqual(limitsLeftBehind(r, 'boards', 'starter'), ['free']);
    assert.deepEqual(limitsLeftBehind(r, 'plain', 'pro'), []);
  });

  it('carry: the highest limit left behind moves to the new plan, the rest go; no limit-outside-plan', () => {
    const after = run('files', 'starter', 'carry');
    assert.equal(
      after,
      MOVE.replace(
        '    plan: free\n    limits:\n      free: 2\n',
        '    plan: starter\n    limits:\n      starter: 2\n',
      ),
    );
    const boards = run('boards', 'starter', 'carry');
    // starter has its own limit: nothing to carry, free's entry goes with its comment
    assert.equal(
      boards,
      MOVE.replace('    plan: free   # the wall', '    plan: starter # the wall').replace(
        '      free: 3   # small\n',
        '',
      ),
    );
    const api = run('api', 'pro', 'carry');
    assert.match(api, /\{id: api, name: API, plan: pro, limits: \{pro: 1000\}\}/);
    for (const t of [after, boards, api])
      assert.deepEqual(
        check(t).diagnostics.filter((d) => d.rule === 'limit-outside-plan'),
        [],
      );
  });

  it('drop: the entries go, the whole limits key when nothing is left', () => {
    assert.equal(
      run('files', 'pro', 'drop'),
      MOVE.replace('    plan: free\n    limits:\n      free: 2\n', '    plan: pro\n'),
    );
    assert.equal(
      run('boards', 'pro', 'drop'),
      MOVE.replace('    plan: free   # the wall', '    plan: pro    # the wall').replace(
        '      free: 3   # small\n      starter: 10\n',
        '',
      ),
    );
    // a move with nothing left behind is the plain move
    assert.equal(
      run('plain', 'pro', 'drop'),
      MOVE.replace('    name: Plain\n    plan: free\n', '    name: Plain\n    plan: pro\n'),
    );
  });
});
