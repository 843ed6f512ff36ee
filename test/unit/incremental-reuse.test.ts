// What the incremental re-check carries over from the previous version instead of making it again (issue 23: a
// keystroke's cost and garbage): the line table, counted again only where the text changed; the diagnostics of
// findings before the edited item, the same objects; the set of feature ids when the edit leaves the id alone.
// Each equals what a full check of the new text gives.
import assert from 'node:assert/strict';
import { generatePackaging } from '../../bench/gen';
import { check } from '../../src/core/check';
import { createIncremental } from '../../src/core/incremental';
import { lineCounterAfter, lineCounterOf } from '../../src/core/yaml/parse';

const starts = (lc: { lineStarts: unknown }) => Array.from(lc.lineStarts as Uint32Array);

describe('line table after an edit', () => {
  const base = 'version: 1\nplans:\n  - id: free\r\n    price: 0\n\nfeatures:\n  - id: a\n';
  const edits: [number, number, string][] = [
    [0, 0, 'x'],
    [0, 0, '\n'],
    [5, 5, '\n\n'],
    [10, 11, ''],
    [10, 12, ''],
    [12, 30, 'a\nb\nc'],
    [base.length, base.length, '  - id: b\n'],
    [base.length - 1, base.length, ''],
    [20, 21, '\r\n'],
    [0, base.length, ''],
    [0, base.length, '\n'],
  ];
  for (const [from, to, insert] of edits)
    it(`[${from}, ${to}) → ${JSON.stringify(insert)}`, () => {
      const now = base.slice(0, from) + insert + base.slice(to);
      const delta = insert.length - (to - from);
      // the window the caller passes may be wider than the change (the edited item)
      for (const [a, b] of [
        [from, to],
        [Math.max(0, from - 7), Math.min(base.length, to + 5)],
      ] as const)
        assert.deepEqual(
          starts(lineCounterAfter(lineCounterOf(base), now, a, b, delta)),
          starts(lineCounterOf(now)),
        );
    });

  it('positions read through it match a fresh count', () => {
    const text = Array.from({ length: 200 }, (_, i) => `line ${i}`).join('\n');
    const at = text.indexOf('line 100');
    const now = `${text.slice(0, at)}new\nlines\n${text.slice(at)}`;
    const lc = lineCounterAfter(lineCounterOf(text), now, at, at, 10);
    for (const x of [0, at, at + 4, at + 10, now.length])
      assert.deepEqual(lc.linePos(x), lineCounterOf(now).linePos(x));
  });
});

describe('incremental re-check: what it re-uses', () => {
  const text = generatePackaging(60);
  const at = text.indexOf('Does thing 30') + 5;
  const edit = (insert: string) => {
    const inc = createIncremental();
    const s1 = inc.first(text);
    const now = text.slice(0, at) + insert + text.slice(at);
    const s2 = inc.next(s1, now, [{ start: at, end: at, text: insert }]);
    assert.equal(s2.incremental, true, s2.fallback);
    return { s1, s2, now };
  };

  it('diagnostics before the edited feature are the previous objects; all equal a full check', () => {
    for (const insert of ['x', 'two\n      lines']) {
      const { s1, s2, now } = edit(insert);
      const item = text.lastIndexOf('  - id: feature-30', at);
      const previous = new Set(s1.result.diagnostics);
      const before = s2.result.diagnostics.filter((d) => d.span.end <= item);
      assert.ok(before.length > 10, 'findings before the edit');
      for (const d of before) assert.ok(previous.has(d), `${d.rule} at ${d.span.start} re-used`);
      const after = s2.result.diagnostics.filter((d) => d.span.start > at);
      assert.ok(after.length > 10 && after.every((d) => !previous.has(d)), 'findings after the edit are new');
      assert.deepEqual(s2.result.diagnostics, check(now).diagnostics);
    }
  });

  it('the feature id set is the previous one unless the edit changes an id', () => {
    const { s1, s2 } = edit('x');
    assert.equal(s2.result.model!.featureIds, s1.result.model!.featureIds);
    const inc = createIncremental();
    const first = inc.first(text);
    const idAt = text.indexOf('id: feature-30') + 'id: feature-3'.length;
    const now = `${text.slice(0, idAt)}9${text.slice(idAt)}`;
    const next = inc.next(first, now, [{ start: idAt, end: idAt, text: '9' }]);
    assert.equal(next.incremental, true);
    assert.notEqual(next.result.model!.featureIds, first.result.model!.featureIds);
    assert.ok(
      next.result.model!.featureIds.has('feature-390') && !next.result.model!.featureIds.has('feature-30'),
    );
    assert.deepEqual(next.result.diagnostics, check(now).diagnostics);
  });
});
