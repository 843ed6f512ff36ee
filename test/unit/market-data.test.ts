import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CORPUS, MARKET_JSON, marketJson } from '../../scripts/build-market';
import { MARKET, marketFor, marketSentence } from '../../src/core/insight/market';
import { CAPABILITIES } from '../../src/core/insight/taxonomy/capabilities';
import { buildMarket, PLACEMENTS, readProduct } from '../../src/core/insight/taxonomy/market-build';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'pricing2yaml');
const fixture = (f: string) => readFileSync(path.join(FIXTURES, f), 'utf8');

describe('market dataset', () => {
  it('is what the corpus gives today (drift test; run `npm run market:build` after changing the taxonomy)', function () {
    if (!existsSync(DEFAULT_CORPUS)) {
      console.log(
        `      skipped: no corpus at ${DEFAULT_CORPUS} (the shared corpus is not checked out beside the repo)`,
      );
      this.skip();
    }
    assert.equal(readFileSync(MARKET_JSON, 'utf8'), marketJson(DEFAULT_CORPUS));
  });

  it('covers every capability; each figure adds up to its sample', () => {
    assert.deepEqual(
      Object.keys(MARKET.capabilities),
      CAPABILITIES.map((c) => c.id),
    );
    for (const [id, c] of Object.entries(MARKET.capabilities)) {
      assert.equal(
        PLACEMENTS.reduce((n, p) => n + c[p], 0),
        c.sample,
        id,
      );
      assert.ok(c.sample <= MARKET.products, id);
    }
    assert.equal(MARKET.minSample, 5);
  });

  it('reads where a product first offers a capability (Trello 2021: real file)', () => {
    const p = readProduct(fixture('trello-2021.yml'));
    assert.equal(p.plans, 4);
    assert.equal(p.freePlan, true);
    assert.deepEqual(p.steps, [2, 1.75]);
    assert.equal(p.placements.get('single-sign-on'), 'middle');
    assert.equal(p.placements.get('guests'), 'lowestPaid');
    assert.equal(p.placements.get('core'), 'free');
    assert.equal(p.placements.get('priority-support'), 'middle');
  });

  it('counts add-on-only features as add-on, and a product without plans has no ladder (Okta 2019)', () => {
    const okta = readProduct(fixture('okta-2019.yml'));
    assert.equal(okta.plans, 0);
    assert.ok([...okta.placements.values()].every((p) => p === 'addOn'));
    const m = buildMarket([
      { product: 'okta', year: 2019, text: fixture('okta-2019.yml') },
      { product: 'trello', year: 2021, text: fixture('trello-2021.yml') },
    ]);
    assert.equal(m.products, 2);
    assert.deepEqual(m.years, [2019, 2021]);
    assert.equal(m.ladder.plans.sample, 1);
    assert.equal(m.capabilities['single-sign-on']!.sample, 2);
    assert.equal(m.capabilities['single-sign-on']!.addOn, 1);
    assert.equal(m.capabilities['single-sign-on']!.middle, 1);
  });

  it('words the figure with the sample, the capability and the years', () => {
    const m = marketFor({ id: 'saml-sso', name: 'SAML SSO' });
    assert.ok(m?.common);
    const c = MARKET.capabilities['single-sign-on']!;
    assert.match(
      marketSentence(m),
      new RegExp(`^Single sign-on: .+ in ${m.common.count} of ${c.sample} products, 20`),
    );
    const few = marketFor({ id: 'x' }, { ...MARKET, minSample: 10_000 });
    assert.equal(few, undefined, 'an unrecognised feature has no figure at all');
    const below = marketFor({ id: 'sso' }, { ...MARKET, minSample: 10_000 });
    assert.match(marketSentence(below!, { ...MARKET, minSample: 10_000 }), /no figure below 10000/);
  });
});
