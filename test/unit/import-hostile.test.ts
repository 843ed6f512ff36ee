import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { humanize } from '../../src/core/interop/import/humanize';
import { importPricing2Yaml, slugify } from '../../src/core/interop/import/pricing2yaml';

// Issue 10, group 8 (import): hostile Pricing2Yaml sources still give valid YAML, in linear time.

describe('import of hostile sources (issue 10, group 8)', function () {
  this.timeout(60_000);

  it('a `url` ending in `:` still produces valid YAML', () => {
    const r = importPricing2Yaml(
      'saasName: X\nurl: "https://x.io:"\nfeatures: {}\nplans:\n  FREE: {price: 0}\n',
    );
    const c = check(r.text);
    assert.equal(c.syntaxError, false, r.text);
    assert.equal(c.model?.productUrl, 'https://x.io:');
  });

  it('40,000 keys that slugify to one id: unique ids, and it finishes', () => {
    const keys = Array.from(
      { length: 40_000 },
      (_, i) => `"x${'!'.repeat(1 + (i % 40))}${'?'.repeat(Math.floor(i / 40))}"`,
    );
    const src = `saasName: X\nfeatures:\n${keys.map((k) => `  ${k}: {valueType: BOOLEAN, defaultValue: true}`).join('\n')}\nplans:\n  P: {price: 0}\n`;
    const r = importPricing2Yaml(src);
    const features = r.text.slice(r.text.indexOf('\nfeatures:'));
    const ids = [...features.matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]);
    assert.equal(ids.length, 40_000);
    assert.equal(new Set(ids).size, 40_000);
    assert.equal(ids[0], 'x');
    assert.equal(ids[1], 'x-2');
  });

  it('a 100 KB all-caps key is slugified and humanized in linear time, with the same result as before', () => {
    const key = 'A'.repeat(100_000);
    assert.equal(slugify(key, 'feature'), 'a'.repeat(100_000));
    assert.equal(humanize(`${key}Bc`).length, 100_003);
    // the rewritten patterns split as the old ones did
    assert.equal(slugify('HTMLParser', 'f'), 'html-parser');
    assert.equal(slugify('realTimeSupport', 'f'), 'real-time-support');
    assert.equal(humanize('realTimeAPIAccess'), 'Real time API access');
  });

  it('r3 relations of any shape: odd values ignored, 20,000 overlapping items in linear time, valid output', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `a${i}`).join(', ');
    const r = importPricing2Yaml(`saasName: X
features: {f: {valueType: BOOLEAN, defaultValue: false}}
plans: {FREE: {price: 0}}
addOns:
  a0: {price: 1, dependsOn: "a1", excludes: {a1: true}, features: {f: true}}
  a1: {price: 1, dependsOn: [1, null, [a0], a0], excludes: [a1, a0]}
  big: {price: 2, dependsOn: [${many}], excludes: [${many}]}
`);
    const c = check(r.text);
    assert.equal(c.syntaxError, false);
    assert.deepEqual(
      c.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
      [],
    );
    assert.match(r.text, /^ {4}requires: \[a0\]$/m);
    assert.match(r.text, /^ {4}requires: \[a0, a1\]$/m);
  });

  it('aliases that fan out (a "billion laughs" of 10^9 leaves) are read once each: it finishes at once', () => {
    const names = 'abcdefghi'.split('');
    const levels = names.map((n, i) =>
      i === 0
        ? `  a: &a [x, x, x, x, x, x, x, x, x, x]`
        : `  ${n}: &${n} [${Array(10)
            .fill(`*${names[i - 1]}`)
            .join(', ')}]`,
    );
    const t0 = performance.now();
    const r = importPricing2Yaml(
      `saasName: X\nvariables:\n${levels.join('\n')}\nfeatures: {f: {valueType: BOOLEAN, defaultValue: true}}\nplans: {P: {price: 0}}\n`,
    );
    assert.ok(performance.now() - t0 < 5000, 'linear in the text, not in the expansion');
    assert.match(r.text, /^ {4}plan: p$/m);
  });
});
