// The matrix protocol's validators and the webview's pure logic (filters, sort, state, Markdown).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../../src/core/check';
import { matrixMarkdown, mdCell } from '../../src/core/matrix/render/markdown';
import { suggestionPreview } from '../../src/core/matrix/suggestion-edits';
import { buildMatrix } from '../../src/core/matrix/view-model';
import { isMatrixModel, parseHostMessage, parseWebviewMessage } from '../../src/protocol';
import { DEFAULT_STATE, restoreState, visibleGroups } from '../../webview/logic';

const text = readFileSync(
  path.join(__dirname, '..', '..', 'examples', 'whiteboard', 'packaging.yaml'),
  'utf8',
);
const model = buildMatrix(check(text));

describe('matrix protocol', () => {
  it('accepts the model the core builds, through a JSON round trip (what postMessage does)', () => {
    assert.ok(isMatrixModel(JSON.parse(JSON.stringify(model))));
    const msg = { type: 'render', documentVersion: 3, fileName: 'packaging.yaml', model };
    assert.equal(parseHostMessage(JSON.parse(JSON.stringify(msg)))?.type, 'render');
  });

  it('carries an optional one-line notice, and the host answer "revealNotShown"', () => {
    const withNotice = { ...model, notice: 'Totals count planned features too.' };
    assert.ok(isMatrixModel(JSON.parse(JSON.stringify(withNotice))));
    assert.equal(isMatrixModel({ ...model, notice: 42 }), false);
    assert.equal(isMatrixModel({ ...model, notice: 'x'.repeat(200_000) }), false);
    assert.deepEqual(parseHostMessage({ type: 'revealNotShown', featureId: 'sso', message: 'maximised' }), {
      type: 'revealNotShown',
      featureId: 'sso',
      message: 'maximised',
    });
    assert.equal(parseHostMessage({ type: 'revealNotShown', featureId: 'sso' }), undefined);
  });

  it('the suggestion preview both ways: previewSuggestions in, the core preview out; malformed ones refused', () => {
    // unclassified features the market data has suggestions for (the examples are all classified)
    const yaml =
      'version: 1\nproduct:\n  name: P\nplans:\n  - id: free\n    name: Free\n    price: 0\n  - id: pro\n    name: Pro\n    price: 10\nfeatures:\n' +
      '  - id: sso\n    name: Single sign-on\n    category: Admin\n    plan: pro\n' +
      '  - id: share-links\n    name: Sharing links\n    category: Collaboration\n    plan: free\n';
    const r = check(yaml);
    const ids = (r.model?.features ?? []).map((f) => f.id);
    const p = suggestionPreview(yaml, r, ids);
    assert.ok(p && p.rows.length > 0 && p.removed.length > 0, 'the example has suggestions to preview');
    const finding = (d: (typeof p.added)[number]) => ({
      rule: d.rule,
      severity: d.severity,
      ...(d.feature !== undefined ? { feature: d.feature } : {}),
      message: d.message,
    });
    const msg = {
      type: 'suggestionPreview',
      documentVersion: 4,
      featureIds: ids,
      rows: p.rows,
      skipped: p.skipped,
      added: p.added.map(finding),
      removed: p.removed.map(finding),
    };
    assert.deepEqual(parseHostMessage(JSON.parse(JSON.stringify(msg))), msg);
    assert.equal(parseHostMessage({ ...msg, documentVersion: '4' }), undefined);
    assert.equal(parseHostMessage({ ...msg, rows: [{ id: 'a', name: 'A', signals: ['x'] }] }), undefined);
    assert.equal(
      parseHostMessage({ ...msg, added: [{ rule: 'r', severity: 'fatal', message: 'm' }] }),
      undefined,
    );
    const ask = { type: 'previewSuggestions', featureIds: ['sso'], documentVersion: 4 };
    assert.deepEqual(parseWebviewMessage(ask), ask);
    assert.equal(parseWebviewMessage({ ...ask, featureIds: [] }), undefined);
    assert.equal(parseWebviewMessage({ ...ask, featureIds: [3] }), undefined);
    assert.equal(parseWebviewMessage({ ...ask, documentVersion: 1.5 }), undefined);
  });

  it('rejects malformed messages', () => {
    const bad: unknown[] = [
      null,
      42,
      'render',
      [],
      { type: 'render', documentVersion: 1.5, fileName: 'x', model },
      { type: 'render', documentVersion: 1, fileName: 'x', model: { ...model, syntaxError: 'no' } },
      { type: 'render', documentVersion: 1, fileName: 'x', model: { ...model, plans: model.plans.slice(1) } },
      { type: 'editRefused', featureId: 'a', reason: 'because', message: 'm' },
      { type: 'focusFeature' },
      { type: 'nope' },
    ];
    for (const b of bad) assert.equal(parseHostMessage(b), undefined, JSON.stringify(b)?.slice(0, 80));
    assert.equal(parseWebviewMessage({ type: 'moveFeature', featureId: 'a', planId: 'b' }), undefined);
    assert.equal(
      parseWebviewMessage({ type: 'moveFeature', featureId: 'a', planId: 'b', documentVersion: '1' }),
      undefined,
    );
    assert.equal(parseWebviewMessage({ type: 'log', level: 'fatal', message: 'x' }), undefined);
    assert.deepEqual(
      parseWebviewMessage({ type: 'moveFeature', featureId: 'a', planId: 'b', documentVersion: 2 }),
      {
        type: 'moveFeature',
        featureId: 'a',
        planId: 'b',
        documentVersion: 2,
      },
    );
  });
});

describe('matrix webview logic', () => {
  it('restores saved state defensively', () => {
    assert.deepEqual(restoreState(undefined), DEFAULT_STATE);
    assert.deepEqual(restoreState({ side: 'both', sort: 'name', col: -1, query: 7 }), {
      ...DEFAULT_STATE,
      sort: 'name',
    });
  });

  it('filters and sorts within categories, keeping file order for ties', () => {
    const paid = visibleGroups(model, { ...DEFAULT_STATE, side: 'paid', sort: 'name' });
    for (const g of paid) {
      assert.ok(g.rows.every((r) => r.side === 'paid'));
      const names = g.rows.map((r) => r.name);
      assert.deepEqual(
        names,
        [...names].sort((a, b) => a.localeCompare(b)),
      );
    }
    assert.deepEqual(visibleGroups(model, { ...DEFAULT_STATE, query: 'zzz-nothing' }), []);
  });

  it('escapes Markdown: no HTML, no table breaks', () => {
    assert.equal(mdCell('<b>a|b</b>\n*x*'), '&lt;b&gt;a\\|b&lt;/b&gt; \\*x\\*');
    const md = matrixMarkdown({ ...model, groups: visibleGroups(model, DEFAULT_STATE) });
    const table = md.split('\n').filter((l) => l.startsWith('|'));
    const cols = table[0]!.split(' | ').length;
    for (const l of table) assert.equal(l.replace(/\\\|/g, '').split(' | ').length <= cols, true, l);
  });
});
