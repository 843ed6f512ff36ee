import assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { applyEdits, EditableText } from '../../src/core/edit/text-edits';
import { editReadsAs, setFeatureSignals, verifiedSignalEdits } from '../../src/core/matrix/signal-edits';
import type { Signal } from '../../src/core/types';

const FILE = `version: 1 # v
product: {name: X}
growth:
  acquisition: product-led
plans:
  - id: free
    price: 0
  - id: pro   # paid
    price: 10

features:
    # the sharing feature
    - id: share
      plan: "pro"     # moved later
      signals:
          virality: false   # decided in review
          habitLoop: true

    - {id: flow, plan: free, signals: {universality: true}}
    - id: bare
      plan: free
      # trailing comment of bare
    - {id: tiny, plan: free}
    - id: empty
      plan: pro
      signals: {}
`;

const structural = (text: string) =>
  check(text).diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'syntax');

function set(text: string, ids: string[], signal: Signal, value: boolean) {
  const r = setFeatureSignals(text, check(text), ids, signal, value);
  const out = applyEdits(text, r.edits);
  // every edit leaves the file as valid as it was
  assert.deepEqual(structural(out), structural(text));
  return { ...r, out };
}

describe('matrix edits: answering the packaging test from the matrix', () => {
  it('replaces an existing answer, keeping the aligned comment column', () => {
    const { out, changed } = set(FILE, ['share'], 'virality', true);
    assert.deepEqual(changed, ['share']);
    assert.equal(out, FILE.replace('virality: false   # decided', 'virality: true    # decided'));
    assert.equal(check(out).model!.features.find((f) => f.id === 'share')!.signals!.virality, true);
  });

  it('adds the key to a block signals map at its column', () => {
    const { out } = set(FILE, ['share'], 'friction', true);
    assert.equal(
      out,
      FILE.replace('          habitLoop: true\n', '          habitLoop: true\n          friction: true\n'),
    );
  });

  it('adds the key to a flow signals map', () => {
    const { out } = set(FILE, ['flow'], 'expansion', false);
    assert.equal(out, FILE.replace('{universality: true}', '{universality: true, expansion: false}'));
  });

  it('fills an empty flow map', () => {
    const { out } = set(FILE, ['empty'], 'ahaMoment', true);
    assert.equal(out, FILE.replace('signals: {}', 'signals: {ahaMoment: true}'));
  });

  it('adds a signals block with only the answer given (never five false values), comments kept', () => {
    const { out } = set(FILE, ['bare'], 'virality', true);
    assert.equal(
      out,
      FILE.replace(
        '      plan: free\n      # trailing comment of bare\n',
        '      plan: free\n      signals:\n        virality: true\n      # trailing comment of bare\n',
      ),
    );
    const f = check(out).model!.features.find((x) => x.id === 'bare')!;
    assert.deepEqual({ ...f.signals }, { virality: true });
  });

  it('adds a flow signals map to a flow feature', () => {
    const { out } = set(FILE, ['tiny'], 'friction', false);
    assert.equal(
      out,
      FILE.replace('{id: tiny, plan: free}', '{id: tiny, plan: free, signals: {friction: false}}'),
    );
  });

  it('bulk: many features in one call, every other byte kept, already-set and unknown ids reported', () => {
    const r = set(FILE, ['share', 'flow', 'bare', 'tiny', 'empty', 'nope', 'share'], 'habitLoop', true);
    assert.deepEqual(r.changed, ['flow', 'bare', 'tiny', 'empty']);
    assert.deepEqual(r.unchanged, ['share']);
    assert.deepEqual(r.skipped, ['nope']);
    assert.equal(r.edits.length, 4);
    let expected = FILE.replace('{universality: true}', '{universality: true, habitLoop: true}')
      .replace(
        '      plan: free\n      # trailing',
        '      plan: free\n      signals:\n        habitLoop: true\n      # trailing',
      )
      .replace('{id: tiny, plan: free}', '{id: tiny, plan: free, signals: {habitLoop: true}}')
      .replace('signals: {}', 'signals: {habitLoop: true}');
    assert.equal(r.out, expected);
    // and clearing them again is also one call
    const back = set(r.out, ['flow', 'bare', 'tiny', 'empty'], 'habitLoop', false);
    expected = expected
      .replaceAll('habitLoop: true}', 'habitLoop: false}')
      .replace(
        'signals:\n        habitLoop: true\n      # trailing',
        'signals:\n        habitLoop: false\n      # trailing',
      );
    assert.equal(back.out, expected);
  });

  it('keeps CRLF line ends', () => {
    const crlf = FILE.replace(/\n/g, '\r\n');
    const { out } = set(crlf, ['bare', 'share'], 'expansion', true);
    assert.ok(!/[^\r]\n/.test(out));
    assert.equal(
      out,
      crlf
        .replace('habitLoop: true\r\n', 'habitLoop: true\r\n          expansion: true\r\n')
        .replace(
          'plan: free\r\n      # trailing',
          'plan: free\r\n      signals:\r\n        expansion: true\r\n      # trailing',
        ),
    );
  });

  it('leaves an aliased signals map alone (it would change every feature sharing it)', () => {
    const text = `version: 1
product: {name: X}
plans:
  - {id: free, price: 0}
features:
  - id: a
    plan: free
    signals: &s
      virality: true
  - id: b
    plan: free
    signals: *s
`;
    const r = setFeatureSignals(text, check(text), ['b'], 'friction', true);
    assert.deepEqual(r.skipped, ['b']);
    assert.equal(r.edits.length, 0);
  });

  it('verifiedSignalEdits re-checks the result and returns the new text', () => {
    const v = verifiedSignalEdits(FILE, check(FILE), ['bare', 'tiny'], 'universality', true);
    assert.ok(v);
    assert.deepEqual(v.changed, ['bare', 'tiny']);
    assert.equal(v.after, applyEdits(FILE, v.edits));
    assert.deepEqual(structural(v.after), structural(FILE));
  });

  it('the verification rejects an edit that does not read as the answer (wrong column, wrong value, extra key)', () => {
    const f = check(FILE).model!.features.find((x) => x.id === 'bare')!;
    const et = new EditableText(FILE);
    const at = FILE.indexOf('      # trailing comment of bare') - 1;
    const edit = (newText: string) => et.edit(at, at, newText);
    assert.ok(
      editReadsAs(et, f.node.range!, edit('\n      signals:\n        virality: true'), 'virality', true),
    );
    assert.ok(
      !editReadsAs(et, f.node.range!, edit('\n    signals:\n        virality: true'), 'virality', true),
    );
    assert.ok(
      !editReadsAs(et, f.node.range!, edit('\n      signals:\n        virality: false'), 'virality', true),
    );
    assert.ok(
      !editReadsAs(
        et,
        f.node.range!,
        edit('\n      signals:\n        virality: true\n      plan: pro'),
        'virality',
        true,
      ),
    );
    assert.ok(!editReadsAs(et, f.node.range!, edit('\n      signals: {virality: true'), 'virality', true));
  });

  it('verifies features followed by another item (a node range can run onto the next line)', () => {
    for (const id of ['share', 'flow', 'bare', 'tiny', 'empty']) {
      const v = verifiedSignalEdits(FILE, check(FILE), [id], 'expansion', true);
      assert.ok(v, id);
      assert.deepEqual(v.changed, [id]);
    }
  });

  it('applyEdits (one pass) gives what applying the edits one by one, last offset first, gives', () => {
    const r = setFeatureSignals(
      FILE,
      check(FILE),
      ['share', 'flow', 'bare', 'tiny', 'empty'],
      'friction',
      true,
    );
    let oneByOne = FILE;
    for (const e of [...r.edits].sort((a, b) => b.span.start - a.span.start))
      oneByOne = oneByOne.slice(0, e.span.start) + e.newText + oneByOne.slice(e.span.end);
    assert.equal(applyEdits(FILE, r.edits), oneByOne);
  });
});
