import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { acceptEdit, canAccept, reasonProblem, removeAcceptEdit } from '../../src/core/edit/accept';
import { signalsEdit } from '../../src/core/edit/signals';
import { applyEdits } from '../../src/core/edit/text-edits';
import { doc } from './support/docs';

// "Accept this finding…" and "Remove unused accept": minimal edits, every other byte kept, verified.

const VIRAL =
  '  - id: guests\n    plan: free  # the free plan\n    limits: {free: 1}\n    signals: {virality: true}\n';

function accept(text: string, rule: string, reason: string) {
  const r = check(text);
  const d = r.diagnostics.find((x) => x.rule === rule);
  assert.ok(d, `${rule} expected`);
  const edit = acceptEdit(text, r, d, reason);
  assert.ok(edit, 'an edit');
  // Minimal: a pure insertion, everything else byte-identical.
  assert.equal(edit.span.start, edit.span.end);
  const after = applyEdits(text, [edit]);
  assert.equal(after.slice(0, edit.span.start), text.slice(0, edit.span.start));
  assert.equal(after.slice(edit.span.start + edit.newText.length), text.slice(edit.span.start));
  return after;
}

describe('decision records as edits', () => {
  it('accepts a feature finding in a new `accept` block at the feature’s indentation', () => {
    const text = doc({ features: VIRAL });
    const after = accept(text, 'viral-wall', 'One guest is enough to try it.');
    assert.match(
      after,
      /signals: \{virality: true\}\n {4}accept:\n {6}viral-wall: One guest is enough to try it\.\n/,
    );
    const r = check(after);
    assert.equal(
      r.diagnostics.find((d) => d.rule === 'viral-wall')?.accepted,
      'One guest is enough to try it.',
    );
    assert.ok(r.diagnostics.every((d) => d.rule !== 'schema'));
  });

  it('adds to an existing accept map, and quotes a reason YAML would read otherwise', () => {
    const text = doc({
      features: `${VIRAL}    accept:\n      growth-wall: old\n`,
    });
    const after = accept(text, 'viral-wall', 'yes: really # not a comment');
    assert.match(after, /growth-wall: old\n {6}viral-wall: "yes: really # not a comment"\n/);
    assert.equal(
      check(after).diagnostics.find((d) => d.rule === 'viral-wall')?.accepted,
      'yes: really # not a comment',
    );
  });

  it('a flow-style feature gets the entry inside its braces', () => {
    const text = doc({
      features: '  - {id: guests, plan: free, limits: {free: 0}, signals: {virality: true}}\n',
    });
    const after = accept(text, 'viral-wall', 'Guests join through Pro trials.');
    assert.equal(
      check(after).diagnostics.find((d) => d.rule === 'viral-wall')?.accepted,
      'Guests join through Pro trials.',
    );
  });

  it('a finding that names no feature goes to the top-level accept', () => {
    const text = doc({ growth: null });
    const after = accept(text, 'missing-growth-model', 'The growth model lives in the strategy doc.');
    assert.match(
      after,
      /\naccept:\n {2}missing-growth-model: The growth model lives in the strategy doc\.\n?$/,
    );
    assert.equal(check(after).diagnostics[0]?.accepted, 'The growth model lives in the strategy doc.');
  });

  it('refuses an empty or blank reason, structure rules and findings already accepted', () => {
    assert.ok(reasonProblem(''));
    assert.ok(reasonProblem('   '));
    assert.ok(reasonProblem('two\nlines'));
    assert.equal(reasonProblem('Fine.'), undefined);
    const text = doc({ features: VIRAL });
    const r = check(text);
    const d = r.diagnostics.find((x) => x.rule === 'viral-wall')!;
    assert.equal(acceptEdit(text, r, d, '  '), undefined);
    const bad = doc({ features: '  - id: x\n    plan: nope\n' });
    const rb = check(bad);
    const unknown = rb.diagnostics.find((x) => x.rule === 'unknown-plan')!;
    assert.equal(canAccept(unknown), false);
    assert.equal(acceptEdit(bad, rb, unknown, 'because'), undefined);
    const done = check(accept(text, 'viral-wall', 'ok'));
    assert.equal(canAccept(done.diagnostics.find((x) => x.rule === 'viral-wall')!), false);
  });

  it('removes an unused accept entry, and the whole block when it was the only one', () => {
    const only = doc({
      features: `${VIRAL.replace('free: 1', 'free: 5')}    accept:\n      viral-wall: old reason  # kept?\n`,
    });
    const r = check(only);
    const d = r.diagnostics.find((x) => x.rule === 'unused-accept')!;
    const edit = removeAcceptEdit(only, r, d)!;
    assert.ok(edit);
    const after = applyEdits(only, [edit]);
    assert.equal(after, only.replace('    accept:\n      viral-wall: old reason  # kept?\n', ''));
    assert.deepEqual(check(after).diagnostics, []);

    const two = doc({
      features: `${VIRAL.replace('free: 1', 'free: 5')}    accept:\n      viral-wall: old\n      free-friction: also old\n`,
    });
    const r2 = check(two);
    const d2 = r2.diagnostics.find(
      (x) => x.rule === 'unused-accept' && x.data?.acceptedRule === 'viral-wall',
    )!;
    const after2 = applyEdits(two, [removeAcceptEdit(two, r2, d2)!]);
    assert.equal(after2, two.replace('      viral-wall: old\n', ''));
  });

  it('removes from a flow accept map without breaking it', () => {
    const text = doc({
      features: `${VIRAL.replace('free: 1', 'free: 5')}    accept: {viral-wall: a, free-friction: b}\n`,
    });
    const r = check(text);
    for (const d of r.diagnostics.filter((x) => x.rule === 'unused-accept')) {
      const e = removeAcceptEdit(text, r, d)!;
      assert.ok(e);
      const after = check(applyEdits(text, [e]));
      assert.equal(after.syntaxError, false);
      assert.equal(after.diagnostics.filter((x) => x.rule === 'unused-accept').length, 1);
    }
  });
});

describe('answering the packaging test (signals the PM picked, nothing else)', () => {
  const text = doc({ features: '  - id: chat\n    plan: free   # unanswered\n' });

  it('writes only the chosen signals, in the spec order, after the feature’s last line', () => {
    const r = check(text);
    const e = signalsEdit(text, r, 'chat', ['habitLoop', 'virality'])!;
    const after = applyEdits(text, [e]);
    assert.equal(
      after,
      text.replace(
        '    plan: free   # unanswered\n',
        '    plan: free   # unanswered\n    signals:\n      virality: true\n      habitLoop: true\n',
      ),
    );
    assert.equal(check(after).features.find((f) => f.id === 'chat')?.recommendation, 'free');
  });

  it('picking none writes `signals: {}` (either), an answer the PM gave', () => {
    const r = check(text);
    const after = applyEdits(text, [signalsEdit(text, r, 'chat', [])!]);
    assert.match(after, /# unanswered\n {4}signals: \{\}\n/);
    assert.equal(check(after).features.find((f) => f.id === 'chat')?.recommendation, 'either');
  });

  it('a flow-style feature gets the block inside its braces; a classified feature gets nothing', () => {
    const flow = doc({ features: '  - {id: chat, plan: free}\n' });
    const after = applyEdits(flow, [signalsEdit(flow, check(flow), 'chat', ['friction'])!]);
    assert.equal(
      check(after)
        .features.find((f) => f.id === 'chat')
        ?.reasons.join(),
      'friction',
    );
    assert.equal(signalsEdit(after, check(after), 'chat', ['virality']), undefined);
  });
});
