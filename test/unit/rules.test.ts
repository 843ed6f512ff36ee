import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { check } from '../../src/core/check';
import { RULE_IDS } from '../../src/core/format/schema';
import { RULES } from '../../src/core/rules';
import { doc, GROWTH } from './support/docs';
import { assertConsistent, describeDiagnostics, expectOne, only, rules, spanOf } from './support/text';

/** check() plus the invariants every result must keep. */
function run(text: string, options?: Parameters<typeof check>[1]) {
  const r = check(text, options);
  assertConsistent(text, r);
  return r;
}

function assertRules(text: string, expected: string[], options?: Parameters<typeof check>[1]) {
  const r = run(text, options);
  assert.deepEqual([...rules(r)].sort(), [...expected].sort(), describeDiagnostics(r, text));
  return r;
}

const SPEC_RULES = [
  ['syntax', 'error'],
  ['schema', 'error'],
  ['duplicate-id', 'error'],
  ['unknown-plan', 'error'],
  ['unknown-add-on', 'error'],
  ['unknown-feature', 'error'],
  ['limit-outside-plan', 'error'],
  ['non-monotonic-limit', 'warning'],
  ['non-monotonic-price', 'warning'],
  ['plan-adds-nothing', 'warning'],
  ['add-on-conflict', 'warning'],
  ['freemium-without-free-plan', 'error'],
  ['gated-growth-driver', 'warning'],
  ['free-friction', 'warning'],
  ['free-expansion', 'info'],
  ['unwalled-growth-driver', 'info'],
  ['viral-wall', 'warning'],
  ['growth-wall', 'warning'],
  ['unclassified-feature', 'info'],
  ['missing-growth-model', 'info'],
  ['trial-only', 'warning'],
  ['short-trial', 'warning'],
  ['freemium-without-goal', 'warning'],
  ['goal-without-feature', 'warning'],
  ['no-free-offer', 'warning'],
  ['retention-first', 'warning'],
  ['single-player-acquisition', 'info'],
  ['no-free-aha', 'warning'],
  ['no-free-habit-loop', 'warning'],
  ['no-self-serve-upgrade', 'warning'],
  ['wall-not-lifted', 'warning'],
  ['no-upgrade-trigger', 'warning'],
  ['pls-without-sales-plan', 'warning'],
  ['pls-without-pql', 'info'],
  ['sales-led-only', 'info'],
  ['enterprise-only-roadmap', 'warning'],
  ['single-customer-feature', 'info'],
  ['unused-accept', 'info'],
] as const;

describe('rules (spec section 4)', () => {
  it('the registry holds exactly the rules of the spec, in its order, with its default severities', () => {
    assert.deepEqual(
      RULES.map((r) => [r.id, r.severity]),
      SPEC_RULES.map(([id, s]) => [id, s]),
    );
    assert.deepEqual([...RULE_IDS], SPEC_RULES.map(([id]) => id) as string[]);
    for (const r of RULES) assert.ok(r.description.length > 10, `${r.id} has a description`);
  });

  it('the clean base file has no diagnostic at all', () => {
    const text = doc();
    assertRules(text, []);
    const r = run(text);
    assert.equal(r.syntaxError, false);
    assert.deepEqual(r.features, [
      {
        id: 'boards',
        plan: 'free',
        side: 'free',
        recommendation: 'free',
        reasons: ['ahaMoment', 'habitLoop'],
      },
      { id: 'history', plan: 'free', side: 'free', recommendation: 'paid', reasons: ['expansion'] },
    ]);
  });

  describe('syntax', () => {
    it('fires once per parser error, at the parser range, and nothing else is reported', () => {
      // An unknown plan, a missing growth model, a bad type: none of it may show while the YAML is broken.
      const text = `version: "1"
product:
  name: Acme
plans:
  - id: free
    price: 0
features:
  - id: boards
    plan: nope
    requestedBy: [Globex
  - id: x
\tplan: free
`;
      // An unclosed bracket is reported at the bracket itself (issue 10), every other error at the parser range.
      const bracket = text.indexOf('[Globex');
      const expected = parseDocument(text).errors.map((e) =>
        /end with a [\]}]/.test(e.message)
          ? { start: bracket, end: bracket + 1 }
          : { start: e.pos[0], end: e.pos[1] },
      );
      assert.ok(expected.length >= 2, 'the reproducer has several parser errors');
      const r = run(text);
      assert.equal(r.syntaxError, true);
      assert.equal(r.model, undefined);
      assert.deepEqual(r.features, []);
      assert.ok(r.diagnostics.every((d) => d.rule === 'syntax' && d.severity === 'error'));
      assert.deepEqual(
        r.diagnostics.map((d) => d.span),
        [...expected].sort((a, b) => a.start - b.start || a.end - b.end),
      );
    });

    it('an unclosed flow map at the end of the file: reported at its `{` (line 2), inside the text', () => {
      const text = 'version: 1\nproduct: {name: Acme\n';
      const [e] = parseDocument(text).errors;
      assert.equal(e!.pos[1], text.length + 1, 'yaml points one past the end here');
      const r = run(text);
      assert.ok(r.diagnostics.length >= 1);
      const brace = text.indexOf('{');
      assert.deepEqual(r.diagnostics[0]!.span, { start: brace, end: brace + 1 });
      assert.equal(r.diagnostics[0]!.range.start.line, 1);
      assert.deepEqual(
        rules(r),
        r.diagnostics.map(() => 'syntax'),
      );
    });

    it('a duplicate mapping key is a syntax error', () => {
      const text = doc().replace('version: 1\n', 'version: 1\nversion: 1\n');
      const r = assertRules(text, ['syntax']);
      assert.equal(r.syntaxError, true);
    });

    it('a second YAML document is a syntax error', () => {
      assertRules(`${doc()}---\nversion: 1\n`, ['syntax']);
    });
  });

  describe('schema', () => {
    it('fires at the offending value', () => {
      const text = doc({ features: '  - id: export\n    plan: pro\n    signals: {friction: "yes"}\n' });
      expectOne(run(text), text, 'schema', 'error', spanOf(text, '{friction: "yes"}', '"yes"'));
    });

    it('fires at the key for an unknown key, and at the parent key for a missing one', () => {
      const text = doc().replace('  name: Acme\n', '  nme: Acme\n');
      const r = run(text);
      const ds = only(r, 'schema');
      assert.deepEqual(
        ds.map((d) => d.span),
        [spanOf(text, 'product:', 'product'), spanOf(text, 'nme')],
      );
    });
  });

  describe('duplicate-id', () => {
    it('fires at the second plan id value', () => {
      const text = doc({
        plans: 'plans:\n  - id: free\n    price: 0\n  - id: pro\n    price: 10\n  - id: pro\n    price: 20\n',
      });
      expectOne(run(text), text, 'duplicate-id', 'error', spanOf(text, 'id: pro', 'pro', 2));
    });

    it('fires at the second feature id value, naming the feature', () => {
      const text = doc({ features: '  - id: boards\n    plan: pro\n    signals: {friction: true}\n' });
      const d = expectOne(run(text), text, 'duplicate-id', 'error', spanOf(text, 'id: boards', 'boards', 2));
      assert.equal(d.feature, 'boards');
    });

    it('fires for every extra copy, and an invalid element still counts', () => {
      const text = doc({
        plans:
          'plans:\n  - id: free\n    price: 0\n  - id: free\n    price: "x"\n  - id: pro\n    price: 10\n  - id: free\n    price: 1\n',
      });
      const r = run(text);
      assert.deepEqual(
        only(r, 'duplicate-id').map((d) => d.span),
        [spanOf(text, 'id: free', 'free', 2), spanOf(text, 'id: free', 'free', 3)],
      );
    });

    it('a plan and a feature may share an id', () => {
      assertRules(doc({ features: '  - id: pro\n    plan: pro\n    signals: {friction: true}\n' }), []);
    });
  });

  describe('unknown-plan', () => {
    it('fires at a `plan:` value naming no plan, with the closest id as suggestion', () => {
      const text = doc({ features: '  - id: export\n    plan: prro\n    signals: {friction: true}\n' });
      const d = expectOne(run(text), text, 'unknown-plan', 'error', spanOf(text, 'plan: prro', 'prro'));
      assert.equal(d.feature, 'export');
      assert.equal(d.data?.suggestion, 'pro');
      assert.match(d.message, /pro/);
      assert.deepEqual(
        rules(run(text)),
        ['unknown-plan'],
        'an unknown plan gets nothing from placement rules',
      );
      assert.equal(run(text).features.find((f) => f.id === 'export')?.side, null);
    });

    it('fires at a `limits:` key naming no plan', () => {
      const text = doc({
        features:
          '  - id: export\n    plan: pro\n    limits:\n      pro: 5\n      entreprise: 10\n    signals: {friction: true}\n',
      });
      const d = expectOne(run(text), text, 'unknown-plan', 'error', spanOf(text, 'entreprise'));
      assert.equal(d.data?.suggestion, 'enterprise');
    });

    it('gives no suggestion when nothing is close', () => {
      const text = doc({ features: '  - id: export\n    plan: zzzzzzzz\n    signals: {friction: true}\n' });
      const d = expectOne(run(text), text, 'unknown-plan', 'error', spanOf(text, 'zzzzzzzz'));
      assert.equal(d.data?.suggestion, undefined);
    });

    it('does not fire for a plan whose element fails the schema (no cascade)', () => {
      const text = doc({
        plans:
          'plans:\n  - id: free\n    price: 0\n  - id: pro\n    price: "10"\n  - id: team\n    price: 20\n',
        features:
          '  - id: export\n    plan: pro\n    limits: {pro: 3}\n    signals: {virality: true}\n  - id: audit\n    plan: team\n    signals: {virality: true}\n',
      });
      const r = run(text);
      assert.deepEqual(only(r, 'unknown-plan'), []);
      assert.deepEqual(only(r, 'schema').length, 1);
      // export sits on a plan that is left out of the rules: no placement findings and no side.
      assert.equal(r.features.find((f) => f.id === 'export')?.side, null);
      assert.deepEqual(
        only(r, 'gated-growth-driver').map((d) => d.feature),
        ['audit'],
        'the valid plan and feature next to the broken one are still checked',
      );
    });
  });

  describe('limit-outside-plan', () => {
    it('fires at a `limits:` key that names a plan below the feature’s plan', () => {
      const text = doc({
        features:
          '  - id: export\n    plan: pro\n    limits: {free: 1, pro: 5}\n    signals: {friction: true}\n',
      });
      const d = expectOne(run(text), text, 'limit-outside-plan', 'error', spanOf(text, '{free: 1', 'free'));
      assert.equal(d.feature, 'export');
      assertRules(text, ['limit-outside-plan']);
    });

    it('does not fire for the feature’s own plan or higher ones', () => {
      assertRules(
        doc({
          features:
            '  - id: export\n    plan: pro\n    limits: {pro: 5, enterprise: unlimited}\n    signals: {friction: true}\n',
        }),
        [],
      );
    });
  });

  describe('non-monotonic-limit', () => {
    it('fires at the higher plan’s lower limit value', () => {
      const text = doc({
        features:
          '  - id: seats\n    plan: free\n    limits:\n      free: 10\n      pro: 5\n      enterprise: unlimited\n    signals: {universality: true}\n',
      });
      const d = expectOne(run(text), text, 'non-monotonic-limit', 'warning', spanOf(text, 'pro: 5', '5'));
      assert.equal(d.feature, 'seats');
    });

    it('a plan with no entry is unlimited, the highest', () => {
      // free has no entry -> unlimited; pro 5 takes something away.
      const text = doc({
        features: '  - id: seats\n    plan: free\n    limits: {pro: 5}\n    signals: {universality: true}\n',
      });
      expectOne(run(text), text, 'non-monotonic-limit', 'warning', spanOf(text, 'pro: 5', '5'));
      const unl = doc({
        features:
          '  - id: seats\n    plan: free\n    limits: {free: unlimited, pro: 100}\n    signals: {universality: true}\n',
      });
      expectOne(run(unl), unl, 'non-monotonic-limit', 'warning', spanOf(unl, 'pro: 100', '100'));
    });

    it('does not fire for rising or equal limits', () => {
      assertRules(
        doc({
          features:
            '  - id: seats\n    plan: free\n    limits: {free: 3, pro: 3, enterprise: 3}\n    signals: {universality: true, friction: true}\n',
        }),
        [],
      );
    });
  });

  describe('non-monotonic-price', () => {
    it('fires at a price lower than a lower plan’s numeric price', () => {
      const text = doc({
        plans:
          'plans:\n  - id: free\n    price: 0\n  - id: pro\n    price: 20\n  - id: team\n    price: 12.5\n  - id: enterprise\n    price: contact-sales\n',
      });
      expectOne(run(text), text, 'non-monotonic-price', 'warning', spanOf(text, 'price: 12.5', '12.5'));
      // (r3) team adds nothing over pro, whatever its price.
      assertRules(text, ['non-monotonic-price', 'plan-adds-nothing']);
    });

    it('skips contact-sales and accepts equal prices', () => {
      assertRules(
        doc({
          plans:
            'plans:\n  - id: free\n    price: 0\n  - id: sales\n    price: contact-sales\n  - id: pro\n    price: 10\n  - id: team\n    price: 10\n',
        }),
        // (r3) pro adds nothing over the sales plan below it, team nothing over pro.
        ['plan-adds-nothing', 'plan-adds-nothing'],
      );
    });
  });

  describe('freemium-without-free-plan', () => {
    const paidOnly = 'plans:\n  - id: pro\n    price: 10\n  - id: enterprise\n    price: contact-sales\n';
    const feature = '  - id: boards\n    plan: pro\n    signals: {friction: true}\n';
    it('fires at growth.freeOffer when freemium and no plan is free', () => {
      for (const offer of ['freemium', 'freemium-and-trial']) {
        const g = GROWTH.replace('freeOffer: freemium', `freeOffer: ${offer}`);
        const text = doc({ growth: g, plans: paidOnly, allFeatures: feature });
        expectOne(
          run(text),
          text,
          'freemium-without-free-plan',
          'error',
          spanOf(text, `freeOffer: ${offer}`, offer),
        );
      }
    });

    it('does not fire on assumed values: growth missing, or freeOffer left out', () => {
      const missing = doc({ growth: null, plans: paidOnly, allFeatures: feature });
      assertRules(missing, ['missing-growth-model']);
      const noOffer = doc({
        growth: 'growth:\n  acquisition: product-led\n',
        plans: paidOnly,
        allFeatures: feature,
      });
      assertRules(noOffer, []);
    });

    it('does not fire with a trial or no free offer', () => {
      const g = GROWTH.replace('freeOffer: freemium', 'freeOffer: none').replace(
        'acquisition: product-led',
        'acquisition: marketing-led',
      );
      // (r2) goal-without-feature still reads the written goal: nothing free serves poc.
      assertRules(doc({ growth: g, plans: paidOnly, allFeatures: feature }), ['goal-without-feature']);
    });
  });

  describe('gated-growth-driver', () => {
    it('fires at the plan value of a growth driver on a paid plan, naming signals and plan', () => {
      const text = doc({
        features: '  - id: share\n    plan: pro\n    signals:\n      virality: true\n      ahaMoment: true\n',
      });
      const d = expectOne(
        run(text),
        text,
        'gated-growth-driver',
        'warning',
        spanOf(text, 'plan: pro', 'pro'),
      );
      assert.equal(d.feature, 'share');
      assert.match(d.message, /virality/);
      assert.match(d.message, /aha moment/);
      assert.match(d.message, /Pro/, 'the plan is named by its name');
      assert.equal(d.data?.recommendedSide, 'free');
      assert.equal(d.data?.recommendedPlan, 'free');
      assertRules(text, ['gated-growth-driver']);
    });

    it('fires for free-limited too (growth signal and friction)', () => {
      const text = doc({
        features: '  - id: share\n    plan: enterprise\n    signals: {habitLoop: true, friction: true}\n',
      });
      const d = expectOne(
        run(text),
        text,
        'gated-growth-driver',
        'warning',
        spanOf(text, 'plan: enterprise', 'enterprise'),
      );
      assert.match(d.message, /habit loop/);
    });

    it('is info outside a product-led growth model', () => {
      const g = GROWTH.replace('acquisition: product-led', 'acquisition: sales-led').replace(
        'retention: product-led',
        'retention: marketing-led',
      );
      const text = doc({
        growth: g,
        features: '  - id: share\n    plan: pro\n    signals: {virality: true}\n',
      });
      expectOne(run(text), text, 'gated-growth-driver', 'info', spanOf(text, 'plan: pro', 'pro'));
    });

    it('is a warning when only retention is product-led, or growth is missing', () => {
      const g = GROWTH.replace('acquisition: product-led', 'acquisition: sales-led');
      const f = '  - id: share\n    plan: pro\n    signals: {virality: true}\n';
      const t1 = doc({ growth: g, features: f });
      expectOne(run(t1), t1, 'gated-growth-driver', 'warning', spanOf(t1, 'plan: pro', 'pro'));
      const t2 = doc({ growth: null, features: f });
      expectOne(run(t2), t2, 'gated-growth-driver', 'warning', spanOf(t2, 'plan: pro', 'pro'));
    });

    it('does not fire for a paid feature on a paid plan or a driver on a free plan', () => {
      assertRules(
        doc({
          features:
            '  - id: sso\n    plan: enterprise\n    signals: {friction: true}\n  - id: share\n    plan: free\n    signals: {virality: true}\n',
        }),
        [],
      );
    });
  });

  describe('free-friction', () => {
    it('fires at the plan value of a friction-only feature on a free plan', () => {
      const text = doc({ features: '  - id: sso\n    plan: free\n    signals:\n      friction: true\n' });
      const d = expectOne(run(text), text, 'free-friction', 'warning', spanOf(text, 'plan: free', 'free', 2));
      assert.equal(d.feature, 'sso');
      assert.equal(d.data?.recommendedSide, 'paid');
      assert.equal(d.data?.recommendedPlan, 'pro');
      assertRules(text, ['free-friction']);
    });

    it('does not fire for paid-without-friction or free-limited features on a free plan', () => {
      assertRules(
        doc({
          features:
            '  - id: plain\n    plan: free\n    signals: {virality: false}\n  - id: walled\n    plan: free\n    limits: {free: 3}\n    signals: {universality: true, friction: true}\n',
        }),
        [],
      );
    });
  });

  describe('unwalled-growth-driver', () => {
    it('fires at the plan value of a free-limited feature with no numeric free limit', () => {
      const text = doc({
        features: '  - id: exports\n    plan: free\n    signals: {universality: true, friction: true}\n',
      });
      const d = expectOne(
        run(text),
        text,
        'unwalled-growth-driver',
        'info',
        spanOf(text, 'plan: free', 'free', 2),
      );
      assert.equal(d.feature, 'exports');
      assertRules(text, ['unwalled-growth-driver']);
    });

    it('`unlimited` on the free plan is no wall', () => {
      const text = doc({
        features:
          '  - id: exports\n    plan: free\n    limits: {free: unlimited}\n    signals: {universality: true, friction: true}\n',
      });
      expectOne(run(text), text, 'unwalled-growth-driver', 'info', spanOf(text, 'plan: free', 'free', 2));
    });

    it('does not fire when a free plan has a numeric limit', () => {
      assertRules(
        doc({
          features:
            '  - id: exports\n    plan: free\n    limits: {free: 5}\n    signals: {universality: true, friction: true}\n',
        }),
        [],
      );
    });
  });

  describe('viral-wall', () => {
    for (const lim of ['0', '1']) {
      it(`fires at a free plan’s limit of ${lim} on a viral feature`, () => {
        const text = doc({
          features: `  - id: guests\n    plan: free\n    unit: guests\n    limits:\n      free: ${lim}\n    signals: {virality: true}\n`,
        });
        const d = expectOne(run(text), text, 'viral-wall', 'warning', spanOf(text, `free: ${lim}`, lim));
        assert.equal(d.feature, 'guests');
        assertRules(text, ['viral-wall']);
      });
    }

    it('does not fire for a limit of 2, or a wall on a non-viral feature', () => {
      assertRules(
        doc({
          features:
            '  - id: guests\n    plan: free\n    limits: {free: 2}\n    signals: {virality: true}\n  - id: storage\n    plan: free\n    limits: {free: 1}\n    signals: {universality: true, virality: false}\n',
        }),
        [],
      );
    });
  });

  describe('unclassified-feature', () => {
    it('fires at the id value of a feature without signals', () => {
      const text = doc({ features: '  - id: audit-log\n    plan: enterprise\n' });
      const d = expectOne(run(text), text, 'unclassified-feature', 'info', spanOf(text, 'audit-log'));
      assert.equal(d.feature, 'audit-log');
      assertRules(text, ['unclassified-feature']);
      assert.equal(run(text).features[1]?.recommendation, 'unclassified');
    });

    it('an empty signals block is classified (r2: either, no reasons)', () => {
      const text = doc({ features: '  - id: audit-log\n    plan: enterprise\n    signals: {}\n' });
      const r = assertRules(text, []);
      assert.deepEqual(r.features[1], {
        id: 'audit-log',
        plan: 'enterprise',
        side: 'paid',
        recommendation: 'either',
        reasons: [],
      });
    });
  });

  describe('missing-growth-model', () => {
    it('fires at the `version` key when there is no growth block', () => {
      const text = doc({ growth: null });
      expectOne(run(text), text, 'missing-growth-model', 'info', spanOf(text, 'version'));
      assertRules(text, ['missing-growth-model']);
    });

    it('does not fire when growth is written, even empty of fields', () => {
      assertRules(doc({ growth: 'growth: {}\n' }), []);
    });
  });

  describe('trial-only', () => {
    it('fires at growth.freeOffer when it is trial', () => {
      const g = 'growth:\n  freeOffer: trial\n  trialDays: 14\n';
      const text = doc({ growth: g });
      expectOne(run(text), text, 'trial-only', 'warning', spanOf(text, 'freeOffer: trial', 'trial'));
      assertRules(text, ['trial-only']);
    });

    it('does not fire for freemium-and-trial', () => {
      assertRules(
        doc({
          growth:
            'growth:\n  freeOffer: freemium-and-trial\n  trialDays: 14\n  freemiumGoals: [strategic-land]\n',
        }),
        [],
      );
    });
  });

  describe('freemium-without-goal', () => {
    it('fires at growth.freeOffer when freemiumGoals is missing or empty', () => {
      for (const [offer, goals] of [
        ['freemium', ''],
        ['freemium', '  freemiumGoals: []\n'],
        ['freemium-and-trial', ''],
      ] as const) {
        const text = doc({ growth: `growth:\n  freeOffer: ${offer}\n${goals}` });
        expectOne(
          run(text),
          text,
          'freemium-without-goal',
          'warning',
          spanOf(text, `freeOffer: ${offer}`, offer),
        );
        assertRules(text, ['freemium-without-goal']);
      }
    });

    it('does not fire on an assumed freemium offer (freeOffer not written)', () => {
      assertRules(doc({ growth: 'growth:\n  acquisition: product-led\n' }), []);
      assertRules(doc({ growth: null }), ['missing-growth-model']);
    });
  });

  describe('retention-first', () => {
    it('fires at growth.retention when acquisition is product-led and retention is not', () => {
      for (const ret of ['marketing-led', 'sales-led']) {
        const g = GROWTH.replace('retention: product-led', `retention: ${ret}`);
        const text = doc({ growth: g });
        expectOne(run(text), text, 'retention-first', 'warning', spanOf(text, `retention: ${ret}`, ret));
        assertRules(text, ['retention-first']);
      }
    });

    it('does not fire when acquisition is only assumed', () => {
      const g = GROWTH.replace('  acquisition: product-led\n', '').replace(
        'retention: product-led',
        'retention: sales-led',
      );
      assertRules(doc({ growth: g }), []);
    });
  });

  describe('single-player-acquisition', () => {
    it('fires at growth.acquisition with product-led acquisition in a single-player product', () => {
      const g = GROWTH.replace('relationship: one-to-many', 'relationship: single-player');
      const text = doc({ growth: g });
      expectOne(
        run(text),
        text,
        'single-player-acquisition',
        'info',
        spanOf(text, 'acquisition: product-led', 'product-led'),
      );
      assertRules(text, ['single-player-acquisition']);
    });

    it('does not fire when acquisition is only assumed, or marketing-led', () => {
      const g = GROWTH.replace('relationship: one-to-many', 'relationship: single-player');
      assertRules(doc({ growth: g.replace('  acquisition: product-led\n', '') }), []);
      assertRules(doc({ growth: g.replace('acquisition: product-led', 'acquisition: marketing-led') }), []);
    });
  });

  describe('no-free-aha and no-free-habit-loop', () => {
    const plans =
      'plans:\n  - id: pro\n    price: 10\n  - id: starter\n    price: 0\n  - id: basic\n    price: 0\n';
    it('fire at the first free plan’s id value', () => {
      const text = doc({
        plans,
        allFeatures:
          '  - id: boards\n    plan: starter\n    signals: {universality: true}\n  - id: aha\n    plan: pro\n    signals: {ahaMoment: true, habitLoop: true, friction: true}\n',
      });
      const r = run(text);
      expectOne(r, text, 'no-free-aha', 'warning', spanOf(text, 'starter'));
      expectOne(r, text, 'no-free-habit-loop', 'warning', spanOf(text, 'starter'));
    });

    it('see every free-side feature, on any free plan', () => {
      const text = doc({
        plans,
        allFeatures:
          '  - id: boards\n    plan: basic\n    signals: {ahaMoment: true}\n  - id: pings\n    plan: starter\n    signals: {habitLoop: true}\n',
      });
      const r = run(text);
      assert.deepEqual(only(r, 'no-free-aha'), []);
      assert.deepEqual(only(r, 'no-free-habit-loop'), []);
    });

    it('fire with growth missing (assumed product-led)', () => {
      const text = doc({
        growth: null,
        allFeatures:
          '  - id: boards\n    plan: free\n    signals: {ahaMoment: true}\n  - id: history\n    plan: free\n    limits: {free: 30}\n    signals: {expansion: true}\n',
      });
      assertRules(text, ['missing-growth-model', 'no-free-habit-loop']);
    });

    it('do not fire outside a product-led model or without a free plan', () => {
      const g = GROWTH.replace('acquisition: product-led', 'acquisition: marketing-led').replace(
        'retention: product-led',
        'retention: marketing-led',
      );
      // (r2) an empty free side is classified: the written poc goal has no feature serving it.
      // (r3) with no feature at all, pro adds nothing over free.
      assertRules(doc({ growth: g, allFeatures: '  []\n' }), ['goal-without-feature', 'plan-adds-nothing']);
      assertRules(
        doc({
          growth: GROWTH.replace('freeOffer: freemium', 'freeOffer: none').replace(
            '  freemiumGoals: [poc]\n',
            '',
          ),
          plans: 'plans:\n  - id: pro\n    price: 10\n',
          allFeatures: '  []\n',
        }),
        ['no-free-offer'],
      );
    });
  });

  describe('no-self-serve-upgrade', () => {
    const plans = 'plans:\n  - id: free\n    price: 0\n  - id: enterprise\n    price: contact-sales\n';
    it('fires at the `plans` key when no plan has a numeric price above 0', () => {
      for (const m of ['self-serve', 'product-led-sales']) {
        const text = doc({ growth: GROWTH.replace('monetization: self-serve', `monetization: ${m}`), plans });
        expectOne(run(text), text, 'no-self-serve-upgrade', 'warning', spanOf(text, 'plans:', 'plans'));
        // (r2) product-led sales with no qualifying signal is its own finding.
        assertRules(
          text,
          m === 'self-serve' ? ['no-self-serve-upgrade'] : ['no-self-serve-upgrade', 'pls-without-pql'],
        );
      }
    });

    it('uses the assumed self-serve monetization when it is not written', () => {
      const text = doc({ growth: 'growth:\n  freeOffer: freemium\n  freemiumGoals: [poc]\n', plans });
      expectOne(run(text), text, 'no-self-serve-upgrade', 'warning', spanOf(text, 'plans:', 'plans'));
    });

    it('does not fire under sales-led monetization', () => {
      assertRules(
        doc({ growth: GROWTH.replace('monetization: self-serve', 'monetization: sales-led'), plans }),
        [],
      );
    });
  });

  describe('sales-led-only', () => {
    const g =
      'growth:\n  acquisition: sales-led\n  retention: sales-led\n  monetization: sales-led\n  freeOffer: none\n';
    it('fires at the `growth` key when all three are sales-led', () => {
      const text = doc({ growth: g });
      expectOne(run(text), text, 'sales-led-only', 'info', spanOf(text, 'growth:', 'growth'));
      assertRules(text, ['sales-led-only']);
    });

    it('does not fire when one of them is only assumed', () => {
      assertRules(doc({ growth: g.replace('  monetization: sales-led\n', '') }), []);
    });
  });

  describe('enterprise-only-roadmap', () => {
    const planned = (plan1: string, plan2: string) =>
      `  - id: scim\n    plan: ${plan1}\n    status: planned\n    signals: {friction: true}\n  - id: residency\n    plan: ${plan2}\n    status: planned\n    signals: {friction: true}\n`;
    it('fires at the `features` key when every planned feature goes to the highest plan', () => {
      const text = doc({ features: planned('enterprise', 'enterprise') });
      expectOne(run(text), text, 'enterprise-only-roadmap', 'warning', spanOf(text, 'features:', 'features'));
      assertRules(text, ['enterprise-only-roadmap']);
    });

    it('does not fire with one planned feature, a planned feature lower down, or a single plan', () => {
      assertRules(
        doc({
          features:
            '  - id: scim\n    plan: enterprise\n    status: planned\n    signals: {friction: true}\n',
        }),
        [],
      );
      assertRules(doc({ features: planned('enterprise', 'pro') }), []);
      assertRules(
        doc({
          growth: GROWTH.replace('monetization: self-serve', 'monetization: sales-led'),
          plans: 'plans:\n  - id: free\n    price: 0\n',
          features: planned('free', 'free').replaceAll('friction', 'universality'),
        }),
        [],
      );
    });
  });

  describe('single-customer-feature', () => {
    it('fires at the `requestedBy` value with one customer and no growth signal', () => {
      const text = doc({
        features:
          '  - id: sso\n    plan: enterprise\n    requestedBy: [Globex]\n    signals: {friction: true}\n',
      });
      const d = expectOne(run(text), text, 'single-customer-feature', 'info', spanOf(text, '[Globex]'));
      assert.equal(d.feature, 'sso');
      assertRules(text, ['single-customer-feature']);
    });

    it('fires on a block list too, and without a signals block', () => {
      const text = doc({
        features: '  - id: sso\n    plan: enterprise\n    requestedBy:\n      - Globex\n    signals: {}\n',
      });
      const d = only(run(text), 'single-customer-feature');
      assert.equal(d.length, 1);
      assert.equal(text.slice(d[0]!.span.start, d[0]!.span.end).trim(), '- Globex');
    });

    it('does not fire for two customers or a growth signal', () => {
      assertRules(
        doc({
          features:
            '  - id: sso\n    plan: enterprise\n    requestedBy: [Globex, Initech]\n    signals: {friction: true}\n  - id: share\n    plan: free\n    requestedBy: [Globex]\n    signals: {virality: true}\n',
        }),
        [],
      );
    });
  });

  describe('how the rules see a file', () => {
    it('a schema error in one feature does not hide the others, and that feature is left out', () => {
      const text = doc({
        features:
          '  - id: broken\n    plan: pro\n    signals: {virality: yes}\n  - id: share\n    plan: pro\n    signals: {virality: true}\n  - id: sso\n    plan: free\n    signals: {friction: true}\n',
      });
      const r = run(text);
      expectOne(r, text, 'schema', 'error', spanOf(text, 'virality: yes', 'yes'));
      expectOne(r, text, 'gated-growth-driver', 'warning', spanOf(text, 'plan: pro', 'pro', 2));
      expectOne(r, text, 'free-friction', 'warning', spanOf(text, 'plan: free', 'free', 2));
      assert.deepEqual(
        r.features.map((f) => f.id),
        ['boards', 'share', 'sso', 'history'],
        'features lists every feature that passed the schema',
      );
    });

    it('a feature that fails the schema gets no rule findings, only the schema error', () => {
      const text = doc({
        features:
          '  - id: share\n    plan: pro\n    limits: {pro: -1}\n    signals: {virality: true}\n  - id: other\n    plan: pro\n    signals: {friction: true}\n',
      });
      assertRules(text, ['schema']);
    });

    it('a broken growth block is left out: assumed values feed the rules, growth-anchored rules stay quiet', () => {
      const text = doc({
        growth: 'growth:\n  acquisition: product-lead\n  retention: sales-led\n  freeOffer: trial\n',
        plans: 'plans:\n  - id: pro\n    price: 10\n',
        allFeatures: '  - id: share\n    plan: pro\n    signals: {virality: true}\n',
      });
      const r = run(text);
      assert.deepEqual([...rules(r)].sort(), ['gated-growth-driver', 'schema'], describeDiagnostics(r, text));
      expectOne(r, text, 'schema', 'error', spanOf(text, 'product-lead'));
      assert.equal(only(r, 'schema')[0]?.data?.suggestion, 'product-led');
    });

    it('growth-anchored rules run only on fields written in growth', () => {
      // Every assumed default would trigger something if it were written alongside these plans.
      const text = doc({
        growth: 'growth:\n  relationship: single-player\n',
        plans: 'plans:\n  - id: pro\n    price: 10\n',
        allFeatures: '  - id: export\n    plan: pro\n    signals: {friction: true}\n',
      });
      assertRules(text, []);
    });

    it('an unknown plan gets unknown-plan and nothing from the placement rules', () => {
      const text = doc({
        features:
          '  - id: share\n    plan: premium\n    limits: {free: 0, premium: 1}\n    signals: {virality: true, friction: true}\n',
      });
      const r = run(text);
      assert.deepEqual([...new Set(rules(r))], ['unknown-plan'], describeDiagnostics(r, text));
      assert.equal(only(r, 'unknown-plan').length, 2, 'the plan value and the unknown limits key');
    });

    it('all diagnostics come in one pass, sorted by position', () => {
      const text = doc({
        growth: 'growth:\n  freeOffer: trial\n  retention: sales-led\n  acquisition: product-led\n',
        plans:
          'plans:\n  - id: free\n    price: 0\n  - id: pro\n    price: 20\n  - id: team\n    price: 5\n  - id: pro\n    price: 30\n',
        features:
          '  - id: a\n    plan: nope\n  - id: b\n    plan: team\n    signals: {virality: true}\n  - id: c\n    plan: free\n    signals: {friction: true}\n  - id: d\n    plan: free\n    limits: {free: 0}\n    signals: {virality: true}\n  - id: e\n    plan: free\n    bogus: 1\n',
      });
      const r = run(text);
      const got = new Set(rules(r));
      for (const id of [
        'trial-only',
        'retention-first',
        'duplicate-id',
        'non-monotonic-price',
        'unknown-plan',
        'unclassified-feature',
        'gated-growth-driver',
        'free-friction',
        'viral-wall',
        'schema',
      ])
        assert.ok(got.has(id), `${id} reported in the same pass:\n${describeDiagnostics(r, text)}`);
      const starts = r.diagnostics.map((d) => d.span.start);
      assert.deepEqual(
        starts,
        [...starts].sort((a, b) => a - b),
      );
    });

    it('uses CRLF text with the same anchors', () => {
      const lf = doc({ features: '  - id: share\n    plan: pro\n    signals: {virality: true}\n' });
      const text = lf.replaceAll('\n', '\r\n');
      expectOne(run(text), text, 'gated-growth-driver', 'warning', spanOf(text, 'plan: pro', 'pro'));
    });

    it('line breaks inside a multi-line plain scalar in a flow map count for later positions', () => {
      const text = doc({
        features:
          '  - {id: share, description: spans\n      two lines, plan: pro,\n     signals: {virality: true}}\n',
      });
      expectOne(run(text), text, 'gated-growth-driver', 'warning', spanOf(text, 'plan: pro', 'pro'));
    });

    it('columns count UTF-16 code units', () => {
      const text = doc({
        features: '  - id: share\n    name: "Partage 🎨 é"\n    plan: pro\n    signals: {virality: true}\n',
      }).replace('name: Acme', 'name: "Acmé 🚀"');
      expectOne(run(text), text, 'gated-growth-driver', 'warning', spanOf(text, 'plan: pro', 'pro'));
    });
  });

  describe('severity overrides', () => {
    const viral = '  - id: guests\n    plan: free\n    limits: {free: 1}\n    signals: {virality: true}\n';
    it('the file’s `rules:` block changes a severity or turns a rule off', () => {
      assertRules(doc({ features: viral, rules: 'rules:\n  viral-wall: off\n' }), []);
      const text = doc({ features: viral, rules: 'rules:\n  viral-wall: error\n' });
      expectOne(run(text), text, 'viral-wall', 'error', spanOf(text, 'free: 1', '1'));
    });

    it('check(text, {rules}) overrides defaults, and the file wins over it', () => {
      const text = doc({ features: viral });
      expectOne(
        run(text, { rules: { 'viral-wall': 'info' } }),
        text,
        'viral-wall',
        'info',
        spanOf(text, 'free: 1', '1'),
      );
      assertRules(text, [], { rules: { 'viral-wall': 'off' } });
      const withFile = doc({ features: viral, rules: 'rules:\n  viral-wall: warning\n' });
      expectOne(
        run(withFile, { rules: { 'viral-wall': 'off' } }),
        withFile,
        'viral-wall',
        'warning',
        spanOf(withFile, 'free: 1', '1'),
      );
      const off = doc({ features: viral, rules: 'rules:\n  viral-wall: off\n' });
      assertRules(off, [], { rules: { 'viral-wall': 'error' } });
    });

    it('an invalid editor setting is ignored', () => {
      const text = doc({ features: viral });
      expectOne(
        run(text, { rules: { 'viral-wall': 'loud' } }),
        text,
        'viral-wall',
        'warning',
        spanOf(text, 'free: 1', '1'),
      );
    });

    it('overrides apply to context-dependent severities (gated-growth-driver info outside product-led)', () => {
      const g = GROWTH.replace('acquisition: product-led', 'acquisition: sales-led').replace(
        'retention: product-led',
        'retention: sales-led',
      );
      const f = '  - id: share\n    plan: pro\n    signals: {virality: true}\n';
      const text = doc({ growth: g, features: f, rules: 'rules:\n  gated-growth-driver: error\n' });
      expectOne(run(text), text, 'gated-growth-driver', 'error', spanOf(text, 'plan: pro', 'pro'));
      const viaOptions = doc({ growth: g, features: f });
      expectOne(
        run(viaOptions, { rules: { 'gated-growth-driver': 'warning' } }),
        viaOptions,
        'gated-growth-driver',
        'warning',
        spanOf(viaOptions, 'plan: pro', 'pro'),
      );
    });

    it('(r2) growth rules can be overridden from the file, structure rules cannot go below error there', () => {
      const text = doc({
        growth: 'growth:\n  freeOffer: trial\n',
        features: '  - id: x\n    plan: pro\n    colour: red\n',
        rules: 'rules:\n  schema: warning\n  trial-only: off\n',
      });
      const r = run(text);
      const ds = only(r, 'schema');
      assert.deepEqual(
        ds.map((d) => [d.severity, text.slice(d.span.start, d.span.end)]),
        [
          ['error', 'colour'],
          ['error', 'warning'],
        ],
      );
      assert.match(ds[1]!.message, /cannot set it below error/);
      assert.deepEqual(only(r, 'trial-only'), []);
    });

    it('(r2) settings and the CLI may still lower a structure rule', () => {
      const text = doc({ features: '  - id: x\n    plan: pro\n    colour: red\n' });
      expectOne(
        run(text, { rules: { schema: 'warning' } }),
        text,
        'schema',
        'warning',
        spanOf(text, 'colour'),
      );
    });

    it('(r2) a file cannot switch off its own structure checks and pass with `plans: banana`', () => {
      const text = `version: 1\nproduct: {name: X}\nplans: banana\nfeatures: []\nrules:\n  schema: off\n  unknown-plan: off\n  duplicate-id: info\n  limit-outside-plan: warning\n  unknown-add-on: off\n  syntax: off\n`;
      const r = run(text);
      const ds = only(r, 'schema');
      assert.ok(ds.every((d) => d.severity === 'error'));
      assert.deepEqual(
        ds.map((d) => text.slice(d.span.start, d.span.end)).sort(),
        ['banana', 'info', 'off', 'off', 'off', 'off', 'warning'].sort(),
      );
    });

    it('an unknown rule id in `rules:` is a schema error, and valid entries still apply', () => {
      const text = doc({
        features: viral,
        rules: 'rules:\n  viral-wal: off\n  unclassified-feature: off\n  viral-wall: info\n',
      });
      const r = run(text);
      const d = expectOne(r, text, 'schema', 'error', spanOf(text, 'viral-wal:', 'viral-wal'));
      // `viral-wall` is already a key of this map: suggesting it would make a duplicate key (issue 10).
      assert.equal(d.data?.suggestion, undefined);
      expectOne(r, text, 'viral-wall', 'info', spanOf(text, 'free: 1', '1'));
    });
  });
});
