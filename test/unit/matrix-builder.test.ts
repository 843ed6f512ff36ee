// The cached matrix view model (src/core/matrix/builder.ts) against the uncached one, over random edits: a
// builder kept across a document's versions must answer exactly `withInsights(buildMatrix(result), result, text)`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import { generateImported, generatePackaging } from '../../bench/gen';
import { check } from '../../src/core/check';
import { createIncremental } from '../../src/core/incremental';
import { createMatrixBuilder } from '../../src/core/matrix/builder';
import { withInsights } from '../../src/core/matrix/suggestion-edits';
import { buildMatrix, limitLabel, type MatrixModel } from '../../src/core/matrix/view-model';
import type { CheckResult } from '../../src/core/model/model';

const ROOT = path.resolve(__dirname, '../..');
const example = (name: string) => readFileSync(path.join(ROOT, 'examples', name, 'packaging.yaml'), 'utf8');

const fresh = (result: CheckResult, text: string): MatrixModel =>
  withInsights(buildMatrix(result), result, text);

const rowsOf = (m: MatrixModel) => m.groups.flatMap((g) => g.rows);

/** One edit of a text: what typing, pasting a word or deleting does, placed by a fraction of the text. */
type Edit = { at: number; del: number; insert: string };

const snippets = [
  'x',
  ' ',
  '\n',
  '#',
  ':',
  '-',
  'advanced ',
  'Basic ',
  'Single sign-on ',
  'audit log ',
  ' # packaging-planner: no-market',
  '\n    addOn: ai',
  '\n    signals: {}',
  '\n    unit: minutes',
  'Bench ',
  'feature-0',
  'Suite',
  '\n  valueMetric: feature-3',
];

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.constantFrom(0, 0, 0, 1, 2, 9),
  insert: fc.oneof(fc.constantFrom(...snippets), fc.constant('')),
});

function apply(
  text: string,
  e: Edit,
): { text: string; change: { start: number; end: number; text: string } } {
  const start = Math.min(text.length, Math.floor(e.at * text.length));
  const end = Math.min(text.length, start + e.del);
  return {
    text: text.slice(0, start) + e.insert + text.slice(end),
    change: { start, end, text: e.insert },
  };
}

/** Runs `edits` on `text` through the incremental check, comparing the builder with the uncached path each time. */
function follow(text: string, edits: readonly Edit[]): number {
  const inc = createIncremental();
  let state = inc.first(text);
  const builder = createMatrixBuilder();
  assert.deepStrictEqual(builder.build(state.result, text), fresh(state.result, text));
  let withRows = 0;
  // a version without a model (a syntax error while typing) keeps the last model's entries for the next one
  let held = state.result.model?.features.length ?? 0;
  for (const e of edits) {
    const next = apply(state.text, e);
    state = inc.next(state, next.text, [next.change]);
    const got = builder.build(state.result, next.text);
    assert.deepStrictEqual(got, fresh(state.result, next.text));
    if (state.result.model) held = state.result.model.features.length;
    assert.ok(builder.size <= held, `the cache holds ${builder.size} entries for ${held} features`);
    if (rowsOf(got).some((r) => r.suggestion || r.market)) withRows++;
  }
  return withRows;
}

describe('matrix builder: cached view model equals the uncached one', () => {
  // [name, text, whether its rows show insights]
  const files: [string, string, boolean][] = [
    ['imported (60 features)', generateImported(60), true],
    ['bench (40 features)', generatePackaging(40), false],
    ['suite example', example('suite'), true],
    ['devdb example', example('devdb'), true],
    ['whiteboard example', example('whiteboard'), true],
  ];
  for (const [name, text, insights] of files)
    it(`across random edits of the ${name}`, () => {
      let shown = 0;
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
          shown += follow(text, edits);
        }),
        { numRuns: 25 },
      );
      // the runs exercised rows with insights, not only broken texts
      assert.equal(shown > 0, insights);
    });

  it('a one-character edit rebuilds only the edited row; the others are the same objects', () => {
    let text = generateImported(200);
    const inc = createIncremental();
    let state = inc.first(text);
    const builder = createMatrixBuilder();
    const before = rowsOf(builder.build(state.result, text));
    const at = text.indexOf('name: ', text.indexOf('- id: feature-17\n')) + 7;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    state = inc.next(state, text, [{ start: at, end: at, text: 'x' }]);
    assert.equal(state.incremental, true);
    const after = rowsOf(builder.build(state.result, text));
    const old = new Set(before);
    assert.deepEqual(
      after.filter((r) => !old.has(r)).map((r) => r.id),
      ['feature-17'],
    );
    assert.deepStrictEqual(after, rowsOf(fresh(state.result, text)));
  });

  it('follows the file-level context: product name, value metric, a new pair, an opt-out', () => {
    const text = generateImported(80);
    const builder = createMatrixBuilder();
    const variants = [
      text,
      text.replace('name: Bench Suite', 'name: Single Suite'),
      text.replace('valueMetric: feature-0', 'valueMetric: feature-1'),
      text.replace(/name: "([^"\n]+)"\n/, 'name: "Advanced $1"\n'),
      text.replace('  - id: feature-2\n', '  - id: feature-2\n    # packaging-planner: no-market\n'),
      text,
    ];
    for (const t of variants) {
      const r = check(t);
      assert.deepStrictEqual(builder.build(r, t), fresh(r, t));
    }
    const r = check(text);
    assert.deepStrictEqual(builder.build(r, text, { insights: false }), buildMatrix(r));
    builder.clear();
    assert.equal(builder.size, 0);
  });

  it('gives duplicated ids the first feature’s insights, as withInsights does', () => {
    const text = `version: 1
product:
  name: Dupes
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
features:
  - id: sso
    name: Single sign-on
    plan: pro
  - id: sso
    name: Sharing links
    plan: free
  - id: sharing
    name: Sharing links
    plan: free
`;
    const r = check(text);
    const got = createMatrixBuilder().build(r, text);
    assert.deepStrictEqual(got, fresh(r, text));
    const rows = rowsOf(got);
    assert.equal(rows[1]!.market?.capability, rows[0]!.market?.capability);
  });

  it('limit labels read as toLocaleString("en-US") writes them (integers are grouped without Intl)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ min: 0, max: 1e6, noNaN: true })),
        (n) => limitLabel(n) === n.toLocaleString('en-US'),
      ),
      { numRuns: 2000 },
    );
    assert.equal(limitLabel(-0), (-0).toLocaleString('en-US'));
    assert.equal(limitLabel(1234567, 'boards'), '1,234,567 boards');
  });
});
