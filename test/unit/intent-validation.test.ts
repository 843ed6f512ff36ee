import assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { applyEdits } from '../../src/core/edit/text-edits';
import { type MatrixIntent, planIntent, validateIntent } from '../../src/core/matrix/intents';

// Issue 19.4 (core side): `setSignal` with "yes", 0 or null wrote `virality: yes` (a schema error). Every intent's
// values are checked first (validateIntent, which the server answers as -32602), and every intent's edits go
// through the same whole-file verification.

const TEXT = `version: 1
product: {name: Acme}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
  - id: boards
    plan: free
    signals: {ahaMoment: true}
  - id: export
    plan: pro
`;

describe('matrix intents: validated values, every edit verified (issue 19.4)', () => {
  it('accepts every well-formed intent', () => {
    const ok: unknown[] = [
      { type: 'moveFeature', featureId: 'boards', planId: 'pro' },
      { type: 'moveFeature', featureId: 'boards', planId: 'pro', limits: 'carry' },
      { type: 'setSignal', featureIds: ['boards', 'export'], signal: 'virality', value: false },
      { type: 'acceptSuggestions', featureIds: ['export'] },
      { type: 'setLimit', featureId: 'boards', planId: 'free', limit: 2.5 },
      { type: 'setLimit', featureId: 'boards', planId: 'free', limit: 'unlimited' },
    ];
    for (const x of ok) assert.equal(validateIntent(x), undefined, JSON.stringify(x));
  });

  it('says what is wrong with a bad one, in a sentence', () => {
    const cases: [unknown, string][] = [
      [null, 'A matrix edit is an object with a `type`; got null.'],
      [
        { type: 'deleteAll' },
        'Unknown matrix edit type "deleteAll": one of moveFeature, setSignal, acceptSuggestions, setLimit.',
      ],
      [
        { type: 'setSignal', featureIds: ['boards'], signal: 'virality', value: 'yes' },
        '`value` must be true or false; got "yes".',
      ],
      [
        { type: 'setSignal', featureIds: ['boards'], signal: 'virality', value: 0 },
        '`value` must be true or false; got 0.',
      ],
      [
        { type: 'setSignal', featureIds: ['boards'], signal: 'virality', value: null },
        '`value` must be true or false; got null.',
      ],
      [
        { type: 'setSignal', featureIds: ['boards'], signal: 'viral', value: true },
        '`signal` must be one of virality, universality, ahaMoment, habitLoop, friction, expansion; got "viral".',
      ],
      [
        { type: 'setSignal', featureIds: 'boards', signal: 'virality', value: true },
        '`featureIds` of setSignal must be a non-empty list of feature ids; got "boards".',
      ],
      [
        { type: 'acceptSuggestions', featureIds: ['export', 7] },
        '`featureIds` of acceptSuggestions must hold feature ids (strings); got 7.',
      ],
      [
        { type: 'moveFeature', featureId: 'boards', planId: 5 },
        '`planId` of moveFeature must be a non-empty string; got 5.',
      ],
      [
        { type: 'moveFeature', featureId: 'boards', planId: 'pro', limits: 'keep' },
        '`limits` of moveFeature must be "carry" or "drop"; got "keep".',
      ],
      [
        { type: 'setLimit', featureId: 'boards', planId: 'free', limit: -1 },
        '`limit` must be a number of 0 or more, or "unlimited"; got -1.',
      ],
      [
        { type: 'setLimit', featureId: 'boards', planId: 'free', limit: '10' },
        '`limit` must be a number of 0 or more, or "unlimited"; got "10".',
      ],
      [
        { type: 'setLimit', featureId: 'boards', planId: 'free', limit: Number.NaN },
        '`limit` must be a number of 0 or more, or "unlimited"; got null.',
      ],
    ];
    for (const [x, message] of cases) assert.equal(validateIntent(x), message);
  });

  it('planIntent refuses a bad value before writing anything ("yes", 0, null for a signal)', () => {
    const r = check(TEXT);
    for (const value of ['yes', 0, null]) {
      const intent = {
        type: 'setSignal',
        featureIds: ['boards'],
        signal: 'virality',
        value,
      } as unknown as MatrixIntent;
      const out = planIntent(TEXT, r, intent);
      assert.ok(!('edits' in out), `${value}: no edits`);
      assert.equal(out.reason, 'invalid');
      assert.match(out.message, /`value` must be true or false/);
    }
  });

  it('setSignal still writes a verified answer that the whole file reads back', () => {
    const r = check(TEXT);
    const out = planIntent(TEXT, r, {
      type: 'setSignal',
      featureIds: ['boards', 'export'],
      signal: 'virality',
      value: true,
    });
    assert.ok('edits' in out, JSON.stringify(out));
    const after = applyEdits(TEXT, out.edits);
    const a = check(after);
    assert.deepEqual(
      a.diagnostics.filter((d) => d.rule === 'schema'),
      [],
    );
    assert.deepEqual(
      a.model?.features.map((f) => [f.id, f.signals?.virality]),
      [
        ['boards', true],
        ['export', true],
      ],
    );
  });
});
