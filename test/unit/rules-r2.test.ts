import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { doc } from './support/docs';
import { assertConsistent, describeDiagnostics, expectOne, only, rules, spanOf } from './support/text';

// Revision 2 of the spec: every new and sharpened rule fires with its id, severity and exact 0-based range, and
// stays quiet at the boundaries the spec names. Anchors are computed from the YAML written here.

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

const withGrowth = (fields: string) => `growth:\n${fields}`;

describe('rules, revision 2', () => {
  describe('format', () => {
    it('a revision-1 file stays valid', () => {
      assertRules(doc(), []);
    });

    it('add-ons, minSeats, salesAssisted, decimal limits, qualifiedBy, rationale and accept are valid', () => {
      const text = `version: 1
product: {name: Acme}
growth:
  monetization: product-led-sales
  freeOffer: freemium
  freemiumGoals: [poc]
  qualifiedBy: [team-spread, usage-volume]
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10, per: seat, period: month, minSeats: 3}
  - {id: business, price: 30, per: seat, salesAssisted: true}
addOns:
  - {id: ai, name: AI assistant, price: 8, per: seat, period: month, from: pro}
features:
  - id: boards
    plan: free
    rationale: The board is the product.
    signals: {ahaMoment: true, habitLoop: true}
  - id: storage
    plan: free
    unit: GB
    limits: {free: 0.1, pro: 10}
    signals: {expansion: true}
  - id: summaries
    addOn: ai
    signals: {friction: true}
`;
      const r = assertRules(text, []);
      assert.deepEqual(
        r.features.map((f) => [f.id, f.plan, f.addOn ?? null, f.side, f.recommendation]),
        [
          ['boards', 'free', null, 'free', 'free'],
          ['storage', 'free', null, 'free', 'paid'],
          ['summaries', 'pro', 'ai', 'paid', 'paid'],
        ],
      );
      assert.equal(r.features[0]!.rationale, 'The board is the product.');
      const m = r.model!;
      assert.equal(m.plans[1]!.entryPrice, 30);
      assert.equal(m.plans[2]!.sales, true);
      assert.equal(m.upgradePlan?.id, 'pro');
    });

    it('a feature with neither plan nor addOn is a schema error on its id (r3 made both valid)', () => {
      const neither = doc({ features: '  - id: y\n    signals: {virality: true}\n' });
      const d = expectOne(run(neither), neither, 'schema', 'error', spanOf(neither, 'id: y', 'y'));
      assert.match(d.message, /needs `plan`/);
      assert.equal(d.feature, 'y');
    });

    it('minSeats beside a per other than seat (or none) is a schema error on the minSeats value', () => {
      for (const per of ['per: workspace, ', '']) {
        const text = doc({
          plans: `plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10, ${per}minSeats: 3}\n`,
        });
        const d = expectOne(run(text), text, 'schema', 'error', spanOf(text, 'minSeats: 3', '3'));
        assert.match(d.message, /per: seat/);
      }
    });

    it('salesAssisted: true on a plan priced 0 is a schema error', () => {
      const text = doc({
        plans: 'plans:\n  - {id: free, price: 0, salesAssisted: true}\n  - {id: pro, price: 10}\n',
      });
      expectOne(run(text), text, 'schema', 'error', spanOf(text, 'salesAssisted: true', 'true'));
    });

    it('trialDays with freeOffer left out (assumed freemium) is a schema error', () => {
      const text = doc({ growth: withGrowth('  trialDays: 14\n  freemiumGoals: [poc]\n') });
      expectOne(run(text), text, 'schema', 'error', spanOf(text, 'trialDays: 14', '14'));
    });

    it('an empty value where a map is required (`growth:`) is a schema error, and no missing-growth-model', () => {
      const text = doc({ growth: 'growth:\n' });
      const r = run(text);
      assert.equal(only(r, 'schema').length, 1);
      assert.deepEqual(only(r, 'missing-growth-model'), []);
    });

    it('an accept entry naming an unknown rule, a structure rule or an empty reason is a schema error on it', () => {
      const text = doc({
        features:
          '  - id: x\n    plan: pro\n    signals: {virality: true}\n    accept:\n      viral-wal: typo\n      schema: no\n',
      });
      const r = run(text);
      const ds = only(r, 'schema');
      assert.deepEqual(
        ds.map((d) => text.slice(d.span.start, d.span.end)),
        ['viral-wal', 'schema'],
      );
      assert.match(ds[0]!.message, /Did you mean `viral-wall`/);
      assert.match(ds[1]!.message, /cannot be accepted/);
      // The feature failed the schema: it is left out of the rules, so no gated-growth-driver and no unused-accept.
      assert.deepEqual(only(r, 'gated-growth-driver'), []);
      assert.deepEqual(only(r, 'unused-accept'), []);
      const empty = `${doc()}accept:\n  missing-growth-model: ""\n  no-free-aha: ok\n`;
      const e = run(empty);
      assert.deepEqual(
        only(e, 'schema').map((d) => empty.slice(d.span.start, d.span.end)),
        ['""'],
      );
      // In the top-level accept only the invalid entry is ignored.
      assert.deepEqual(
        only(e, 'unused-accept').map((d) => empty.slice(d.span.start, d.span.end)),
        ['no-free-aha'],
      );
    });

    it('unused-accept cannot be accepted', () => {
      const text = `${doc()}accept:\n  unused-accept: no\n`;
      expectOne(run(text), text, 'schema', 'error', spanOf(text, 'unused-accept: no', 'unused-accept'));
    });
  });

  describe('non-monotonic-price (r2): entry price, same per and period', () => {
    const plans = (a: string, b: string) =>
      `plans:\n  - {id: free, price: 0}\n  - {id: pro, ${a}}\n  - {id: team, ${b}}\n`;

    it('a seat minimum makes the entry price: 10 × 3 seats is above a flat 25', () => {
      const text = doc({ plans: plans('price: 10, per: seat, minSeats: 3', 'price: 25, per: seat') });
      const d = expectOne(run(text), text, 'non-monotonic-price', 'warning', spanOf(text, 'price: 25', '25'));
      assert.match(d.message, /3 seats minimum/);
    });

    // (r3) team includes exactly what pro includes: plan-adds-nothing, whatever the prices.
    const same = ['plan-adds-nothing'];
    it('same per, equal entry price: quiet; higher: quiet', () => {
      assertRules(doc({ plans: plans('price: 10, per: seat, minSeats: 3', 'price: 30, per: seat') }), same);
      assertRules(doc({ plans: plans('price: 10, per: seat', 'price: 12, per: seat') }), same);
    });

    it('a different per, or a different written period, is not compared', () => {
      assertRules(doc({ plans: plans('price: 40, per: workspace', 'price: 12, per: seat') }), same);
      assertRules(doc({ plans: plans('price: 100, period: year', 'price: 12, period: month') }), same);
    });

    it('two plans without per count as the same; a period written on one side only still compares', () => {
      const text = doc({ plans: plans('price: 20', 'price: 12, period: month') });
      expectOne(run(text), text, 'non-monotonic-price', 'warning', spanOf(text, 'price: 12', '12'));
    });
  });

  describe('add-ons', () => {
    const PLANS_ADDONS = `plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
  - {id: enterprise, price: contact-sales}
addOns:
  - {id: ai, name: AI, price: 8, from: pro}
  - {id: guests, price: 2}
`;

    it('an add-on feature is on the paid side, sits at its from plan, and gets gated-growth-driver at its addOn value', () => {
      const text = doc({
        plans: PLANS_ADDONS,
        features: '  - id: share\n    addOn: ai\n    signals: {virality: true}\n',
      });
      const d = expectOne(run(text), text, 'gated-growth-driver', 'warning', spanOf(text, 'addOn: ai', 'ai'));
      assert.match(d.message, /the "AI" add-on/);
      assert.deepEqual(
        run(text).features.find((f) => f.id === 'share'),
        {
          id: 'share',
          plan: 'pro',
          addOn: 'ai',
          side: 'paid',
          recommendation: 'free',
          reasons: ['virality'],
        },
      );
    });

    it('an add-on with no `from` is sold from the lowest plan', () => {
      const r = run(
        doc({
          plans: PLANS_ADDONS,
          features: '  - id: g\n    addOn: guests\n    signals: {friction: true}\n',
        }),
      );
      assert.equal(r.features.find((f) => f.id === 'g')?.plan, 'free');
      assert.equal(r.features.find((f) => f.id === 'g')?.side, 'paid');
    });

    it('unknown-add-on at the addOn value, with the closest id, and no placement findings', () => {
      const text = doc({
        plans: PLANS_ADDONS,
        features: '  - id: s\n    addOn: aj\n    signals: {virality: true}\n',
      });
      const d = expectOne(run(text), text, 'unknown-add-on', 'error', spanOf(text, 'addOn: aj', 'aj'));
      assert.equal(d.data?.suggestion, 'ai');
      assert.equal(d.feature, 's');
      assertRules(text, ['unknown-add-on']);
      assert.equal(run(text).features.find((f) => f.id === 's')?.side, null);
    });

    it("an add-on's unknown from: unknown-plan on it; its features get gated-growth-driver but no limit rule", () => {
      const text = doc({
        plans:
          'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10}\naddOns:\n  - {id: ai, price: 8, from: prp}\n',
        features: '  - id: s\n    addOn: ai\n    limits: {free: 1}\n    signals: {virality: true}\n',
      });
      const d = expectOne(run(text), text, 'unknown-plan', 'error', spanOf(text, 'from: prp', 'prp'));
      assert.equal(d.data?.suggestion, 'pro');
      assertRules(text, ['unknown-plan', 'gated-growth-driver']);
    });

    it("limit-outside-plan for an add-on feature: a limit below the add-on's from", () => {
      const text = doc({
        plans: PLANS_ADDONS,
        features: '  - id: s\n    addOn: ai\n    limits: {free: 3}\n    signals: {friction: true}\n',
      });
      expectOne(run(text), text, 'limit-outside-plan', 'error', spanOf(text, 'limits: {free: 3}', 'free'));
    });

    it('duplicate-id among add-ons at the second id; a plan and an add-on may share an id', () => {
      const text = doc({
        plans:
          'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10}\naddOns:\n  - {id: pro, price: 1}\n  - {id: x, price: 1}\n  - {id: x, price: 2}\n',
      });
      expectOne(run(text), text, 'duplicate-id', 'error', spanOf(text, '{id: x, price: 2}', 'x'));
    });
  });

  describe('free-expansion', () => {
    it('fires (info) at the plan value of a free expansion-only feature with no numeric free limit', () => {
      const text = doc({ features: '  - id: history\n    plan: free\n    signals: {expansion: true}\n' });
      const d = expectOne(run(text), text, 'free-expansion', 'info', spanOf(text, 'plan: free', 'free', 2));
      assert.equal(d.feature, 'history');
    });

    it('stays quiet with a numeric free limit, with friction too, or on a paid plan', () => {
      assertRules(
        doc({
          features: '  - id: h\n    plan: free\n    limits: {free: 30}\n    signals: {expansion: true}\n',
        }),
        [],
      );
      const both = doc({
        features: '  - id: h\n    plan: free\n    signals: {expansion: true, friction: true}\n',
      });
      assert.deepEqual(only(run(both), 'free-expansion'), []);
      assertRules(doc({ features: '  - id: h\n    plan: pro\n    signals: {expansion: true}\n' }), []);
    });
  });

  describe('viral-wall (r2): only free-side features', () => {
    it('a wall of 0 and a wall of 1 fire; 2 does not', () => {
      for (const n of ['0', '1']) {
        const text = doc({
          features: `  - id: g\n    plan: free\n    limits: {free: ${n}}\n    signals: {virality: true}\n`,
        });
        expectOne(run(text), text, 'viral-wall', 'warning', spanOf(text, `free: ${n}}`, n));
      }
      const two = doc({
        features: '  - id: g\n    plan: free\n    limits: {free: 2}\n    signals: {virality: true}\n',
      });
      assert.deepEqual(only(run(two), 'viral-wall'), []);
    });
  });

  describe('growth-wall', () => {
    it('fires at the 0 wall of a non-viral growth driver that reaches no free user', () => {
      const text = doc({
        features: '  - id: exports\n    plan: free\n    limits: {free: 0}\n    signals: {ahaMoment: true}\n',
      });
      const d = expectOne(run(text), text, 'growth-wall', 'warning', spanOf(text, 'free: 0}', '0'));
      assert.equal(d.feature, 'exports');
    });

    it('a wall of 1 reaches free users: quiet', () => {
      assertRules(
        doc({
          features: '  - id: e\n    plan: free\n    limits: {free: 1}\n    signals: {habitLoop: true}\n',
        }),
        [],
      );
    });

    it('a viral feature walled at 0 is viral-wall, not growth-wall', () => {
      const text = doc({
        features:
          '  - id: e\n    plan: free\n    limits: {free: 0}\n    signals: {virality: true, ahaMoment: true}\n',
      });
      assertRules(text, ['viral-wall']);
    });

    it('the first such limit when two free plans both wall at 0', () => {
      const text = doc({
        plans: 'plans:\n  - {id: free, price: 0}\n  - {id: starter, price: 0}\n  - {id: pro, price: 10}\n',
        features:
          '  - id: e\n    plan: free\n    limits: {free: 0, starter: 0}\n    signals: {universality: true}\n',
      });
      expectOne(run(text), text, 'growth-wall', 'warning', spanOf(text, 'free: 0,', '0'));
    });
  });

  describe('a wall of 0 is not free (reaches free users)', () => {
    it('the only aha feature behind a free wall of 0 gets no-free-aha as well as growth-wall', () => {
      const text = doc({
        allFeatures:
          '  - id: boards\n    plan: free\n    limits: {free: 0}\n    signals: {ahaMoment: true, habitLoop: true}\n  - id: history\n    plan: free\n    limits: {free: 30}\n    signals: {expansion: true}\n',
      });
      assertRules(text, ['growth-wall', 'no-free-aha', 'no-free-habit-loop', 'goal-without-feature']);
    });
  });

  describe('no-free-aha / no-free-habit-loop (r2): only when every free-side feature is classified', () => {
    const unclassifiedFree =
      '  - id: chat\n    plan: free\n  - id: h\n    plan: free\n    limits: {free: 1}\n    signals: {expansion: true}\n';

    it('an unclassified free feature keeps them quiet (it may hold the aha moment)', () => {
      assertRules(doc({ allFeatures: unclassifiedFree }), ['unclassified-feature']);
    });

    it('once classified, they fire at the first free plan id', () => {
      const text = doc({
        allFeatures: unclassifiedFree.replace(
          'plan: free\n  - id: h',
          'plan: free\n    signals: {}\n  - id: h',
        ),
      });
      expectOne(run(text), text, 'no-free-aha', 'warning', spanOf(text, 'id: free', 'free'));
      expectOne(run(text), text, 'no-free-habit-loop', 'warning', spanOf(text, 'id: free', 'free'));
    });

    it('features: [] under a product-led model gets both, and no-upgrade-trigger', () => {
      const text = doc({
        growth: withGrowth('  freeOffer: freemium\n  freemiumGoals: [strategic-land]\n'),
        allFeatures: '  []\n',
      });
      // (r3) with no feature at all, pro adds nothing over free.
      assertRules(text, ['no-free-aha', 'no-free-habit-loop', 'no-upgrade-trigger', 'plan-adds-nothing']);
    });
  });

  describe('short-trial', () => {
    const g = (days: number, extra = '') =>
      withGrowth(
        `  acquisition: product-led\n  retention: product-led\n  freeOffer: freemium-and-trial\n  trialDays: ${days}\n  freemiumGoals: [poc]\n${extra}`,
      );

    it('13 days with a sales plan fires at trialDays; 14 does not', () => {
      const text = doc({ growth: g(13) });
      expectOne(run(text), text, 'short-trial', 'warning', spanOf(text, 'trialDays: 13', '13'));
      assertRules(doc({ growth: g(14) }), []);
    });

    it('7 days with no sales plan and self-serve monetization: quiet; written sales-led monetization: fires', () => {
      const plans = 'plans:\n  - {id: free, price: 0}\n  - {id: pro, name: Pro, price: 10}\n';
      assertRules(doc({ growth: g(7), plans }), []);
      const text = doc({
        growth: g(7, '  monetization: product-led-sales\n  qualifiedBy: [team-spread]\n'),
        plans,
      });
      assert.deepEqual(rules(run(text)).sort(), ['pls-without-sales-plan', 'short-trial']);
    });

    it('a salesAssisted plan is a sales plan', () => {
      const text = doc({
        growth: g(7),
        plans:
          'plans:\n  - {id: free, price: 0}\n  - {id: pro, name: Pro, price: 10}\n  - {id: biz, price: 40, salesAssisted: true}\n',
      });
      expectOne(run(text), text, 'short-trial', 'warning', spanOf(text, 'trialDays: 7', '7'));
    });
  });

  describe('goal-without-feature', () => {
    const goals = (list: string) =>
      withGrowth(
        `  acquisition: product-led\n  retention: product-led\n  freeOffer: freemium\n  freemiumGoals: [${list}]\n`,
      );

    it('one diagnostic per unserved goal, at its item', () => {
      const text = doc({ growth: goals('indirect-monetization, poc, commoditization, strategic-land') });
      const r = run(text);
      assert.deepEqual(
        only(r, 'goal-without-feature').map((d) => text.slice(d.span.start, d.span.end)),
        ['indirect-monetization', 'commoditization'],
      );
    });

    it('a viral feature that reaches free users serves indirect-monetization; behind a wall of 0 it does not', () => {
      const viral = (lim: number) =>
        doc({
          growth: goals('indirect-monetization'),
          features: `  - id: s\n    plan: free\n    limits: {free: ${lim}}\n    signals: {virality: true}\n`,
        });
      assert.deepEqual(only(run(viral(5)), 'goal-without-feature'), []);
      assert.equal(only(run(viral(0)), 'goal-without-feature').length, 1);
    });

    it('stays quiet while a free-side feature is unclassified', () => {
      const text = doc({ growth: goals('indirect-monetization'), features: '  - id: u\n    plan: free\n' });
      assert.deepEqual(only(run(text), 'goal-without-feature'), []);
    });
  });

  describe('no-free-offer', () => {
    it('fires at freeOffer when product-led acquisition and freeOffer none are both written', () => {
      const text = doc({ growth: withGrowth('  acquisition: product-led\n  freeOffer: none\n') });
      expectOne(run(text), text, 'no-free-offer', 'warning', spanOf(text, 'freeOffer: none', 'none'));
    });

    it('quiet when acquisition is assumed, or not product-led', () => {
      assert.deepEqual(only(run(doc({ growth: withGrowth('  freeOffer: none\n') })), 'no-free-offer'), []);
      const mk = doc({ growth: withGrowth('  acquisition: marketing-led\n  freeOffer: none\n') });
      assert.deepEqual(only(run(mk), 'no-free-offer'), []);
    });
  });

  describe('single-player-acquisition (r2)', () => {
    const g = withGrowth(
      '  acquisition: product-led\n  retention: product-led\n  relationship: single-player\n  freeOffer: freemium\n  freemiumGoals: [poc]\n',
    );

    it('fires at acquisition when nothing free users reach is viral', () => {
      const text = doc({ growth: g });
      expectOne(
        run(text),
        text,
        'single-player-acquisition',
        'info',
        spanOf(text, 'acquisition: product-led', 'product-led'),
      );
    });

    it('free public output (a viral feature that reaches free users) keeps it quiet; a wall of 0 does not', () => {
      const pub = (lim: string) =>
        doc({
          growth: g,
          features: `  - id: publish\n    plan: free\n${lim}    signals: {virality: true}\n`,
        });
      assert.deepEqual(only(run(pub('')), 'single-player-acquisition'), []);
      assert.equal(only(run(pub('    limits: {free: 0}\n')), 'single-player-acquisition').length, 1);
    });
  });

  describe('no-self-serve-upgrade (r2): sales plans do not count', () => {
    it('a salesAssisted priced plan is no self-serve upgrade', () => {
      const text = doc({
        plans: 'plans:\n  - {id: free, price: 0}\n  - {id: biz, price: 40, salesAssisted: true}\n',
      });
      expectOne(run(text), text, 'no-self-serve-upgrade', 'warning', spanOf(text, 'plans:', 'plans'));
    });
  });

  describe('wall-not-lifted', () => {
    const f = (pro: string, ent = '') =>
      doc({
        features: `  - id: boards-count\n    plan: free\n    unit: boards\n    limits: {free: 3${pro}${ent}}\n    signals: {ahaMoment: true, friction: true}\n`,
      });

    it('fires at the upgrade plan limit when it equals the free one and a higher plan raises it', () => {
      const text = f(', pro: 3');
      const d = expectOne(run(text), text, 'wall-not-lifted', 'warning', spanOf(text, 'pro: 3', '3'));
      assert.equal(d.feature, 'boards-count');
    });

    it('a higher limit on the upgrade plan lifts it: quiet', () => {
      assert.deepEqual(only(run(f(', pro: 10')), 'wall-not-lifted'), []);
    });

    it('no plan raises it (a capacity, not a wall): quiet', () => {
      assert.deepEqual(only(run(f(', pro: 3', ', enterprise: 3')), 'wall-not-lifted'), []);
    });

    it('only for walls meant as walls (friction or expansion)', () => {
      const text = doc({
        features:
          '  - id: b\n    plan: free\n    limits: {free: 3, pro: 3}\n    signals: {ahaMoment: true}\n',
      });
      assert.deepEqual(only(run(text), 'wall-not-lifted'), []);
    });

    it('the upgrade plan skips sales plans', () => {
      const text = doc({
        plans:
          'plans:\n  - {id: free, price: 0}\n  - {id: team, price: 20, salesAssisted: true}\n  - {id: pro, price: 30}\n  - {id: top, price: 60}\n',
        features:
          '  - id: b\n    plan: free\n    limits: {free: 3, team: 3, pro: 3}\n    signals: {expansion: true}\n',
      });
      expectOne(run(text), text, 'wall-not-lifted', 'warning', spanOf(text, 'pro: 3', '3'));
    });
  });

  describe('no-upgrade-trigger', () => {
    const plain = '  - id: boards\n    plan: free\n    signals: {ahaMoment: true, habitLoop: true}\n';

    it('fires at the first free plan id when nothing walls or gates growth', () => {
      const text = doc({ allFeatures: plain });
      expectOne(run(text), text, 'no-upgrade-trigger', 'warning', spanOf(text, 'id: free', 'free'));
    });

    it('a friction feature on the self-serve upgrade plan is a trigger', () => {
      assertRules(
        doc({ allFeatures: `${plain}  - id: sso\n    plan: pro\n    signals: {friction: true}\n` }),
        [],
      );
    });

    it('a friction feature only on a sales plan is not', () => {
      const text = doc({
        allFeatures: `${plain}  - id: sso\n    plan: enterprise\n    signals: {friction: true}\n`,
      });
      assert.equal(only(run(text), 'no-upgrade-trigger').length, 1);
    });

    it('stays quiet while a feature on the upgrade plan is unclassified', () => {
      assert.deepEqual(
        only(run(doc({ allFeatures: `${plain}  - id: x\n    plan: pro\n` })), 'no-upgrade-trigger'),
        [],
      );
    });

    it('stays quiet under a trial-only offer', () => {
      const text = doc({ growth: withGrowth('  freeOffer: trial\n'), allFeatures: plain });
      assert.deepEqual(only(run(text), 'no-upgrade-trigger'), []);
    });
  });

  describe('product-led sales', () => {
    const g = (extra: string) =>
      withGrowth(
        `  monetization: product-led-sales\n  freeOffer: freemium\n  freemiumGoals: [poc]\n${extra}`,
      );
    const noSales = 'plans:\n  - {id: free, price: 0}\n  - {id: pro, name: Pro, price: 10}\n';

    it('pls-without-sales-plan at monetization when no plan is bought through sales', () => {
      const text = doc({ growth: g('  qualifiedBy: [usage-volume]\n'), plans: noSales });
      expectOne(
        run(text),
        text,
        'pls-without-sales-plan',
        'warning',
        spanOf(text, 'monetization: product-led-sales', 'product-led-sales'),
      );
    });

    it('pls-without-pql (info) at monetization when qualifiedBy is missing or empty', () => {
      for (const q of ['', '  qualifiedBy: []\n']) {
        const text = doc({ growth: g(q) });
        expectOne(
          run(text),
          text,
          'pls-without-pql',
          'info',
          spanOf(text, 'monetization: product-led-sales', 'product-led-sales'),
        );
      }
      assertRules(doc({ growth: g('  qualifiedBy: [team-spread]\n') }), []);
    });

    it('assumed monetization never triggers them', () => {
      const text = doc({ growth: null, plans: noSales });
      assert.deepEqual(only(run(text), 'pls-without-sales-plan'), []);
    });
  });

  describe('enterprise-only-roadmap (r2): above the lowest paid plan', () => {
    const plans =
      'plans:\n  - {id: free, price: 0}\n  - {id: pro, name: Pro, price: 10}\n  - {id: business, price: 30}\n  - {id: enterprise, price: contact-sales}\n';
    const planned = (a: string, b: string) =>
      `  - id: p1\n    plan: ${a}\n    status: planned\n    signals: {friction: true}\n  - id: p2\n    plan: ${b}\n    status: planned\n    signals: {friction: true}\n`;

    it('fires at the features key when planned work spreads over the top two plans', () => {
      const text = doc({ plans, features: planned('business', 'enterprise') });
      expectOne(run(text), text, 'enterprise-only-roadmap', 'warning', spanOf(text, 'features:', 'features'));
    });

    it('one planned feature on the lowest paid plan keeps it quiet', () => {
      assert.deepEqual(
        only(run(doc({ plans, features: planned('pro', 'enterprise') })), 'enterprise-only-roadmap'),
        [],
      );
    });
  });

  describe('decision records (spec 4.5)', () => {
    const viral = '  - id: guests\n    plan: free\n    limits: {free: 1}\n    signals: {virality: true}\n';

    it('an accepted finding is still produced, with its reason, and does not count', () => {
      const text = doc({
        features: `${viral}    accept:\n      viral-wall: One guest is enough to try; teams buy Pro.\n`,
      });
      const r = run(text);
      const d = expectOne(r, text, 'viral-wall', 'warning', spanOf(text, 'free: 1}', '1'));
      assert.equal(d.accepted, 'One guest is enough to try; teams buy Pro.');
      assert.deepEqual(only(r, 'unused-accept'), []);
    });

    it('an accept entry whose finding is gone gets unused-accept at its key, naming the feature', () => {
      const text = doc({
        features: `${viral.replace('free: 1', 'free: 5')}    accept:\n      viral-wall: old reason\n`,
      });
      const d = expectOne(
        run(text),
        text,
        'unused-accept',
        'info',
        spanOf(text, 'viral-wall: old', 'viral-wall'),
      );
      assert.equal(d.feature, 'guests');
    });

    it('an accept entry for a rule switched off is unused', () => {
      const text = doc({
        features: `${viral}    accept:\n      viral-wall: reason\n`,
        rules: 'rules:\n  viral-wall: off\n',
      });
      assertRules(text, ['unused-accept']);
    });

    it('a feature-level accept of a file-level rule accepts nothing; the top-level one accepts it', () => {
      const growthless = doc({
        growth: null,
        features:
          '  - id: x\n    plan: free\n    signals: {friction: true}\n    accept:\n      missing-growth-model: nope\n',
      });
      const r = run(growthless);
      assert.equal(only(r, 'missing-growth-model')[0]?.accepted, undefined);
      assert.equal(only(r, 'unused-accept').length, 1);
      const top = `${doc({ growth: null })}accept:\n  missing-growth-model: The model is written in the wiki.\n`;
      const t = run(top);
      assert.equal(only(t, 'missing-growth-model')[0]?.accepted, 'The model is written in the wiki.');
      assert.deepEqual(only(t, 'unused-accept'), []);
    });

    it('a top-level accept of a rule whose findings name a feature accepts nothing', () => {
      const text = `${doc({ features: viral })}accept:\n  viral-wall: wrong place\n`;
      const r = run(text);
      assert.equal(only(r, 'viral-wall')[0]?.accepted, undefined);
      expectOne(r, text, 'unused-accept', 'info', spanOf(text, 'viral-wall: wrong', 'viral-wall'));
    });

    it('unused-accept itself can be switched off in rules', () => {
      const text = doc({
        features: `${viral.replace('free: 1', 'free: 5')}    accept:\n      viral-wall: x\n`,
        rules: 'rules:\n  unused-accept: off\n',
      });
      assertRules(text, []);
    });
  });

  describe('how the rules see a file (r2 edge cases)', () => {
    it('a growth block that fails the schema: no growth-anchored rule, others use assumed values', () => {
      const text = doc({
        growth: withGrowth(
          '  acquisition: product-led\n  freeOffer: trial\n  trialDays: 3\n  relationship: solo\n',
        ),
        allFeatures: '  []\n',
      });
      const r = run(text);
      assert.deepEqual(only(r, 'trial-only'), []);
      assert.deepEqual(only(r, 'short-trial'), []);
      assert.deepEqual(only(r, 'missing-growth-model'), []);
      assert.equal(only(r, 'no-free-aha').length, 1, 'assumed product-led still feeds the other rules');
    });

    it('a feature whose plan failed the schema is placed like an unknown plan, without unknown-plan', () => {
      const text = doc({
        plans: 'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: "10"}\n',
        features: '  - id: s\n    plan: pro\n    limits: {pro: 1}\n    signals: {virality: true}\n',
      });
      const r = run(text);
      assert.deepEqual(only(r, 'unknown-plan'), []);
      assert.deepEqual(only(r, 'gated-growth-driver'), []);
      assert.equal(r.features.find((f) => f.id === 's')?.side, null);
    });
  });
});
