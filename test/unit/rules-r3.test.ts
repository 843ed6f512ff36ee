import * as assert from 'node:assert/strict';
import { createIncremental } from '../../src/core/incremental';
import { doc, GROWTH } from './support/docs';
import { assertRules, checked, describeDiagnostics, expectOne, only, rules, spanOf } from './support/text';

// Revision 3 of the spec, the packaging-test and growth-model rules: tight-wall, weak-lift, unmetered-value-metric,
// thin-step, the four sharpened rules, and "a limit" read as a wall (not a lowerIsBetter limit). Each fires with
// its id, severity and exact 0-based range and stays quiet at the boundaries the spec names. Anchors are computed
// from the YAML written here.

const run = checked;

const none = (text: string, rule: string) =>
  assert.deepEqual(only(run(text), rule), [], `no ${rule}:\n${describeDiagnostics(run(text), text)}`);

/** A free feature with a wall, its unit and signals, between the base feature and the trigger. */
const walled = (limits: string, signals: string, extra = '') =>
  doc({
    features: `  - id: f\n    plan: free\n${extra}    limits: {${limits}}\n    signals: {${signals}}\n`,
  });

const withValueMetric = (id: string, freeOffer = 'freemium') =>
  GROWTH.replace('  freeOffer: freemium\n', `  freeOffer: ${freeOffer}\n  valueMetric: ${id}\n`);

describe('rules, revision 3', () => {
  describe('tight-wall', () => {
    it('fires at the 1 of a non-viral growth driver walled at 1 when a higher plan raises it', () => {
      const text = walled('free: 1', 'habitLoop: true', '    unit: devices\n');
      const d = expectOne(run(text), text, 'tight-wall', 'warning', spanOf(text, '{free: 1}', '1'));
      assert.equal(d.feature, 'f');
      assert.match(d.message, /habit loop/);
      assertRules(text, ['tight-wall']);
    });

    it('a wall of 0 is growth-wall, of 2 nothing; a viral feature at 1 is viral-wall', () => {
      assertRules(walled('free: 0', 'ahaMoment: true'), ['growth-wall']);
      assertRules(walled('free: 2', 'ahaMoment: true'), []);
      assertRules(walled('free: 1', 'virality: true, ahaMoment: true'), ['viral-wall']);
    });

    it('no higher plan raises the wall (a capacity): quiet', () => {
      assertRules(walled('free: 1, pro: 1, enterprise: 1', 'universality: true'), []);
      // A higher number or unlimited on a paid plan raises it.
      for (const up of ['pro: 1, enterprise: 3', 'pro: unlimited']) {
        const text = walled(`free: 1, ${up}`, 'universality: true');
        expectOne(run(text), text, 'tight-wall', 'warning', spanOf(text, '{free: 1', '1'));
      }
    });

    it('every free plan must wall at 1: the first one is the anchor; a free plan at 3 keeps it quiet', () => {
      const plans =
        'plans:\n  - {id: free, price: 0}\n  - {id: starter, price: 0}\n  - {id: pro, price: 10}\n';
      const both = doc({
        plans,
        features:
          '  - id: f\n    plan: free\n    limits: {free: 1, starter: 1}\n    signals: {ahaMoment: true}\n',
      });
      expectOne(run(both), both, 'tight-wall', 'warning', spanOf(both, 'free: 1,', '1'));
      none(
        doc({
          plans,
          features:
            '  - id: f\n    plan: free\n    limits: {free: 1, starter: 3}\n    signals: {ahaMoment: true}\n',
        }),
        'tight-wall',
      );
    });

    it('container units, whole and in any case or plural, are a scope: quiet; `team seats` is not', () => {
      for (const unit of [
        'workspace',
        'Workspaces',
        '" Team "',
        'organisation',
        'Organizations',
        'accounts',
        'COMPANY',
        'companies',
      ]) {
        assertRules(walled('free: 1', 'ahaMoment: true', `    unit: ${unit}\n`), []);
      }
      for (const unit of ['team seats', 'workspace members']) {
        const text = walled('free: 1', 'ahaMoment: true', `    unit: ${unit}\n`);
        expectOne(run(text), text, 'tight-wall', 'warning', spanOf(text, '{free: 1}', '1'));
      }
    });

    it('a limit of 1 in a measure unit is an amount: quiet', () => {
      for (const unit of ['GB', 'GB/month', 'hours per month', ' Gigabytes', 'min']) {
        assertRules(walled('free: 1', 'ahaMoment: true', `    unit: "${unit}"\n`), []);
      }
    });

    it('a lowerIsBetter limit of 1 is no wall', () => {
      assertRules(walled('free: 1', 'habitLoop: true', '    lowerIsBetter: true\n'), []);
    });

    it('is a placement finding: a feature on an unknown plan gets unknown-plan only', () => {
      const text = doc({
        features: '  - id: f\n    plan: fre\n    limits: {free: 1}\n    signals: {ahaMoment: true}\n',
      });
      assert.deepEqual(only(run(text), 'tight-wall'), []);
      assert.ok(rules(run(text)).includes('unknown-plan'));
    });
  });

  describe('viral-wall (r3): a wall, and 1 in a measure is an amount', () => {
    it('1 GB, 1 GB/month and 1 hours per month do not count; 0 GB and 1 guest do', () => {
      for (const unit of ['GB', 'GB/month', 'hours per month']) {
        none(walled('free: 1', 'virality: true', `    unit: ${unit}\n`), 'viral-wall');
      }
      const zero = walled('free: 0', 'virality: true', '    unit: GB\n');
      expectOne(run(zero), zero, 'viral-wall', 'warning', spanOf(zero, '{free: 0}', '0'));
      const guest = walled('free: 1', 'virality: true', '    unit: guests\n');
      expectOne(run(guest), guest, 'viral-wall', 'warning', spanOf(guest, '{free: 1}', '1'));
    });

    it('a lowerIsBetter limit of 0 or 1 is no wall', () => {
      none(walled('free: 1', 'virality: true', '    lowerIsBetter: true\n'), 'viral-wall');
      none(walled('free: 0', 'virality: true', '    lowerIsBetter: true\n'), 'viral-wall');
    });
  });

  describe('growth-wall, unwalled-growth-driver, wall-not-lifted (r3): walls only', () => {
    it('a lowerIsBetter limit of 0 reaches free users: no growth-wall', () => {
      none(walled('free: 0', 'ahaMoment: true', '    lowerIsBetter: true\n'), 'growth-wall');
    });

    it('a free-limited feature with only a lowerIsBetter limit on free is unwalled', () => {
      const text = walled('free: 5', 'ahaMoment: true, expansion: true', '    lowerIsBetter: true\n');
      expectOne(
        run(text),
        text,
        'unwalled-growth-driver',
        'info',
        spanOf(text, 'id: f\n    plan: free', 'free'),
      );
    });

    it('equal lowerIsBetter limits on free and the upgrade are not a wall left in place', () => {
      none(walled('free: 5, pro: 5', 'friction: true', '    lowerIsBetter: true\n'), 'wall-not-lifted');
    });
  });

  describe('weak-lift', () => {
    const lift = (free: number, pro: string) => walled(`free: ${free}, pro: ${pro}`, 'expansion: true');

    it('U = L is wall-not-lifted; L < U < 2L fires at the upgrade limit; U = 2L and unlimited are quiet', () => {
      assertRules(lift(10, '10'), ['wall-not-lifted']);
      for (const u of ['11', '19', '10.5']) {
        const text = lift(10, u);
        const d = expectOne(run(text), text, 'weak-lift', 'warning', spanOf(text, `pro: ${u}}`, u));
        assert.equal(d.feature, 'f');
        assertRules(text, ['weak-lift']);
      }
      assertRules(lift(10, '20'), []);
      assertRules(lift(10, 'unlimited'), []);
    });

    it('a free wall of 0 has nothing to double: quiet', () => {
      none(lift(0, '1'), 'weak-lift');
    });

    it('needs friction or expansion: a growth driver alone is quiet', () => {
      none(walled('free: 10, pro: 12', 'ahaMoment: true'), 'weak-lift');
      const friction = walled('free: 10, pro: 12', 'ahaMoment: true, friction: true');
      expectOne(run(friction), friction, 'weak-lift', 'warning', spanOf(friction, 'pro: 12', '12'));
    });

    it('one finding per feature, for the first such free plan', () => {
      const text = doc({
        plans: 'plans:\n  - {id: free, price: 0}\n  - {id: starter, price: 0}\n  - {id: pro, price: 10}\n',
        features:
          '  - id: f\n    plan: free\n    limits: {free: 10, starter: 10, pro: 15}\n    signals: {expansion: true}\n',
      });
      expectOne(run(text), text, 'weak-lift', 'warning', spanOf(text, 'pro: 15', '15'));
    });

    it('lowerIsBetter limits are not walls', () => {
      none(walled('free: 10, pro: 12', 'expansion: true', '    lowerIsBetter: true\n'), 'weak-lift');
    });

    it('only on the free side', () => {
      none(
        doc({
          features:
            '  - id: f\n    plan: pro\n    limits: {pro: 10, enterprise: 12}\n    signals: {expansion: true}\n',
        }),
        'weak-lift',
      );
    });
  });

  describe('unmetered-value-metric', () => {
    it('fires at the valueMetric value when the value metric has no wall on free', () => {
      const text = doc({ growth: withValueMetric('boards') });
      const d = expectOne(
        run(text),
        text,
        'unmetered-value-metric',
        'warning',
        spanOf(text, 'valueMetric: boards', 'boards'),
      );
      assert.equal(d.feature, 'boards');
      assertRules(text, ['unmetered-value-metric']);
    });

    it('walled on free: quiet; `unlimited` on free is no wall', () => {
      assertRules(doc({ growth: withValueMetric('history') }), []);
      const text = doc({
        growth: withValueMetric('f'),
        features:
          '  - id: f\n    plan: free\n    limits: {free: unlimited}\n    signals: {ahaMoment: true}\n',
      });
      expectOne(run(text), text, 'unmetered-value-metric', 'warning', spanOf(text, 'valueMetric: f', 'f'));
    });

    it('a lowerIsBetter value metric, one on the paid side, or a trial offer: quiet', () => {
      none(
        doc({
          growth: withValueMetric('f'),
          features:
            '  - id: f\n    plan: free\n    lowerIsBetter: true\n    limits: {free: 60}\n    signals: {ahaMoment: true}\n',
        }),
        'unmetered-value-metric',
      );
      none(
        doc({
          growth: withValueMetric('f'),
          features: '  - id: f\n    plan: pro\n    signals: {friction: true}\n',
        }),
        'unmetered-value-metric',
      );
      none(doc({ growth: withValueMetric('boards', 'trial') }), 'unmetered-value-metric');
    });

    it('an unknown value metric gets unknown-feature and nothing else of the value metric', () => {
      const text = doc({ growth: withValueMetric('bords') });
      assertRules(text, ['unknown-feature']);
    });

    it('a value metric that fails the schema, or sits on an unknown plan, is read as not written', () => {
      none(
        doc({
          growth: withValueMetric('f'),
          features: '  - id: f\n    plan: free\n    bogus: 1\n    signals: {ahaMoment: true}\n',
        }),
        'unmetered-value-metric',
      );
      none(
        doc({
          growth: withValueMetric('f'),
          features: '  - id: f\n    plan: fre\n    signals: {ahaMoment: true}\n',
        }),
        'unmetered-value-metric',
      );
    });

    it("is accepted in the value-metric feature's accept, not in the top-level one", () => {
      const onFeature = doc({
        growth: withValueMetric('f'),
        features:
          '  - id: f\n    plan: free\n    signals: {ahaMoment: true}\n    accept:\n      unmetered-value-metric: Contacts are free; sends are the wall.\n',
      });
      const d = only(run(onFeature), 'unmetered-value-metric');
      assert.equal(d.length, 1);
      assert.equal(d[0]!.accepted, 'Contacts are free; sends are the wall.');
      const topLevel = `${doc({ growth: withValueMetric('boards') })}accept:\n  unmetered-value-metric: no\n`;
      const r = run(topLevel);
      assert.equal(only(r, 'unmetered-value-metric')[0]?.accepted, undefined);
      expectOne(
        r,
        topLevel,
        'unused-accept',
        'info',
        spanOf(topLevel, 'unmetered-value-metric: no', 'unmetered-value-metric'),
      );
    });
  });

  describe('free-expansion (r3)', () => {
    const expansion = '  - id: x\n    plan: free\n    signals: {expansion: true}\n';

    it('fires with no value metric; silent when the value metric is walled on free', () => {
      const text = doc({ features: expansion });
      expectOne(run(text), text, 'free-expansion', 'info', spanOf(text, 'id: x\n    plan: free', 'free'));
      assertRules(doc({ growth: withValueMetric('history'), features: expansion }), []);
    });

    it('an unwalled value metric does not silence it, and the value metric itself is unmetered-value-metric', () => {
      const text = doc({ growth: withValueMetric('boards'), features: expansion });
      assertRules(text, ['free-expansion', 'unmetered-value-metric']);
      const self = doc({ growth: withValueMetric('x'), features: expansion });
      assertRules(self, ['unmetered-value-metric']);
    });

    it('an edit of the value metric alone re-judges every other feature (incremental equals full)', () => {
      const before = doc({ growth: withValueMetric('history'), features: expansion });
      const after = before.replace('limits: { free: 90 }', 'limits: { free: unlimited }');
      assert.notEqual(after, before);
      const inc = createIncremental();
      const next = inc.next(inc.first(before), after);
      assert.equal(next.incremental, true, next.fallback);
      const full = run(after);
      assert.deepEqual(next.result.diagnostics, full.diagnostics);
      // x is now judged by free-expansion; history, the value metric, by unmetered-value-metric.
      assert.deepEqual(
        full.diagnostics
          .filter((d) => /free-expansion|unmetered/.test(d.rule))
          .map((d) => `${d.rule} ${d.feature}`),
        ['unmetered-value-metric history', 'free-expansion x'],
      );
    });

    it('a lowerIsBetter limit on free is no wall: it still fires', () => {
      const text = doc({
        features:
          '  - id: x\n    plan: free\n    lowerIsBetter: true\n    limits: {free: 5}\n    signals: {expansion: true}\n',
      });
      expectOne(run(text), text, 'free-expansion', 'info', spanOf(text, 'id: x\n    plan: free', 'free'));
    });
  });

  describe('no-upgrade-trigger (r3)', () => {
    // A walled growth driver (no friction, no expansion) is the only feature beside the base one.
    const boards = (extra: string) =>
      `  - id: boards\n    plan: free\n${extra}    limits: {free: 3}\n    signals: {ahaMoment: true, habitLoop: true}\n`;

    it('fires when nothing with friction or expansion is walled on free or sits on the upgrade', () => {
      const text = doc({ allFeatures: boards('') });
      expectOne(run(text), text, 'no-upgrade-trigger', 'warning', spanOf(text, 'id: free', 'free'));
    });

    it('a value metric walled on free is the trigger: quiet', () => {
      assertRules(doc({ growth: withValueMetric('boards'), allFeatures: boards('') }), []);
    });

    it('a lowerIsBetter value metric is never walled: it fires', () => {
      const text = doc({
        growth: withValueMetric('boards'),
        allFeatures: boards('    lowerIsBetter: true\n'),
      });
      expectOne(run(text), text, 'no-upgrade-trigger', 'warning', spanOf(text, 'id: free', 'free'));
    });

    it('an expansion feature with only a lowerIsBetter limit on free is no trigger', () => {
      const text = doc({
        allFeatures: `${boards('')}  - id: sync\n    plan: free\n    lowerIsBetter: true\n    limits: {free: 60}\n    signals: {expansion: true}\n`,
      });
      expectOne(run(text), text, 'no-upgrade-trigger', 'warning', spanOf(text, 'id: free', 'free'));
    });
  });

  describe('gated-growth-driver (r3): needs a free plan', () => {
    const viralOnPro = '  - id: share\n    plan: pro\n    signals: {virality: true}\n';

    it('with no free plan there is no free side to move it to: quiet', () => {
      const text = doc({
        growth: GROWTH.replace('freemium\n', 'trial\n').replace('  freemiumGoals: [poc]\n', ''),
        plans: 'plans:\n  - {id: pro, price: 10}\n  - {id: enterprise, price: contact-sales}\n',
        allFeatures: viralOnPro,
      });
      none(text, 'gated-growth-driver');
      assert.ok(rules(run(text)).includes('trial-only'));
    });

    it('a free plan that fails the schema does not count', () => {
      const text = doc({
        plans: 'plans:\n  - {id: free, price: 0, bogus: 1}\n  - {id: pro, price: 10}\n',
        allFeatures: viralOnPro,
      });
      none(text, 'gated-growth-driver');
    });

    it('with a free plan it fires at the plan value; with both plan and addOn it names the plan', () => {
      const text = doc({ features: viralOnPro });
      expectOne(run(text), text, 'gated-growth-driver', 'warning', spanOf(text, 'plan: pro', 'pro'));
      const both = doc({
        plans:
          'plans:\n  - {id: free, price: 0}\n  - {id: pro, name: Pro, price: 10}\n  - {id: biz, price: 30}\naddOns:\n  - {id: ai, name: AI, price: 5, from: pro}\n',
        features: '  - id: share\n    plan: biz\n    addOn: ai\n    signals: {virality: true}\n',
      });
      const d = expectOne(
        run(both),
        both,
        'gated-growth-driver',
        'warning',
        spanOf(both, 'plan: biz', 'biz'),
      );
      assert.doesNotMatch(d.message, /add-on/);
    });
  });

  describe('a $0 add-on from a free plan puts its features on the free side', () => {
    const plans = (from = '') =>
      `plans:\n  - {id: free, price: 0}\n  - {id: pro, name: Pro, price: 10}\naddOns:\n  - {id: ai, name: AI, price: 0${from}}\n`;
    const aiFeature = (body: string) => `  - id: summaries\n    addOn: ai\n${body}`;

    it('free-expansion, free-friction and unwalled-growth-driver anchor at its addOn value', () => {
      const cases: [string, string, string][] = [
        ['    signals: {expansion: true}\n', 'free-expansion', 'info'],
        ['    signals: {friction: true}\n', 'free-friction', 'warning'],
        ['    signals: {ahaMoment: true, expansion: true}\n', 'unwalled-growth-driver', 'info'],
      ];
      for (const [body, rule, severity] of cases) {
        const text = doc({ plans: plans(), features: aiFeature(body) });
        const d = expectOne(run(text), text, rule, severity, spanOf(text, 'addOn: ai', 'ai'));
        assert.equal(d.feature, 'summaries');
        assert.match(d.message, /AI/);
        assertRules(text, [rule]);
      }
    });

    it('tight-wall and viral-wall judge its free limit; no gated-growth-driver', () => {
      const tight = doc({
        plans: plans(),
        features: aiFeature('    limits: {free: 1}\n    signals: {habitLoop: true}\n'),
      });
      expectOne(run(tight), tight, 'tight-wall', 'warning', spanOf(tight, '{free: 1}', '1'));
      assertRules(tight, ['tight-wall']);
      const viral = doc({
        plans: plans(),
        features: aiFeature('    limits: {free: 0}\n    signals: {virality: true}\n'),
      });
      expectOne(run(viral), viral, 'viral-wall', 'warning', spanOf(viral, '{free: 0}', '0'));
    });

    it('a $0 add-on sold from a paid plan stays on the paid side', () => {
      const text = doc({
        plans: plans(', from: pro'),
        features: aiFeature('    signals: {virality: true}\n'),
      });
      expectOne(run(text), text, 'gated-growth-driver', 'warning', spanOf(text, 'addOn: ai', 'ai'));
    });

    it('as the value metric, unmetered-value-metric judges it', () => {
      const text = doc({
        growth: withValueMetric('summaries'),
        plans: plans(),
        features: aiFeature('    signals: {ahaMoment: true}\n'),
      });
      expectOne(
        run(text),
        text,
        'unmetered-value-metric',
        'warning',
        spanOf(text, 'valueMetric: summaries', 'summaries'),
      );
    });
  });

  describe('thin-step', () => {
    const PLANS3 =
      'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10}\n  - {id: business, price: 20}\n';
    const BOARDS = '  - id: boards\n    plan: free\n    signals: {ahaMoment: true, habitLoop: true}\n';
    // The upgrade trigger sits on business, so pro is judged on what it adds itself.
    const ADMIN = '  - id: admin\n    plan: business\n    signals: {friction: true}\n';
    const themes = (plan = 'pro', signals = '{universality: false}') =>
      `  - id: themes\n    plan: ${plan}\n    signals: ${signals}\n`;
    const file = (features: string, plans = PLANS3) => doc({ plans, allFeatures: BOARDS + features + ADMIN });

    it('fires (info) at the plan id when what sits on it has no friction or expansion', () => {
      const text = file(themes());
      expectOne(run(text), text, 'thin-step', 'info', spanOf(text, '{id: pro', 'pro'));
      assertRules(text, ['thin-step', 'no-upgrade-trigger']);
    });

    it('an expansion or friction feature on it: quiet', () => {
      none(file(themes() + themes('pro', '{expansion: true}').replace('themes', 'history')), 'thin-step');
      none(file(themes('pro', '{ahaMoment: true, friction: true}')), 'thin-step');
    });

    it('a friction or expansion wall raised on it over the plan below: quiet; raised only two steps up: fires', () => {
      const wall = (limits: string) =>
        `  - id: history\n    plan: free\n    limits: {${limits}}\n    signals: {expansion: true}\n`;
      for (const limits of ['free: 30', 'free: 30, pro: 90', 'free: 30, pro: unlimited']) {
        none(file(themes() + wall(limits)), 'thin-step');
      }
      const text = file(themes() + wall('free: 30, pro: 30, business: 90'));
      expectOne(run(text), text, 'thin-step', 'info', spanOf(text, '{id: pro', 'pro'));
    });

    it('a lowerIsBetter limit is no wall: lowering it does not count', () => {
      const sync =
        '  - id: sync\n    plan: free\n    lowerIsBetter: true\n    limits: {free: 60, pro: 5}\n    signals: {expansion: true}\n';
      const text = file(themes() + sync);
      expectOne(run(text), text, 'thin-step', 'info', spanOf(text, '{id: pro', 'pro'));
    });

    it('an unclassified feature on it, or no feature on it: quiet', () => {
      none(file(themes() + '  - id: exports\n    plan: pro\n'), 'thin-step');
      none(file(''), 'thin-step');
    });

    it('the lowest plan, a sales plan and a free plan are never thin steps', () => {
      const paidFirst = 'plans:\n  - {id: starter, price: 5}\n  - {id: pro, price: 10}\n';
      const text = doc({
        growth: GROWTH.replace('freemium\n', 'trial\n').replace('  freemiumGoals: [poc]\n', ''),
        plans: paidFirst,
        allFeatures: `${themes('starter')}  - id: h\n    plan: pro\n    signals: {expansion: true}\n`,
      });
      none(text, 'thin-step');
      const sales =
        'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10}\n  - {id: business, price: 20, salesAssisted: true}\n  - {id: enterprise, price: contact-sales}\n';
      none(
        doc({
          plans: sales,
          allFeatures:
            BOARDS +
            '  - id: h\n    plan: pro\n    signals: {expansion: true}\n' +
            themes('business') +
            themes('enterprise').replace('themes', 'sso'),
        }),
        'thin-step',
      );
    });

    it('a plan below that fails the schema leaves the plan out; features on an unknown plan are ignored', () => {
      const broken =
        'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10, bogus: 1}\n  - {id: business, price: 20}\n';
      none(file(themes('business'), broken), 'thin-step');
      // An expansion feature on an unknown plan does not rescue pro.
      const text = file(themes() + '  - id: h\n    plan: pr\n    signals: {expansion: true}\n');
      expectOne(run(text), text, 'thin-step', 'info', spanOf(text, '{id: pro', 'pro'));
    });

    it('is accepted in the top-level accept', () => {
      const text = `${file(themes())}accept:\n  thin-step: Pro is a bundle of extras for designers.\n`;
      assert.equal(only(run(text), 'thin-step')[0]?.accepted, 'Pro is a bundle of extras for designers.');
    });
  });

  describe('sales-led-only (r3): the second clause', () => {
    const g = (acq: string, ret: string, extra = '') =>
      `growth:\n  acquisition: ${acq}\n  retention: ${ret}\n  monetization: sales-led\n${extra}`;
    const noFree = 'plans:\n  - {id: pro, price: 10}\n  - {id: enterprise, price: contact-sales}\n';
    const feats = '  - id: boards\n    plan: pro\n    signals: {friction: true}\n';

    it('marketing-led in front of sales-led, no free plan, freeOffer not written as freemium: fires at the growth key', () => {
      for (const extra of ['', '  freeOffer: trial\n', '  freeOffer: none\n']) {
        const text = doc({
          growth: g('marketing-led', 'sales-led', extra),
          plans: noFree,
          allFeatures: feats,
        });
        expectOne(run(text), text, 'sales-led-only', 'info', spanOf(text, 'growth:', 'growth'));
      }
    });

    it('a free plan, a written freemium offer, or a product-led stage: quiet', () => {
      const freePlans = 'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10}\n';
      none(
        doc({ growth: g('marketing-led', 'marketing-led'), plans: freePlans, allFeatures: feats }),
        'sales-led-only',
      );
      none(
        doc({
          growth: g('marketing-led', 'sales-led', '  freeOffer: freemium-and-trial\n  trialDays: 14\n'),
          plans: noFree,
          allFeatures: feats,
        }),
        'sales-led-only',
      );
      none(
        doc({ growth: g('product-led', 'sales-led'), plans: noFree, allFeatures: feats }),
        'sales-led-only',
      );
      none(
        doc({
          growth: 'growth:\n  acquisition: marketing-led\n  monetization: sales-led\n',
          plans: noFree,
          allFeatures: feats,
        }),
        'sales-led-only',
      );
    });

    it('all three sales-led still fires, with a free plan too', () => {
      const text = doc({ growth: g('sales-led', 'sales-led') });
      expectOne(run(text), text, 'sales-led-only', 'info', spanOf(text, 'growth:', 'growth'));
    });
  });
});
