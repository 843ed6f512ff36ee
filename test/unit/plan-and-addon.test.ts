// Features with both `plan` and `addOn` (spec 2, 2.1, 4.4.2, r3): included from `plan` up and, below it, sold as
// the add-on from the add-on's `from`; side, rank and "sits on" follow `plan`. The matrix cells, the hover, the
// limit edits, the Pricing2Yaml export and the market placement read `addOnOnly`, not "addOn is written".
import assert from 'node:assert/strict';
import { load } from 'js-yaml';
import { check } from '../../src/core/check';
import { limitsLeftBehind, setFeatureLimit } from '../../src/core/edit/limits';
import { applyEdits } from '../../src/core/edit/text-edits';
import { placementOf } from '../../src/core/insight/market';
import { exportPricing2Yaml } from '../../src/core/interop/export/pricing2yaml';
import { featureSummary } from '../../src/core/matrix/render/hover';
import { buildMatrix, type MatrixRow } from '../../src/core/matrix/view-model';

const YAML = `version: 1
product:
  name: Both Ways
plans:
  - id: free
    price: 0
  - id: pro
    name: Pro
    price: 10
    per: seat
    period: month
  - id: business
    name: Business
    price: 30
    per: seat
    period: month
  - id: enterprise
    price: contact-sales
addOns:
  - id: ai
    name: AI assistant
    price: 8
    per: seat
    period: month
    from: pro
  - id: community
    name: Community pack
    price: 0
    from: free
  - id: late
    name: Late pack
    price: 5
    from: enterprise
features:
  - id: ai-chat
    name: AI chat
    plan: business
    addOn: ai
  - id: ai-runs
    name: AI runs
    plan: business
    addOn: ai
    unit: runs
    limits:
      pro: 5
      business: 50
  - id: ai-only
    name: AI only
    addOn: ai
  - id: forum
    name: Forum
    addOn: community
  - id: late-both
    name: Late both
    plan: pro
    addOn: late
    unit: exports
    limits:
      pro: 5
      business: 10
  - id: unknown-both
    name: Unknown both
    plan: pro
    addOn: nope
  - id: boards
    name: Boards
    plan: free
`;

const AI = { kind: 'addOn', addOn: 'ai', label: 'add-on: AI assistant, $8 / seat / month' } as const;
const EXCLUDED = { kind: 'excluded' } as const;
const INCLUDED = { kind: 'included' } as const;

const limitCell = (limit: number, unit: string) => ({
  kind: 'limit',
  limit,
  unit,
  label: `${limit} ${unit}`,
});

function rows(text = YAML): Map<string, MatrixRow> {
  return new Map(
    buildMatrix(check(text))
      .groups.flatMap((g) => g.rows)
      .map((r) => [r.id, r]),
  );
}

describe('features with both plan and addOn', () => {
  describe('matrix cells (spec 4.4.2)', () => {
    const r = rows();

    it('the add-on sells it from its from up to the plan below plan; the plan includes it from plan up', () => {
      assert.deepEqual(r.get('ai-chat')!.cells, [EXCLUDED, AI, INCLUDED, INCLUDED]);
      assert.equal(r.get('ai-chat')!.side, 'paid');
      assert.equal(r.get('ai-chat')!.plan, 'business');
    });

    it('a limit below the plan is the limit the add-on brings; from plan up no entry is unlimited as usual', () => {
      assert.deepEqual(r.get('ai-runs')!.cells, [
        EXCLUDED,
        limitCell(5, 'runs'),
        limitCell(50, 'runs'),
        INCLUDED,
      ]);
    });

    it('an add-on-only feature is sold as the add-on on every plan from its from', () => {
      assert.deepEqual(r.get('ai-only')!.cells, [EXCLUDED, AI, AI, AI]);
    });

    it('a $0 add-on from a free plan shows "add-on: NAME, free"', () => {
      const free = { kind: 'addOn', addOn: 'community', label: 'add-on: Community pack, free' };
      assert.deepEqual(r.get('forum')!.cells, [free, free, free, free]);
      assert.equal(r.get('forum')!.side, 'free');
    });

    it('an add-on from above the plan adds no add-on cell; an unknown add-on changes nothing', () => {
      assert.deepEqual(r.get('late-both')!.cells, [
        EXCLUDED,
        limitCell(5, 'exports'),
        limitCell(10, 'exports'),
        INCLUDED,
      ]);
      assert.deepEqual(r.get('unknown-both')!.cells, [EXCLUDED, INCLUDED, INCLUDED, INCLUDED]);
      assert.deepEqual(r.get('boards')!.cells, [INCLUDED, INCLUDED, INCLUDED, INCLUDED]);
    });
  });

  describe('hover', () => {
    const result = check(YAML);
    const model = result.model!;
    const summary = (id: string) => {
      const f = model.features.find((x) => x.id === id)!;
      return featureSummary(f, model.planById.get(f.plan)?.name, [], YAML).split('\n');
    };

    it('shows the plan, and below it the add-on with its from', () => {
      const lines = summary('ai-chat');
      assert.equal(lines[2], 'Plan: **Business** (paid side)');
      assert.equal(lines[3], 'Below it: add-on **AI assistant**, from Pro');
    });

    it('an add-on-only feature shows the add-on; an add-on from above the plan or unknown shows the plan only', () => {
      assert.equal(summary('ai-only')[2], 'Add-on: **AI assistant**, from Pro (paid side)');
      assert.equal(summary('forum')[2], 'Add-on: **Community pack**, from free (free side)');
      assert.deepEqual(summary('late-both').slice(2, 4), ['Plan: **Pro** (paid side)', '']);
      assert.deepEqual(summary('unknown-both').slice(2, 4), ['Plan: **Pro** (paid side)', '']);
    });

    it('a feature with an unknown plan and a known add-on reads "unknown plan", as its side follows plan', () => {
      const text = YAML.replace('    plan: business\n    addOn: ai\n', '    plan: gold\n    addOn: ai\n');
      const m = check(text).model!;
      const f = m.features.find((x) => x.id === 'ai-chat')!;
      assert.equal(f.side, null);
      assert.equal(featureSummary(f, undefined, [], text).split('\n')[2], 'Plan: **gold** (unknown plan)');
    });
  });

  describe('limit edits', () => {
    it('sets the limit the add-on brings below the plan, from the add-on’s from', () => {
      const result = check(YAML);
      const r = setFeatureLimit(YAML, result, 'ai-chat', 'pro', 3);
      assert.ok(r.ok, JSON.stringify(r));
      const after = applyEdits(YAML, [r.edit]);
      assert.ok(
        after.includes('    plan: business\n    addOn: ai\n    limits:\n      pro: 3\n  - id: ai-runs\n'),
      );
      assert.equal(check(after).model!.features.find((f) => f.id === 'ai-chat')!.limits.pro, 3);
      const below = setFeatureLimit(YAML, result, 'ai-chat', 'free', 3);
      assert.equal(below.ok, false);
    });

    it('a move keeps the limits the add-on still sells from; only those below both are left behind', () => {
      const result = check(YAML);
      // ai is sold from pro: pro and business stay meaningful after a move to enterprise
      assert.deepEqual(limitsLeftBehind(result, 'ai-runs', 'enterprise'), []);
      // late is sold from enterprise: a move to business leaves the pro limit behind
      assert.deepEqual(limitsLeftBehind(result, 'late-both', 'business'), ['pro']);
      assert.deepEqual(limitsLeftBehind(result, 'late-both', 'enterprise'), ['pro', 'business']);
    });
  });

  describe('Pricing2Yaml export', () => {
    const out = exportPricing2Yaml(YAML, { createdAt: '2026-01-01' });
    const doc = load(out.text) as {
      plans: Record<string, { features: Record<string, { value: boolean }> | null }>;
      addOns: Record<string, { features: Record<string, { value: boolean }> }>;
    };
    const inPlan = (plan: string, key: string) => doc.plans[plan]?.features?.[key]?.value === true;

    it('includes a both feature in the plans from its plan up and in its add-on', () => {
      assert.deepEqual(
        ['free', 'Pro', 'Business', 'enterprise'].map((p) => inPlan(p, 'AI chat')),
        [false, false, true, true],
      );
      assert.deepEqual(Object.keys(doc.addOns['ai-add-on']!.features).sort(), [
        'AI chat',
        'AI only',
        'AI runs',
      ]);
      // the add-on-only feature is in no plan
      assert.ok(['free', 'Pro', 'Business', 'enterprise'].every((p) => !inPlan(p, 'AI only')));
    });

    it('a both feature with an unknown add-on is exported with its plan (no crash), and the limits an add-on brings are noted', () => {
      assert.ok(inPlan('Pro', 'Unknown both'));
      assert.ok(out.warnings.some((w) => w.includes('ai-runs (pro)')));
    });
  });

  it('market placement follows plan for a both feature, the add-on for an add-on-only one', () => {
    const model = check(YAML).model!;
    assert.equal(placementOf(model, 'ai-chat'), 'middle');
    assert.equal(placementOf(model, 'late-both'), 'lowestPaid');
    assert.equal(placementOf(model, 'ai-only'), 'addOn');
  });
});
