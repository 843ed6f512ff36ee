// What the incremental re-check carries over from the previous version instead of making it again (issue 23: a
// keystroke's cost and garbage): the line table, counted again only where the text changed; the diagnostics of
// findings before the edited item, the same objects; the set of feature ids when the edit leaves the id alone.
// Each equals what a full check of the new text gives.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isCollection, isPair } from 'yaml';
import { generatePackaging } from '../../bench/gen';
import { check } from '../../src/core/check';
import { createIncremental } from '../../src/core/incremental';
import { lineCounterAfter, lineCounterOf, parse } from '../../src/core/yaml/parse';

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

  it('feature results of features the edit did not touch are the previous objects', () => {
    const { s1, s2, now } = edit('x');
    const edited = s2.result.features.findIndex((f) => f.id === 'feature-30');
    s2.result.features.forEach((f, i) => {
      if (i === edited) assert.notEqual(f, s1.result.features[i]);
      else assert.equal(f, s1.result.features[i], f.id);
    });
    assert.deepEqual(s2.result.features, check(now).features);
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

describe('the one-pass reader counts the nesting (no walk of the tree to qualify a file)', () => {
  /** incremental.ts's treeDepth: collections on the deepest path below the root, leaves at their parent's */
  const treeDepth = (node: unknown, depth: number): number => {
    if (isPair(node)) return Math.max(treeDepth(node.key, depth), treeDepth(node.value, depth));
    let max = depth;
    if (isCollection(node)) for (const it of node.items) max = Math.max(max, treeDepth(it, depth + 1));
    return max;
  };
  const texts = [
    generatePackaging(8),
    'version: 1\n',
    'a:\n  b:\n    c:\n      - d: [x, y]\n        e: []\n',
    'a:\n  b:\n    - c:\n        - d:\n            e: 1\n',
    generatePackaging(3)
      .replace('    plan: pro\n', '    plan: &p pro\n')
      .replace('    plan: business\n', '    plan: *p\n'),
    'a: |\n  text\nb:\n  c: 1\n',
    ...['devdb', 'suite', 'whiteboard'].map((e) =>
      readFileSync(path.join(__dirname, '..', '..', 'examples', e, 'packaging.yaml'), 'utf8'),
    ),
  ];
  for (const [i, text] of texts.entries())
    it(`text ${i}: the tree is at most one level deeper than counted`, () => {
      const p = parse(text);
      assert.equal(p.yamlPathAt, undefined, 'read in one pass');
      assert.notEqual(p.blockDepth, undefined);
      const d = treeDepth(p.doc!.contents, 0);
      assert.ok(d <= p.blockDepth! + 1 && d >= p.blockDepth! - 1, `tree ${d}, counted ${p.blockDepth}`);
    });

  it('an item read the yaml way leaves the depth uncounted', () => {
    const p = parse('features:\n  - - - deep\n');
    assert.equal(p.yamlPathAt, undefined, 'the rest read in one pass');
    assert.equal(p.blockDepth, undefined);
  });
});
