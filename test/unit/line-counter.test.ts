// The incremental re-check's line table (issue 23): counted again only where the text changed, it equals the one
// counted over the whole new text, whatever the edit adds or removes (newlines, CRLF, at either end).
import assert from 'node:assert/strict';
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
