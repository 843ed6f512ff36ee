import assert from 'node:assert/strict';
import { matrixHtml } from '../../src/cli/matrix/html';
import { check } from '../../src/core/check';
import { matrixMarkdown } from '../../src/core/matrix/render/markdown';
import { buildMatrix } from '../../src/core/matrix/view-model';
import { isMatrixModel, parseHostMessage, parseWebviewMessage } from '../../src/protocol';

const FILE = `version: 1
product:
  name: X
plans:
  - id: free
    name: Free
    price: 0
  - id: pro
    name: Pro
    price: 10
features:
  - id: a
    name: A
    plan: free
    limits: {free: 3, pro: unlimited}
  - id: b
    name: B
    plan:
  - name: C
    plan: pro
  - id: d
    name: D
    plan: pro
`;

describe('matrix view model: nothing vanishes', () => {
  const result = check(FILE);
  const m = buildMatrix(result);
  const rows = m.groups.flatMap((g) => g.rows);

  it('keeps features that fail the schema as rows, in file order, with their error', () => {
    assert.deepEqual(
      rows.map((r) => [r.id, r.invalid ?? false]),
      [
        ['a', false],
        ['b', true],
        ['#3', true],
        ['d', false],
      ],
    );
    const b = rows[1]!;
    assert.equal(b.flag, 'error');
    assert.equal(b.side, null);
    assert.match(b.findings[0]!.message, /`plan` in feature "b" must be text/);
    // the feature without an id: its finding moves from the file to its row
    const c = rows[2]!;
    assert.equal(c.name, 'C');
    assert.match(c.findings[0]!.message, /Missing required key `id`/);
    assert.ok(!m.fileFindings.some((f) => /Missing required key `id`/.test(f.message)));
    assert.equal(m.counts.features, 4);
    assert.equal(m.counts.invalid, 2);
    assert.ok(isMatrixModel(m));
  });

  it("does not change check()'s own features", () => {
    assert.deepEqual(
      result.features.map((f) => f.id),
      ['a', 'd'],
    );
  });

  it('rows say which signals were answered (true or false)', () => {
    const t = FILE.replace(
      '    name: D\n    plan: pro\n',
      '    name: D\n    plan: pro\n    signals: {friction: false, expansion: true}\n',
    );
    const d = buildMatrix(check(t))
      .groups.flatMap((g) => g.rows)
      .find((r) => r.id === 'd')!;
    assert.deepEqual(d.signals, ['expansion']);
    assert.deepEqual(d.answered, ['friction', 'expansion']);
  });

  it('the Markdown matrix lists file-level findings', () => {
    const md = matrixMarkdown(m);
    assert.match(md, /File findings:\n\n- ℹ `missing-growth-model` \(line 1\): No \\`growth\\` block/);
  });

  it('the HTML export: Unlimited is no wall, side/flag/unclassified filters work without script', () => {
    const html = matrixHtml(m);
    assert.match(html, /<td class="cell unlimited" title="Pro: Unlimited">Unlimited<\/td>/);
    assert.match(html, /<td class="cell limit" title="Free: 3">3<\/td>/);
    for (const id of ['side-all', 'side-free', 'side-paid', 'flagged', 'unclassified'])
      assert.match(html, new RegExp(`<input type="(radio|checkbox)" [^>]*id="${id}"`));
    assert.match(html, /body:has\(#side-free:checked\) main tbody tr:not\(\[data-side="free"\]\)/);
  });

  it('the protocol carries signal edits both ways and rejects malformed ones', () => {
    const ok = {
      type: 'setSignal',
      featureIds: ['a', 'd'],
      signal: 'virality',
      value: true,
      documentVersion: 3,
    };
    assert.deepEqual(parseWebviewMessage(ok), ok);
    assert.equal(parseWebviewMessage({ ...ok, featureIds: [] }), undefined);
    assert.equal(parseWebviewMessage({ ...ok, signal: 'fun' }), undefined);
    assert.equal(parseWebviewMessage({ ...ok, value: 'yes' }), undefined);
    assert.equal(parseWebviewMessage({ ...ok, featureIds: [1] }), undefined);
    const applied = {
      type: 'signalsApplied',
      signal: 'expansion',
      value: false,
      changed: ['a'],
      unchanged: [],
    };
    assert.deepEqual(parseHostMessage(applied), applied);
    assert.equal(parseHostMessage({ ...applied, changed: 'a' }), undefined);
  });
});
