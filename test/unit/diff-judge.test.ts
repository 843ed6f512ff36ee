import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffJson, diffMarkdown, diffStylish } from '../../src/cli/diff';
import { check } from '../../src/core/check';
import { diffPackaging, type PackagingDiff } from '../../src/core/interop/diff';
import { importPricing2Yaml } from '../../src/core/interop/import/pricing2yaml';

const FIXTURES = resolve(__dirname, '../fixtures/pricing2yaml');
const CORPUS = resolve(__dirname, '../../../shared/corpus/pricing2yaml');
const imported = (name: string) => importPricing2Yaml(readFileSync(join(FIXTURES, name), 'utf8')).text;
const diff = (a: string, b: string) => diffPackaging(check(a), check(b));
const labels = { base: 'base.yaml', head: 'head.yaml' };

/** Every face renders without throwing and names the verdicts. */
function faces(d: PackagingDiff) {
  return {
    stylish: diffStylish(d, labels),
    markdown: diffMarkdown(d, labels),
    json: JSON.parse(JSON.stringify(diffJson(d, labels))),
  };
}

const FILE = `version: 1
product: {name: Boards}
plans:
  - {id: free, price: 0}
  - {id: standard, name: Standard, price: 10, per: seat, period: month}
  - {id: constructor, name: Enterprise, price: contact-sales}
addOns:
  - {id: ai, price: 8, from: standard}
features:
  - id: share
    plan: free
    unit: boards
    limits: {free: 3}
    signals: {virality: true, expansion: true}
  - id: invite
    plan: free
    signals: {virality: true}
  - id: sso
    plan: constructor
    signals: {friction: true}
  - id: summaries
    addOn: ai
  - id: history
    plan: free
    unit: days
    limits: {free: 90, constructor: 365}
`;

describe('diff that judges', () => {
  describe('real changes in the corpus fixtures', () => {
    it("Mailchimp's free contacts 2,000 → 500: tightened −75%, against the growth model (no signals)", () => {
      const d = diff(imported('mailchimp-2019.yml'), imported('mailchimp-2025.yml'));
      const c = d.limits.find((l) => l.feature === 'contacts' && l.plan === 'free')!;
      assert.deepEqual([c.from, c.to, c.unit, c.kind, c.percent], [2000, 500, 'contacts', 'tightened', -75]);
      assert.deepEqual([c.verdict.direction, c.verdict.basis], ['against', 'growth model']);
      const f = faces(d);
      assert.match(
        f.stylish,
        /Contacts on free: 2,000 contacts → 500 contacts, wall tightened \(-75%\) — against the growth model/,
      );
      assert.match(
        f.markdown,
        /\| Contacts \| free \| 2,000 contacts \| 500 contacts \| wall tightened \(-75%\) \| ⚠️ against the growth model/,
      );
    });

    it('… and against the packaging test once Contacts has signals (recommended free)', () => {
      const withSignals = (t: string) =>
        t.replace('    name: Contacts\n', '    name: Contacts\n    signals: {ahaMoment: true}\n');
      const d = diff(
        withSignals(imported('mailchimp-2019.yml')),
        withSignals(imported('mailchimp-2025.yml')),
      );
      const c = d.limits.find((l) => l.feature === 'contacts' && l.plan === 'free')!;
      assert.deepEqual([c.verdict.direction, c.verdict.basis], ['against', 'packaging test']);
      assert.match(c.verdict.why, /Contacts should be free without a wall/);
    });

    it("Slack's free history 10,000 messages → 90 days: a unit change, never read as a number change", () => {
      const d = diff(imported('slack-2019.yml'), imported('slack-2024.yml'));
      const h = d.limits.find((l) => l.feature === 'messages-access' && l.plan === 'free')!;
      assert.deepEqual(
        [h.from, h.fromUnit, h.to, h.unit, h.kind, h.percent],
        [10000, 'messages', 90, 'days', 'unit-changed', undefined],
      );
      assert.equal(h.verdict.direction, 'neutral');
      assert.match(
        faces(d).stylish,
        /Messages access on free: 10,000 messages → 90 days, unit changed — no verdict: the unit changed/,
      );
    });
  });

  describe('every kind of change', () => {
    it('a renamed plan (same place in the ladder) is renamed, not removed + added; its features do not move', () => {
      const head = FILE.replace('{id: standard, name: Standard,', '{id: pro, name: Pro,').replace(
        'from: standard',
        'from: pro',
      );
      const d = diff(FILE, head);
      assert.deepEqual(
        d.renamed.map((r) => [r.fromId, r.toId, r.fromName, r.toName, r.rank]),
        [['standard', 'pro', 'Standard', 'Pro', 1]],
      );
      assert.deepEqual([d.prices, d.moved, d.addOns, d.limits], [[], [], [], []]);
      // a new name on the same id is a rename too
      const named = diff(FILE, FILE.replace('name: Standard', 'name: Team'));
      assert.deepEqual(
        named.renamed.map((r) => [r.fromId, r.toId, r.toName]),
        [['standard', 'standard', 'Team']],
      );
      const f = faces(d);
      assert.match(
        f.stylish,
        /~ renamed\s+plan Standard \(standard\) → Pro \(pro\), same place in the ladder/,
      );
      assert.match(f.markdown, /### Plans renamed/);
      assert.equal(f.json.renamed[0].toId, 'pro');
    });

    it('ids are data: a plan called constructor makes no fake change; JSON keeps `to`', () => {
      const same = diff(FILE, `# a comment\n${FILE}`);
      assert.ok(
        [same.limits, same.prices, same.moved, same.renamed, same.addOns].every((x) => x.length === 0),
        JSON.stringify(same),
      );
      // a wall on the plan called constructor: unlimited (no own entry) -> 5, never the prototype's function
      const walled = diff(
        FILE,
        FILE.replace(
          '  - id: sso\n    plan: constructor\n',
          '  - id: sso\n    plan: constructor\n    limits: {constructor: 5}\n',
        ),
      );
      assert.deepEqual(
        walled.limits.map((l) => [l.feature, l.plan, l.from, l.to, l.kind]),
        [['sso', 'constructor', 'unlimited', 5, 'wall-added']],
      );
      // the plan removed: JSON keeps `to` (null), a plan added keeps `from` (null)
      const gone = diff(
        FILE,
        FILE.replace('  - {id: constructor, name: Enterprise, price: contact-sales}\n', '')
          .replace('plan: constructor', 'plan: standard')
          .replace(', constructor: 365', ''),
      );
      const j = faces(gone).json;
      const removed = j.prices.find((p: { plan: string }) => p.plan === 'constructor');
      assert.deepEqual(
        [removed.from, removed.to, Object.hasOwn(removed, 'to')],
        ['contact-sales', null, true],
      );
      const back = faces(
        diff(
          FILE.replace('  - {id: constructor, name: Enterprise, price: contact-sales}\n', '')
            .replace('plan: constructor', 'plan: standard')
            .replace(', constructor: 365', ''),
          FILE,
        ),
      ).json;
      const added = back.prices.find((p: { plan: string }) => p.plan === 'constructor');
      assert.deepEqual([added.from, added.to], [null, 'contact-sales']);
    });

    it('free walls on a growth driver: added / removed / tightened / loosened, with %', () => {
      // share: virality + expansion -> free behind a usage wall
      const removedWall = diff(FILE, FILE.replace('limits: {free: 3}', 'limits: {}'));
      assert.deepEqual(
        removedWall.limits.map((l) => [l.feature, l.kind, l.verdict.direction, l.verdict.basis]),
        [['share', 'wall-removed', 'against', 'packaging test']],
      );
      const tighter = diff(FILE, FILE.replace('limits: {free: 3}', 'limits: {free: 2}'));
      assert.deepEqual(
        tighter.limits.map((l) => [l.kind, l.percent, l.verdict.direction, l.verdict.basis]),
        [['tightened', -33.3, 'against', 'growth model']],
      );
      const zero = diff(FILE, FILE.replace('limits: {free: 3}', 'limits: {free: 0}'));
      assert.deepEqual(
        zero.limits.map((l) => [l.kind, l.verdict.direction, l.verdict.basis]),
        [['tightened', 'against', 'packaging test']],
      );
      // invite: virality only -> free with no wall: a new wall is against the test, on free and on paid plans
      const walled = diff(
        FILE,
        FILE.replace(
          '  - id: invite\n    plan: free\n',
          '  - id: invite\n    plan: free\n    limits: {free: 5, standard: 50}\n',
        ),
      );
      assert.deepEqual(
        walled.limits.map((l) => [l.plan, l.kind, l.verdict.direction]),
        [
          ['free', 'wall-added', 'against'],
          ['standard', 'wall-added', 'against'],
        ],
      );
      const back = diff(
        FILE.replace(
          '  - id: invite\n    plan: free\n',
          '  - id: invite\n    plan: free\n    limits: {free: 5}\n',
        ),
        FILE,
      );
      assert.deepEqual(
        back.limits.map((l) => [l.kind, l.verdict.direction]),
        [['wall-removed', 'with']],
      );
      assert.match(faces(tighter).markdown, /wall tightened \(-33\.3%\) \| ⚠️ against the growth model/);
    });

    it('a unit change alone is a unit change (same number)', () => {
      const d = diff(FILE, FILE.replace('unit: days', 'unit: months'));
      assert.deepEqual(
        d.limits.map((l) => [l.feature, l.plan, l.kind, l.from, l.to, l.fromUnit, l.unit]),
        [
          ['history', 'free', 'unit-changed', 90, 90, 'days', 'months'],
          ['history', 'constructor', 'unit-changed', 365, 365, 'days', 'months'],
        ],
      );
    });

    it('prices and entry prices, with %; the self-serve upgrade of a product-led model is judged', () => {
      const d = diff(
        FILE,
        FILE.replace(
          'price: 10, per: seat, period: month}',
          'price: 12, per: seat, period: month, minSeats: 3}',
        ),
      );
      assert.deepEqual(
        d.prices.map((p) => [
          p.plan,
          p.from,
          p.to,
          p.percent,
          p.entryFrom,
          p.entryTo,
          p.entryPercent,
          p.verdict.direction,
        ]),
        [['standard', 10, 12, 20, 10, 36, 260, 'against']],
      );
      const cheaper = diff(FILE, FILE.replace('price: 10, per: seat', 'price: 8, per: seat'));
      assert.deepEqual(
        cheaper.prices.map((p) => [p.percent, p.verdict.direction, p.verdict.basis]),
        [[-20, 'with', 'growth model']],
      );
      assert.match(
        faces(d).stylish,
        /~ price\s+Standard: \$10 → \$12 \(\+20%\); entry price \$10 → \$36 \(\+260%\) — against the growth model/,
      );
    });

    it('add-ons added, removed, re-priced, sold from another plan; features moved into or out of an add-on', () => {
      const head = FILE.replace(
        '  - {id: ai, price: 8, from: standard}\n',
        '  - {id: ai, price: 10, from: constructor}\n  - {id: viral, price: 3}\n',
      )
        .replace('  - id: invite\n    plan: free\n', '  - id: invite\n    addOn: viral\n')
        .replace('  - id: summaries\n    addOn: ai\n', '  - id: summaries\n    plan: standard\n');
      const d = diff(FILE, head);
      assert.deepEqual(
        d.addOns.map((a) => [a.kind, a.id, a.from, a.to, a.percent, a.verdict.direction]),
        [
          ['repriced', 'ai', 8, 10, 25, 'neutral'],
          ['from-changed', 'ai', 'standard', 'constructor', undefined, 'neutral'],
          ['added', 'viral', null, 3, undefined, 'against'],
        ],
      );
      assert.deepEqual(
        d.moved.map((m) => [m.id, m.fromAddOn, m.toAddOn, m.verdict]),
        [
          ['invite', undefined, 'viral', 'against'],
          ['summaries', 'ai', undefined, 'neutral'],
        ],
      );
      const gone = diff(
        FILE,
        FILE.replace('  - {id: ai, price: 8, from: standard}\n', '').replace(
          '  - id: summaries\n    addOn: ai\n',
          '',
        ),
      );
      assert.deepEqual(
        gone.addOns.map((a) => [a.kind, a.id, a.features]),
        [['removed', 'ai', ['summaries']]],
      );
      const f = faces(d);
      assert.match(
        f.stylish,
        /~ moved\s+invite: free → add-on viral — against the packaging test: into the add-on viral/,
      );
      assert.match(f.markdown, /### Add-ons/);
      assert.match(f.markdown, /viral: added at \$3 \(sells invite\) \| ⚠️ against the packaging test/);
    });

    it('a rationale changed, and a finding newly accepted with its reason', () => {
      const head = FILE.replace(
        '  - id: sso\n    plan: constructor\n',
        '  - id: sso\n    plan: constructor\n    rationale: Enterprises ask for it.\n',
      ).replace(
        '  - id: invite\n    plan: free\n    signals: {virality: true}\n',
        '  - id: invite\n    plan: standard\n    signals: {virality: true}\n    accept:\n      gated-growth-driver: Invites on Free come with the trial.\n',
      );
      const d = diff(FILE, head);
      assert.deepEqual(d.rationale, [
        { feature: 'sso', name: 'sso', from: null, to: 'Enterprises ask for it.' },
      ]);
      const acc = d.accepted.find((x) => x.rule === 'gated-growth-driver');
      assert.equal(acc?.accepted, 'Invites on Free come with the trial.');
      assert.ok(
        !d.newDiagnostics.some((x) => x.rule === 'gated-growth-driver'),
        'an accepted finding is not a new one',
      );
      const f = faces(d);
      assert.match(
        f.stylish,
        /! accepted\s+\w+ gated-growth-driver .* — accepted: Invites on Free come with the trial\./,
      );
      assert.match(f.markdown, /### Newly accepted findings/);
      assert.match(f.markdown, /Invites on Free come with the trial\./);
      assert.match(f.markdown, /### Rationale changed/);
      assert.equal(f.json.accepted[0].accepted, 'Invites on Free come with the trial.');
    });
  });

  describe('the shared corpus: consecutive years of each product', () => {
    const products = existsSync(CORPUS)
      ? readdirSync(CORPUS).filter((d) => statSync(join(CORPUS, d)).isDirectory())
      : [];
    before(function () {
      if (products.length === 0) {
        console.log('      (skipped: ../shared/corpus/pricing2yaml is not next to the repository)');
        this.skip();
      }
    });
    it('every pair diffs without a crash, in every format; renamed plans are found', () => {
      let pairs = 0;
      let renamed = 0;
      for (const p of products) {
        const years = readdirSync(join(CORPUS, p))
          .filter((f) => f.endsWith('.yml'))
          .sort();
        const texts = years.map((y) => importPricing2Yaml(readFileSync(join(CORPUS, p, y), 'utf8')).text);
        for (let i = 1; i < texts.length; i++) {
          const d = diff(texts[i - 1]!, texts[i]!);
          faces(d);
          pairs++;
          renamed += d.renamed.length;
          for (const l of d.limits) assert.ok(l.verdict.why.length > 0, `${p} ${years[i]}: ${l.feature}`);
        }
      }
      assert.equal(pairs, 201);
      assert.ok(renamed > 0);
    });
    it('Slack 2020 → 2023: Standard → Pro and Plus → Business Plus are renamed; history becomes days', () => {
      const text = (y: string) => importPricing2Yaml(readFileSync(join(CORPUS, 'slack', y), 'utf8')).text;
      const d = diff(text('2020.yml'), text('2023.yml'));
      assert.deepEqual(
        d.renamed.map((r) => [r.fromId, r.toId]),
        [
          ['standard', 'pro'],
          ['plus', 'business-plus'],
        ],
      );
      assert.ok(!d.prices.some((p) => p.from === null || p.to === null), 'no plan added or removed');
      const h = d.limits.find((l) => l.feature === 'messages-access' && l.plan === 'free')!;
      assert.deepEqual([h.from, h.to, h.kind], [10000, 90, 'unit-changed']);
    });
  });
});
