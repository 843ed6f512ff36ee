import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/core/check';
import { SIGNAL_QUESTIONS } from '../../src/core/format/questions';
import { keyTerm, valuesFor } from '../../src/core/format/vocabulary';
import { createIncremental } from '../../src/core/incremental';
import { isMeasure, limitAt, raises, wallOn } from '../../src/core/model/derived';
import type { Span } from '../../src/core/types';
import { doc } from './support/docs';
import {
  assertRules,
  checked,
  describeDiagnostics,
  expectOne,
  only,
  rangeOf,
  rules,
  spanOf,
} from './support/text';

// Revision 3 of the spec, the format and the structure rules of section 4.1: every new and sharpened rule fires
// with its id, severity and exact 0-based range, and stays quiet at the boundaries the spec names (4.4.2).

const run = checked;

/** Exactly these diagnostics of `rule`, in order, each with this severity and span (range checked too). */
function expectAt(text: string, rule: string, severity: string, spans: Span[]) {
  const r = run(text);
  const ds = only(r, rule);
  assert.deepEqual(
    ds.map((d) => d.span),
    spans,
    `${rule}: ${describeDiagnostics(r, text)}\nexpected ${spans.map((s) => JSON.stringify(text.slice(s.start, s.end))).join(', ')}`,
  );
  for (const d of ds) {
    assert.equal(d.severity, severity);
    assert.deepEqual(d.range, rangeOf(text, d.span));
  }
  return ds;
}

// biz is a sales plan: plan-adds-nothing never judges it, so it stays out of the other rules' tests.
const PLANS3 =
  'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10}\n  - {id: biz, price: 20, salesAssisted: true}\n';

/** A file with the base features (boards, history) and these plans, add-ons and extra features. */
const file = (p: { plans?: string; addOns?: string; features?: string; growth?: string | null }) =>
  doc({
    ...(p.growth !== undefined ? { growth: p.growth } : {}),
    plans: (p.plans ?? PLANS3) + (p.addOns ? `addOns:\n${p.addOns}` : ''),
    ...(p.features ? { features: p.features } : {}),
  });

describe('revision 3: format and structure rules (spec 2, 2.1, 4.1, 4.4.2)', () => {
  describe('format', () => {
    it('valueMetric, lowerIsBetter, requires/excludes, plan with addOn and $0 add-ons are valid', () => {
      const text = file({
        growth: 'growth:\n  freeOffer: freemium\n  freemiumGoals: [poc]\n  valueMetric: history\n',
        addOns: '  - {id: ai, price: 0}\n  - {id: sso, price: 5, from: free, requires: [ai], excludes: []}\n',
        features:
          '  - {id: poll, plan: free, lowerIsBetter: true, unit: minutes, limits: {free: 15, pro: 5}, signals: {habitLoop: true}}\n' +
          '  - {id: audit, plan: biz, addOn: sso, signals: {friction: true}}\n' +
          '  - {id: assist, addOn: ai, signals: {ahaMoment: true}}\n',
      });
      const r = assertRules(text, []);
      assert.deepEqual(
        r.features.map((f) => [f.id, f.plan, f.addOn ?? null, f.side]),
        [
          ['boards', 'free', null, 'free'],
          ['poll', 'free', null, 'free'],
          ['audit', 'biz', 'sso', 'paid'],
          ['assist', 'free', 'ai', 'free'],
          ['history', 'free', null, 'free'],
        ],
      );
    });

    it('`unlimited` on a lowerIsBetter feature is a schema error on that value; without lowerIsBetter it is fine', () => {
      const bad = file({
        features: '  - {id: poll, plan: free, lowerIsBetter: true, limits: {free: 10, pro: unlimited}}\n',
      });
      const d = expectOne(run(bad), bad, 'schema', 'error', spanOf(bad, 'pro: unlimited', 'unlimited'));
      assert.match(d.message, /lowerIsBetter/);
      // The feature fails the schema: it is left out of the rules (no unclassified-feature for it).
      assertRules(bad, ['schema']);
      const ok = file({
        features: '  - {id: poll, plan: free, lowerIsBetter: false, limits: {pro: unlimited}}\n',
      });
      assertRules(ok, ['unclassified-feature']);
      const notBool = file({ features: '  - {id: poll, plan: free, lowerIsBetter: yes}\n' });
      expectOne(run(notBool), notBool, 'schema', 'error', spanOf(notBool, 'lowerIsBetter: yes', 'yes'));
    });

    it('requires/excludes must be lists; valueMetric any string (no schema error)', () => {
      const text = file({ addOns: '  - {id: ai, price: 5, requires: ai}\n' });
      expectOne(run(text), text, 'schema', 'error', spanOf(text, 'requires: ai', 'ai'));
      const spaced = doc({ growth: 'growth:\n  valueMetric: Active users\n' });
      assert.deepEqual(rules(run(spaced)), ['unknown-feature']);
    });

    it('unknown-feature is a structure rule: the file cannot lower it, nor accept it', () => {
      const lowered = doc({ rules: 'rules:\n  unknown-feature: warning\n' });
      expectOne(
        run(lowered),
        lowered,
        'schema',
        'error',
        spanOf(lowered, 'unknown-feature: warning', 'warning'),
      );
      const accepted = `${doc()}accept:\n  unknown-feature: We know.\n`;
      expectOne(
        run(accepted),
        accepted,
        'schema',
        'error',
        spanOf(accepted, 'unknown-feature: We', 'unknown-feature'),
      );
    });
  });

  describe('derived facts (spec 2.1)', () => {
    it('a $0 add-on from a free plan puts its add-on-only features on the free side; from a paid plan, paid', () => {
      const f = '  - {id: assist, addOn: ai, signals: {ahaMoment: true}}\n';
      const free = run(file({ addOns: '  - {id: ai, price: 0}\n', features: f }));
      const a = free.model!.features.find((x) => x.id === 'assist')!;
      assert.equal(a.side, 'free');
      assert.equal(a.placement?.id, 'free');
      assert.deepEqual(
        a.freeLimits.map((l) => l.plan.id),
        ['free'],
      );
      assert.equal(a.reachesFree, true);
      assert.equal(free.model!.addOns[0]!.freeTier, true);
      const paid = run(file({ addOns: '  - {id: ai, price: 0, from: pro}\n', features: f }));
      assert.equal(paid.model!.features.find((x) => x.id === 'assist')!.side, 'paid');
      const priced = run(file({ addOns: '  - {id: ai, price: 1}\n', features: f }));
      assert.equal(priced.model!.features.find((x) => x.id === 'assist')!.side, 'paid');
    });

    it('with both plan and addOn, side and placement follow plan; availableFrom is the lower of the two', () => {
      const r = run(
        file({
          addOns: '  - {id: ai, price: 0}\n',
          features: '  - {id: x, plan: pro, addOn: ai, signals: {friction: true}}\n',
        }),
      );
      const x = r.model!.features.find((f) => f.id === 'x')!;
      assert.deepEqual(
        [x.side, x.placement?.id, x.availableFrom?.id, x.addOnOnly],
        ['paid', 'pro', 'free', false],
      );
    });

    it('unit is a measure: first word, any case, data sizes and durations, singular or plural', () => {
      for (const u of [
        'GB',
        'GB/month',
        'hours per month',
        ' Minutes ',
        'b',
        'TBs',
        'h',
        'day',
        'Years',
        'kb/s',
      ])
        assert.equal(isMeasure(u), true, u);
      for (const u of ['boards', 'team seats', 'gigs', 'per month', '', 'hrs', 'months-long'])
        assert.equal(isMeasure(u), false, u);
      assert.equal(isMeasure(undefined), false);
    });

    it('walls, raises and reaches free users: lowerIsBetter limits are not walls', () => {
      const r = run(
        file({
          features:
            '  - {id: w, plan: free, limits: {free: 3, pro: 3}}\n  - {id: p, plan: free, lowerIsBetter: true, limits: {free: 0}}\n',
        }),
      );
      const m = r.model!;
      const [free, pro, biz] = m.plans;
      const w = m.features.find((f) => f.id === 'w')!;
      const p = m.features.find((f) => f.id === 'p')!;
      assert.equal(wallOn(w, 'free'), 3);
      assert.equal(raises(w, pro!, free!), false, 'same number');
      assert.equal(raises(w, biz!, pro!), true, 'not written is unlimited');
      assert.equal(limitAt(w, biz!), 'unlimited');
      assert.deepEqual([w.walledOnFree, w.freeLimits[0]!.wall], [true, 3]);
      assert.equal(wallOn(p, 'free'), undefined);
      assert.equal(raises(p, pro!, free!), false);
      assert.deepEqual([p.walledOnFree, p.reachesFree, p.freeLimits[0]!.wall], [false, true, undefined]);
    });

    it('the value metric: only when growth is valid and the named feature is valid and placed (4.4.2)', () => {
      const g = (vm: string, extra = '') => `growth:\n  freemiumGoals: [poc]\n  valueMetric: ${vm}\n${extra}`;
      const ok = run(doc({ growth: g('history') }));
      assert.equal(ok.model!.valueMetric?.id, 'history');
      assert.equal(ok.model!.valueMetricWalledOnFree, true);
      const unwalled = run(doc({ growth: g('boards') }));
      assert.equal(unwalled.model!.valueMetric?.id, 'boards');
      assert.equal(unwalled.model!.valueMetricWalledOnFree, false);
      const badGrowth = run(doc({ growth: g('history', '  acquisition: nope\n') }));
      assert.equal(badGrowth.model!.valueMetric, undefined);
      const unknownPlan = run(doc({ growth: g('x'), features: '  - {id: x, plan: nope}\n' }));
      assert.equal(unknownPlan.model!.valueMetric, undefined);
      const failed = run(doc({ growth: g('x'), features: '  - {id: x, plan: free, status: gone}\n' }));
      assert.equal(failed.model!.valueMetric, undefined);
      assert.deepEqual(rules(failed), ['schema'], 'a schema-failed feature still counts as a reference');
    });

    it('the incremental re-check follows the value metric when the named feature is edited', () => {
      const before = doc({ growth: 'growth:\n  freemiumGoals: [poc]\n  valueMetric: history\n' });
      const inc = createIncremental();
      const s0 = inc.first(before);
      assert.equal(s0.result.model!.valueMetricWalledOnFree, true);
      const at = before.indexOf('limits: { free: 90 }');
      const after = `${before.slice(0, at)}limits: { pro: 90 }${before.slice(at + 'limits: { free: 90 }'.length)}`;
      const s1 = inc.next(s0, after, [
        { start: at, end: at + 'limits: { free: 90 }'.length, text: 'limits: { pro: 90 }' },
      ]);
      assert.equal(s1.incremental, true, s1.fallback);
      assert.equal(s1.result.model!.valueMetric?.id, 'history');
      assert.equal(s1.result.model!.valueMetricWalledOnFree, false);
      assert.equal(check(after).model!.valueMetricWalledOnFree, false);
    });
  });

  describe('unknown-feature', () => {
    const g = (vm: string) => `growth:\n  freemiumGoals: [poc]\n  valueMetric: ${vm}\n`;
    it('fires at the valueMetric value and suggests the closest feature id', () => {
      const text = doc({ growth: g('histry') });
      const d = expectOne(
        run(text),
        text,
        'unknown-feature',
        'error',
        spanOf(text, 'valueMetric: histry', 'histry'),
      );
      assert.equal(d.data?.suggestion, 'history');
      assert.match(d.message, /Did you mean "history"\?/);
      assertRules(text, ['unknown-feature']);
    });

    it('with nothing close, lists the features; quiet on a known id and on a schema-failed feature', () => {
      const text = doc({ growth: g('zzzzzzzz') });
      const d = expectOne(run(text), text, 'unknown-feature', 'error', spanOf(text, 'zzzzzzzz'));
      assert.match(d.message, /Features: boards, history\./);
      // a known id: no unknown-feature (boards is free with no wall, so the value metric is unmetered)
      assertRules(doc({ growth: g('boards') }), ['unmetered-value-metric']);
      assertRules(doc({ growth: g('x'), features: '  - {id: x, plan: free, status: gone}\n' }), ['schema']);
    });

    it('does not run when growth fails the schema', () => {
      const text = doc({ growth: `${g('nope')}  acquisition: nope\n` });
      assertRules(text, ['schema']);
    });
  });

  describe('unknown-add-on (r3)', () => {
    it('fires at a requires or excludes item naming no add-on, and at the addOn value of a plan+addOn feature', () => {
      const text = file({
        addOns:
          '  - {id: ai, price: 5, requires: [ia, ai-credits], excludes: [nope]}\n  - {id: ai-credits, price: 1}\n',
        features: '  - {id: x, plan: pro, addOn: aii, signals: {friction: true}}\n',
      });
      const ds = expectAt(text, 'unknown-add-on', 'error', [
        spanOf(text, 'requires: [ia', 'ia'),
        spanOf(text, 'excludes: [nope]', 'nope'),
        spanOf(text, 'addOn: aii', 'aii'),
      ]);
      assert.equal(ds[0]!.data?.suggestion, 'ai');
      assert.match(ds[0]!.message, /requires "ia"/);
      assert.equal(ds[2]!.feature, 'x');
      // The feature with an unknown add-on is read as a plan feature: placed, no other finding.
      assertRules(text, ['unknown-add-on', 'unknown-add-on', 'unknown-add-on']);
      assert.equal(run(text).features.find((f) => f.id === 'x')!.side, 'paid');
    });

    it('a plan+addOn feature with an unknown plan gets unknown-plan at its plan value, and no placement', () => {
      const text = file({
        addOns: '  - {id: ai, price: 5}\n',
        features: '  - {id: x, plan: por, addOn: ai, signals: {virality: true}}\n',
      });
      expectOne(run(text), text, 'unknown-plan', 'error', spanOf(text, 'plan: por', 'por'));
      assertRules(text, ['unknown-plan']);
      assert.equal(run(text).features.find((f) => f.id === 'x')!.side, null);
    });

    it('an item naming a schema-failed add-on still counts as a reference', () => {
      const text = file({ addOns: '  - {id: ai, price: 5, requires: [b]}\n  - {id: b, price: -1}\n' });
      assertRules(text, ['schema']);
    });
  });

  describe('limit-outside-plan (r3)', () => {
    it('with both plan and addOn, only plans below the lower of the two', () => {
      const text = file({
        addOns: '  - {id: ai, price: 5, from: pro}\n',
        features: '  - {id: x, plan: biz, addOn: ai, limits: {free: 1, pro: 2}, signals: {friction: true}}\n',
      });
      const [d] = expectAt(text, 'limit-outside-plan', 'error', [spanOf(text, 'limits: {free', 'free')]);
      assert.match(d!.message, /sold as the "ai" add-on from "pro"/);
    });

    it('with an unknown add-on, below plan', () => {
      const text = file({
        features: '  - {id: x, plan: biz, addOn: nope, limits: {pro: 2}, signals: {friction: true}}\n',
      });
      expectAt(text, 'limit-outside-plan', 'error', [spanOf(text, 'limits: {pro', 'pro')]);
    });
  });

  describe('non-monotonic-limit (r3)', () => {
    it('lowerIsBetter: a higher number on a higher plan fires; plans with no entry are skipped', () => {
      const text = file({
        features:
          '  - {id: poll, plan: free, lowerIsBetter: true, unit: minutes, limits: {free: 10, biz: 15}, signals: {habitLoop: true}}\n',
      });
      const [d] = expectAt(text, 'non-monotonic-limit', 'warning', [spanOf(text, 'biz: 15', '15')]);
      assert.match(d!.message, /lower is better/);
      assertRules(text, ['non-monotonic-limit']);
    });

    it('lowerIsBetter: falling or equal numbers are quiet; a plain wall falling fires', () => {
      const lib = (limits: string) =>
        file({
          features: `  - {id: poll, plan: free, lowerIsBetter: true, limits: {${limits}}, signals: {habitLoop: true}}\n`,
        });
      assertRules(lib('free: 10, pro: 10, biz: 1'), []);
      assertRules(lib('free: 10, biz: 5'), []);
      const plain = file({
        features: '  - {id: w, plan: free, limits: {free: 10, pro: 5}, signals: {habitLoop: true}}\n',
      });
      expectAt(plain, 'non-monotonic-limit', 'warning', [spanOf(plain, 'pro: 5', '5')]);
    });

    it('plan+addOn: below plan only written entries compare; from plan up, no entry is unlimited', () => {
      const both = (limits: string) =>
        file({
          addOns: '  - {id: ai, price: 5}\n',
          features: `  - {id: x, plan: biz, addOn: ai, unit: runs, limits: {${limits}}, signals: {friction: true}}\n`,
        });
      // pro has no entry (skipped), biz has none (unlimited): quiet.
      assertRules(both('free: 10'), []);
      const text = both('free: 10, pro: 5');
      expectAt(text, 'non-monotonic-limit', 'warning', [spanOf(text, 'pro: 5', '5')]);
      const top = both('free: 10, biz: 4');
      expectAt(top, 'non-monotonic-limit', 'warning', [spanOf(top, 'biz: 4', '4')]);
    });
  });

  describe('plan-adds-nothing', () => {
    const plans = (third: string) => `plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10}\n${third}`;

    it('fires at the id of a plan that adds nothing over the plan below, whatever its price', () => {
      for (const price of ['10', '15', '5']) {
        const text = doc({ plans: plans(`  - {id: team, price: ${price}}\n`) });
        const d = expectOne(
          run(text),
          text,
          'plan-adds-nothing',
          'warning',
          spanOf(text, 'id: team', 'team'),
        );
        assert.match(d.message, /"team" includes exactly what "pro" includes/);
      }
    });

    it('quiet when a feature sits on it, an add-on is sold from it, or a limit differs', () => {
      const base = plans('  - {id: team, price: 15}\n');
      assertRules(doc({ plans: base, features: '  - {id: x, plan: team, signals: {friction: true}}\n' }), []);
      assertRules(doc({ plans: `${base}addOns:\n  - {id: ai, price: 5, from: team}\n` }), []);
      assertRules(
        doc({
          plans: `${base}addOns:\n  - {id: ai, price: 5, from: team}\n`,
          features: '  - {id: x, addOn: ai, signals: {friction: true}}\n',
        }),
        [],
      );
      assertRules(
        doc({
          plans: base,
          features: '  - {id: x, plan: free, limits: {free: 1, pro: 5}, signals: {expansion: true}}\n',
        }),
        [],
      );
      // An equal number written on both is no difference.
      const same = doc({
        plans: base,
        features: '  - {id: x, plan: free, limits: {pro: 5, team: 5}, signals: {expansion: true}}\n',
      });
      expectOne(run(same), same, 'plan-adds-nothing', 'warning', spanOf(same, 'id: team', 'team'));
    });

    it('lowerIsBetter entries are compared as written: an entry against none is a difference', () => {
      const base = plans('  - {id: team, price: 15}\n');
      const lib = (limits: string) =>
        doc({
          plans: base,
          features: `  - {id: poll, plan: free, lowerIsBetter: true, limits: {${limits}}, signals: {habitLoop: true}}\n`,
        });
      assertRules(lib('team: 5'), []);
      assertRules(lib('pro: 5, team: 1'), []);
      const same = lib('pro: 5, team: 5');
      expectOne(run(same), same, 'plan-adds-nothing', 'warning', spanOf(same, 'id: team', 'team'));
      const none = lib('free: 5');
      expectOne(run(none), none, 'plan-adds-nothing', 'warning', spanOf(none, 'id: team', 'team'));
    });

    it('plan+addOn: entries below plan are compared as written', () => {
      const text = (limits: string) =>
        doc({
          plans: `${plans('  - {id: team, price: 15}\n  - {id: biz, price: 30}\n')}addOns:\n  - {id: ai, price: 5, from: pro}\n`,
          features: `  - {id: x, plan: biz, addOn: ai, limits: {${limits}}, signals: {friction: true}}\n`,
        });
      assertRules(text('team: 5'), []);
      const same = text('pro: 5, team: 5');
      expectOne(run(same), same, 'plan-adds-nothing', 'warning', spanOf(same, 'id: team', 'team'));
    });

    it('never on the lowest plan or a sales plan; a plan above a sales plan is compared with it', () => {
      assertRules(doc({ plans: plans('  - {id: ent, price: contact-sales}\n') }), []);
      assertRules(doc({ plans: plans('  - {id: ent, price: 40, salesAssisted: true}\n') }), []);
      const above = doc({
        plans:
          'plans:\n  - {id: free, price: 0}\n  - {id: ent, price: contact-sales}\n  - {id: pro, price: 10}\n',
      });
      expectOne(run(above), above, 'plan-adds-nothing', 'warning', spanOf(above, 'id: pro', 'pro'));
      const text = doc({
        plans: 'plans:\n  - {id: free, price: 0}\n  - {id: free2, price: 0}\n  - {id: pro, price: 10}\n',
      });
      // history has no entry on free2 (unlimited there): free2 lifts free's wall, and pro adds nothing over free2.
      expectOne(run(text), text, 'plan-adds-nothing', 'warning', spanOf(text, 'id: pro', 'pro'));
    });

    it('4.4.2: a schema-failed plan and the plan directly above it are left out; so are failed or unplaced features', () => {
      const text = doc({
        plans:
          'plans:\n  - {id: free, price: 0}\n  - {id: pro, price: 10}\n  - {id: team, price: -1}\n  - {id: biz, price: 20}\n  - {id: max, price: 30}\n',
      });
      // team fails; biz (above it) is not judged; max adds nothing over biz.
      expectAt(text, 'plan-adds-nothing', 'warning', [spanOf(text, 'id: max', 'max')]);
      // The lowest plan failing does not make the second plan "the lowest".
      const low = doc({
        plans: 'plans:\n  - {id: free, price: -1}\n  - {id: pro, price: 10}\n  - {id: biz, price: 20}\n',
      });
      expectAt(low, 'plan-adds-nothing', 'warning', [spanOf(low, 'id: biz', 'biz')]);
      const failed = doc({
        plans: plans('  - {id: team, price: 15}\n'),
        features: '  - {id: x, plan: team, status: gone}\n',
      });
      expectAt(failed, 'plan-adds-nothing', 'warning', [spanOf(failed, 'id: team', 'team')]);
      // An unknown add-on beside a known plan: read as a plan feature, it sits on team.
      const planOnly = doc({
        plans: plans('  - {id: team, price: 15}\n'),
        features: '  - {id: y, plan: team, addOn: nope, signals: {friction: true}}\n',
      });
      expectAt(planOnly, 'plan-adds-nothing', 'warning', []);
      const unplaced = doc({
        plans: plans('  - {id: team, price: 15}\n'),
        features:
          '  - {id: x, plan: teem, signals: {friction: true}}\n  - {id: y, addOn: nope, limits: {team: 1}}\n',
      });
      expectAt(unplaced, 'plan-adds-nothing', 'warning', [spanOf(unplaced, 'id: team', 'team')]);
    });
  });

  describe('add-on-conflict', () => {
    it('a cycle of 1 (self-reference) fires at that item', () => {
      const text = file({ addOns: '  - {id: ai, price: 5, requires: [ai]}\n' });
      const [d] = expectAt(text, 'add-on-conflict', 'warning', [spanOf(text, 'requires: [ai]', 'ai')]);
      assert.match(d!.message, /requires itself/);
      assertRules(text, ['add-on-conflict']);
    });

    it('a cycle of 2 and of 3: one diagnostic per add-on, at the item that continues the cycle', () => {
      const two = file({
        addOns: '  - {id: a, price: 5, requires: [b]}\n  - {id: b, price: 5, requires: [a]}\n',
      });
      expectAt(two, 'add-on-conflict', 'warning', [
        spanOf(two, 'requires: [b]', 'b'),
        spanOf(two, 'requires: [a]', 'a'),
      ]);
      const three = file({
        addOns:
          '  - {id: a, price: 5, requires: [b]}\n  - {id: b, price: 5, requires: [c]}\n  - {id: c, price: 5, requires: [a]}\n  - {id: x, price: 5, requires: [b]}\n',
      });
      // x requires b, on the cycle, but nothing leads back to x: only a, b and c get one each.
      const ds = expectAt(three, 'add-on-conflict', 'warning', [
        spanOf(three, 'requires: [b]', 'b'),
        spanOf(three, 'requires: [c]', 'c'),
        spanOf(three, 'requires: [a]', 'a'),
      ]);
      assert.match(ds[0]!.message, /"a" → "b" → "c" → "a"/);
      // A chain without the closing link is quiet.
      assertRules(
        file({
          addOns:
            '  - {id: a, price: 5, requires: [b]}\n  - {id: b, price: 5, requires: [c]}\n  - {id: c, price: 5}\n',
        }),
        [],
      );
    });

    it('requiring an excluded add-on fires once, even when the item is also on a cycle; only its own excludes count', () => {
      const text = file({
        addOns: '  - {id: a, price: 5, requires: [b], excludes: [b]}\n  - {id: b, price: 5}\n',
      });
      const [d] = expectAt(text, 'add-on-conflict', 'warning', [spanOf(text, 'requires: [b]', 'b')]);
      assert.match(d!.message, /both requires and excludes/);
      const both = file({
        addOns: '  - {id: a, price: 5, requires: [b], excludes: [b]}\n  - {id: b, price: 5, requires: [a]}\n',
      });
      expectAt(both, 'add-on-conflict', 'warning', [
        spanOf(both, 'requires: [b]', 'b'),
        spanOf(both, 'requires: [a]', 'a'),
      ]);
      assertRules(
        file({ addOns: '  - {id: a, price: 5, requires: [b]}\n  - {id: b, price: 5, excludes: [a]}\n' }),
        [],
      );
    });

    it('a cycle of thousands of add-ons, and a long chain, are checked in linear time without deep recursion', () => {
      const n = 3000;
      const ring = Array.from(
        { length: n },
        (_, i) => `  - {id: a${i}, price: 1, requires: [a${(i + 1) % n}]}\n`,
      ).join('');
      const t0 = Date.now();
      const ds = only(run(file({ addOns: ring })), 'add-on-conflict');
      // 1,000 shown, and one finding that says how many more (the per-rule cap).
      assert.equal(ds.length, 1001);
      assert.match(ds[1000]!.message, /2,?000 more/);
      assert.match(ds[0]!.message, /a cycle of 3000 add-ons/);
      const chain = Array.from(
        { length: n },
        (_, i) => `  - {id: a${i}, price: 1${i + 1 < n ? `, requires: [a${i + 1}]` : ''}}\n`,
      ).join('');
      assert.equal(only(run(file({ addOns: chain })), 'add-on-conflict').length, 0);
      assert.ok(Date.now() - t0 < 20000, `${Date.now() - t0} ms`);
    });

    it('unknown items get unknown-add-on only; a schema-failed add-on takes no part (closes no cycle)', () => {
      const unknown = file({ addOns: '  - {id: a, price: 5, requires: [zz], excludes: [zz]}\n' });
      assertRules(unknown, ['unknown-add-on', 'unknown-add-on']);
      const failed = file({
        addOns: '  - {id: a, price: 5, requires: [b]}\n  - {id: b, price: -5, requires: [a]}\n',
      });
      assertRules(failed, ['schema']);
    });

    it('a plan+addOn feature: the add-on from below plan is quiet; equal or above fires at the addOn value', () => {
      const f = (from: string) =>
        file({
          addOns: `  - {id: ai, price: 5${from}}\n`,
          features: '  - {id: x, plan: pro, addOn: ai, signals: {friction: true}}\n',
        });
      assertRules(f(', from: free'), []);
      assertRules(f(''), []);
      for (const from of [', from: pro', ', from: biz']) {
        const text = f(from);
        const [d] = expectAt(text, 'add-on-conflict', 'warning', [spanOf(text, 'addOn: ai', 'ai')]);
        assert.equal(d!.feature, 'x');
        assertRules(text, ['add-on-conflict']);
      }
      // An add-on-only feature is never this case; an unknown from is unknown-plan only.
      assertRules(
        file({
          addOns: '  - {id: ai, price: 5, from: biz}\n',
          features: '  - {id: y, addOn: ai, signals: {friction: true}}\n',
        }),
        [],
      );
      assertRules(f(', from: nope'), ['unknown-plan']);
    });

    it('the incremental re-check of a feature edit keeps the add-on findings and re-judges the feature', () => {
      const before = file({
        addOns: '  - {id: a, price: 5, requires: [a, zz]}\n  - {id: ai, price: 5, from: pro}\n',
        features: '  - id: x\n    plan: pro\n    addOn: ai\n    signals: {friction: true}\n',
      });
      const inc = createIncremental();
      const s0 = inc.first(before);
      const at = before.indexOf('plan: pro\n    addOn: ai');
      for (const [from, to] of [
        ['plan: pro', 'plan: biz'],
        ['plan: pro', 'plan: free'],
      ] as const) {
        const after = `${before.slice(0, at)}${to}${before.slice(at + from.length)}`;
        const s1 = inc.next(inc.first(before), after, [{ start: at, end: at + from.length, text: to }]);
        assert.equal(s1.incremental, true, s1.fallback);
        const strip = (ds: typeof s1.result.diagnostics) => ds.map((d) => [d.rule, d.span.start, d.message]);
        assert.deepEqual(strip(s1.result.diagnostics), strip(check(after).diagnostics));
        assert.deepEqual(
          only(s1.result, 'add-on-conflict').map((d) => after.slice(d.span.start, d.span.end)),
          to === 'plan: biz' ? ['a'] : ['a', 'ai'],
        );
      }
      assert.equal(only(s0.result, 'add-on-conflict').length, 2);
    });

    it('a feature finding is accepted in the feature, a requires finding in the top-level accept', () => {
      const text = `${file({
        addOns: '  - {id: a, price: 5, requires: [a]}\n  - {id: ai, price: 5, from: pro}\n',
        features:
          '  - {id: x, plan: pro, addOn: ai, signals: {friction: true}, accept: {add-on-conflict: Sold as a bundle.}}\n',
      })}accept:\n  add-on-conflict: Legacy SKU.\n`;
      const ds = only(run(text), 'add-on-conflict');
      assert.deepEqual(
        ds.map((d) => d.accepted),
        ['Legacy SKU.', 'Sold as a bundle.'],
      );
    });
  });

  describe('vocabulary and docs (3.1 questions, r3 keys)', () => {
    it('a signal key’s hover and completion doc is its 3.1 question with its examples', () => {
      for (const q of Object.values(SIGNAL_QUESTIONS)) {
        const term = keyTerm(['features', '#', 'signals'], q.signal)!;
        assert.ok(term.doc.includes(q.question), q.signal);
        assert.ok(term.doc.includes(q.yes) && term.doc.includes(q.no), q.signal);
      }
      assert.match(keyTerm(['features', '#'], 'signals')!.doc, /not for where it sits today/);
    });

    it('the r3 keys have docs, and lowerIsBetter completes true/false', () => {
      assert.ok(keyTerm(['growth'], 'valueMetric'));
      assert.ok(keyTerm(['addOns', '#'], 'requires') && keyTerm(['addOns', '#'], 'excludes'));
      assert.ok(keyTerm(['features', '#'], 'lowerIsBetter'));
      assert.deepEqual(
        valuesFor(['features', '#'], 'lowerIsBetter')?.map((v) => v.name),
        ['true', 'false'],
      );
    });

    it('docs/format.md asks the six questions in the words of 3.1', () => {
      const page = readFileSync(join(__dirname, '..', '..', 'docs', 'format.md'), 'utf8');
      for (const q of Object.values(SIGNAL_QUESTIONS)) assert.ok(page.includes(q.question), q.signal);
    });
  });
});
