import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { diffPackaging } from '../../src/core/interop/diff';
import { importPricing2Yaml } from '../../src/core/interop/import/pricing2yaml';
import { buildMatrix } from '../../src/core/matrix/view-model';
import { parseHostMessage } from '../../src/protocol';

// Issue 10, group 5: ids that are Object.prototype names are data. `constructor` is the one that is also a
// valid id (`toString`, `hasOwnProperty`, `__proto__` are not lowercase kebab): it goes through every face.

const FILE = (featurePlan: string) => `version: 1
product: {name: Acme}
plans:
  - {id: free, price: 0}
  - {id: constructor, price: 10}
features:
  - id: constructor
    plan: ${featurePlan}
    signals: {friction: true}
  - id: boards
    plan: free
    limits: {free: 3}
    signals: {virality: true}
`;

describe('ids are data, never property names (issue 10, group 5)', () => {
  it('matrix: a plan named `constructor` is an ordinary column, not Object.prototype.constructor', () => {
    const m = buildMatrix(check(FILE('constructor')));
    const rows = m.groups.flatMap((g) => g.rows);
    const boards = rows.find((r) => r.id === 'boards')!;
    assert.deepEqual(
      boards.cells.map((c) => c.kind),
      ['limit', 'included'],
    );
    assert.ok(!JSON.stringify(m).includes('native code'));
    // the webview payload crosses postMessage: it must survive structured cloning
    assert.deepEqual(structuredClone(m), JSON.parse(JSON.stringify(m)));
  });

  it('diff: no fake change, and the JSON keeps `to`', () => {
    const same = diffPackaging(check(FILE('constructor')), check(FILE('constructor')));
    assert.deepEqual([same.added, same.removed, same.moved, same.limits, same.prices].flat(), []);
    const moved = diffPackaging(check(FILE('free')), check(FILE('constructor')));
    assert.equal(moved.moved.length, 1);
    const json = JSON.parse(JSON.stringify(moved));
    assert.equal(json.moved[0].toPlan, 'constructor');
    assert.equal(json.moved[0].fromPlan, 'free');
    const repriced = diffPackaging(
      check(FILE('free')),
      check(FILE('free').replace('price: 10', 'price: 12')),
    );
    const prices = JSON.parse(JSON.stringify(repriced.prices)) as {
      plan: string;
      from: number;
      to: number;
    }[];
    assert.deepEqual(
      prices.map((p) => [p.plan, p.from, p.to]),
      [['constructor', 10, 12]],
    );
  });

  it('import: features named `constructor`, `toString`, `hasOwnProperty`, `__proto__` land on the right plan', () => {
    const src = `saasName: X
syntaxVersion: "2.1"
features:
  constructor: {valueType: BOOLEAN, defaultValue: false}
  toString: {valueType: BOOLEAN, defaultValue: false}
  hasOwnProperty: {valueType: BOOLEAN, defaultValue: true}
  __proto__: {valueType: BOOLEAN, defaultValue: false}
plans:
  FREE: {price: 0}
  PRO: {price: 10, features: {toString: {value: true}, constructor: {value: true}}}
`;
    const r = importPricing2Yaml(src);
    const plans = Object.fromEntries(check(r.text).features.map((f) => [f.id, f.plan]));
    assert.deepEqual(plans, {
      constructor: 'pro',
      'to-string': 'pro',
      'has-own-property': 'free',
      proto: 'pro',
    });
  });
});

describe('matrix payload limits (issue 10: the webview never stays on "Loading…" silently)', () => {
  it('a name over 100,000 characters makes a render message the webview refuses, which the host detects', () => {
    const long = 'x'.repeat(100_001);
    const text = FILE('free').replace('  - id: boards\n', `  - id: boards\n    name: ${long}\n`);
    const model = buildMatrix(check(text));
    assert.equal(
      parseHostMessage({ type: 'render', documentVersion: 1, fileName: 'p.yaml', model }),
      undefined,
    );
    const ok = buildMatrix(check(FILE('free')));
    assert.ok(parseHostMessage({ type: 'render', documentVersion: 1, fileName: 'p.yaml', model: ok }));
  });
});
