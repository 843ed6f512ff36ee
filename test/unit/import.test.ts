import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { check } from '../../src/core/check';
import {
  humanize,
  ImportError,
  type ImportResult,
  importPricing2Yaml,
  slugify,
  toNumber,
} from '../../src/core/import/pricing2yaml';

const FIXTURES = resolve(__dirname, '../fixtures/pricing2yaml');
// The shared corpus lives next to the repository (../shared); a fresh clone has only the fixtures.
const CORPUS = resolve(__dirname, '../../../shared/corpus/pricing2yaml');
const STRUCTURE_RULES = new Set([
  'syntax',
  'schema',
  'duplicate-id',
  'unknown-plan',
  'limit-outside-plan',
  'freemium-without-free-plan',
]);
const ID = /^[a-z][a-z0-9-]*$/;

interface Out {
  version: number;
  product: { name: string; url?: string };
  plans: { id: string; name: string; price: number | string; per?: string; period?: string }[];
  features: {
    id: string;
    name: string;
    plan: string;
    category?: string;
    unit?: string;
    limits?: Record<string, number | string>;
    signals?: unknown;
  }[];
  growth?: unknown;
}

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The invariants every conversion must hold; returns the parsed output. */
function assertValid(name: string, r: ImportResult): Out {
  const out = parse(r.text) as Out;
  assert.equal(out.version, 1, name);
  assert.ok(out.product.name.length > 0, name);
  assert.ok(out.plans.length >= 1, name);
  const planIds = out.plans.map((p) => p.id);
  const featureIds = out.features.map((f) => f.id);
  for (const id of [...planIds, ...featureIds]) assert.match(id, ID, `${name}: id ${id}`);
  assert.equal(new Set(planIds).size, planIds.length, `${name}: plan ids unique`);
  assert.equal(new Set(featureIds).size, featureIds.length, `${name}: feature ids unique`);
  assert.equal(out.growth, undefined, `${name}: no growth block`);
  for (const f of out.features) {
    assert.equal(f.signals, undefined, `${name}: no signals on ${f.id}`);
    assert.ok(planIds.includes(f.plan), `${name}: ${f.id} plan ${f.plan}`);
    const lowest = planIds.indexOf(f.plan);
    for (const [k, v] of Object.entries(f.limits ?? {})) {
      assert.ok(planIds.indexOf(k) >= lowest, `${name}: ${f.id} limit on ${k} below its plan`);
      assert.ok(
        v === 'unlimited' || (Number.isInteger(v) && (v as number) >= 0),
        `${name}: ${f.id}.${k}=${v}`,
      );
    }
  }
  for (const p of out.plans)
    assert.ok(
      p.price === 'contact-sales' || (typeof p.price === 'number' && p.price >= 0),
      `${name}: ${p.id}`,
    );

  const result = check(r.text);
  const structural = result.diagnostics.filter((d) => STRUCTURE_RULES.has(d.rule) || d.severity === 'error');
  assert.deepEqual(
    structural.map((d) => `${d.rule}: ${d.message} (line ${d.range.start.line + 1})`),
    [],
    `${name}: check finds no structure errors`,
  );
  assert.equal(result.model?.plans.length, out.plans.length, `${name}: every plan passes the schema`);
  assert.equal(
    result.model?.features.length,
    out.features.length,
    `${name}: every feature passes the schema`,
  );
  // counts preserved: plans (or the add-ons standing in for them) and features
  assert.equal(out.plans.length, r.source.plans || r.source.addOns || 1, `${name}: plan count`);
  assert.equal(out.features.length, r.source.features, `${name}: feature count`);
  return out;
}

describe('import: Pricing2Yaml', () => {
  describe('helpers', () => {
    it('slugifies camelCase, SNAKE, spaces and leading digits to ^[a-z][a-z0-9-]*$', () => {
      assert.equal(slugify('realTimeCustomerSupport', 'feature'), 'real-time-customer-support');
      assert.equal(slugify('BUSINESS_PLUS', 'plan'), 'business-plus');
      assert.equal(slugify('APIAccess', 'feature'), 'api-access');
      assert.equal(slugify('3rdPartyMFA', 'feature'), 'feature-3rd-party-mfa');
      assert.equal(slugify('Équipe & Co.', 'plan'), 'equipe-co');
      assert.equal(slugify('!!!', 'plan'), 'plan');
    });
    it('humanizes keys for display names', () => {
      assert.equal(humanize('realTimeCustomerSupport'), 'Real time customer support');
      assert.equal(humanize('BUSINESS_PLUS'), 'Business Plus');
      assert.equal(humanize('apiAccess'), 'API access');
      assert.equal(humanize('Already spaced Name'), 'Already spaced Name');
    });
    it('reads Pricing2Yaml numbers: underscores, .inf, dollar strings', () => {
      assert.equal(toNumber('1_000_000'), 1_000_000);
      assert.equal(toNumber('.inf'), Number.POSITIVE_INFINITY);
      assert.equal(toNumber('$12.50'), 12.5);
      assert.equal(toNumber(3), 3);
      assert.equal(toNumber('Contact Sales'), undefined);
      assert.equal(toNumber('1_'), 1);
      assert.equal(toNumber('_'), undefined);
    });
  });

  describe('fixtures (a fresh clone)', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yml'));
    it('has the fixtures', () => assert.ok(files.length >= 6));
    for (const f of files) {
      it(`${f} converts to a valid packaging file`, () => {
        assertValid(f, importPricing2Yaml(fixture(f)));
      });
    }

    it('planable: contact-sales price, 1e12 sentinel is unlimited, the lowest enabling plan', () => {
      const r = importPricing2Yaml(fixture('planable-2019.yml'));
      const out = assertValid('planable', r);
      assert.deepEqual(
        out.plans.map((p) => [p.id, p.price, p.per, p.period]),
        [
          ['starter', 24, 'seat', 'month'],
          ['premium', 99, 'seat', 'month'],
          ['enterprise', 'contact-sales', 'seat', undefined],
        ],
      );
      const byId = new Map(out.features.map((f) => [f.id, f]));
      assert.equal(byId.get('pages')?.plan, 'premium'); // off by default, on in PREMIUM
      assert.equal(byId.get('real-time-customer-support')?.plan, 'enterprise');
      assert.equal(byId.get('real-time-customer-support')?.category, 'Support');
      assert.deepEqual(byId.get('workspaces')?.limits, { starter: 1, premium: 5, enterprise: 'unlimited' });
      assert.equal(byId.get('workspaces')?.unit, 'worspace');
      // pages' limit is 0 by default and unlimited where the feature is on: nothing numeric to keep
      assert.equal(byId.get('pages')?.limits, undefined);
      // the usage limit tied to no feature survives as a comment on each plan
      assert.match(r.text, /# usersLimit: 3 user\n {2}- id: starter/);
      assert.ok(r.warnings.some((w) => w.includes('usersLimit')));
    });

    it('zenhub: a free plan, TEXT features count as on when non-empty', () => {
      const out = assertValid('zenhub', importPricing2Yaml(fixture('zenhub-2020.yml')));
      assert.equal(out.plans[0]?.id, 'free');
      assert.equal(out.plans[0]?.price, 0);
      const byId = new Map(out.features.map((f) => [f.id, f]));
      assert.equal(byId.get('billing')?.plan, 'free');
      assert.equal(byId.get('unlimited-private-repos')?.plan, 'growth');
      assert.equal(byId.get('api-access')?.name, 'API access');
    });

    it('okta: no plans, the add-ons become plans (in price order)', () => {
      const r = importPricing2Yaml(fixture('okta-2019.yml'));
      const out = assertValid('okta', r);
      assert.equal(r.source.plans, 0);
      assert.equal(out.plans.length, r.source.addOns);
      assert.ok(r.warnings.some((w) => w.includes('add-ons are imported as plans')));
    });

    it('trello: 1_000_000_000 is a number (and unlimited)', () => {
      const src = fixture('trello-2021.yml');
      assert.match(src, /1_000_000_000/);
      const out = assertValid('trello', importPricing2Yaml(src));
      const boards = out.features.find((f) => f.id === 'boards');
      assert.deepEqual(boards?.limits, {
        free: 10,
        standard: 'unlimited',
        premium: 'unlimited',
        enterprise: 'unlimited',
      });
    });

    it('box: .inf limits are unlimited', () => {
      const src = fixture('box-2019.yml');
      assert.match(src, /value: \.inf/);
      const out = assertValid('box', importPricing2Yaml(src));
      const storage = out.features.find((f) => f.id === 'secure-storage');
      assert.equal(storage?.limits?.enterprise, 'unlimited');
      assert.equal(storage?.limits?.starter, 100);
    });

    it('clockify: keeps the file order when the features follow it better than the prices', () => {
      const r = importPricing2Yaml(fixture('clockify-2020.yml'));
      const out = assertValid('clockify', r);
      assert.deepEqual(
        out.plans.map((p) => p.id),
        ['free', 'plus', 'premium', 'enterprise'],
      );
      assert.ok(r.warnings.some((w) => w.includes('file order')));
      // the packaging test then sees Enterprise priced below Premium, as the source says
      assert.ok(check(r.text).diagnostics.some((d) => d.rule === 'non-monotonic-price'));
    });

    it('microsoft 365: tags become categories', () => {
      const out = assertValid('m365', importPricing2Yaml(fixture('microsoft365Business-2025.yml')));
      const categories = new Set(out.features.map((f) => f.category));
      assert.ok(categories.size > 3);
      assert.ok(![...categories].every((c) => ['Core', 'Support', 'Integrations'].includes(c!)));
    });
  });

  describe('synthetic sources', () => {
    const base = (extra: string) => `syntaxVersion: '2.1'
saasName: "Acme: \\"quoted\\" # not a comment"
version: '2024'
features:
  share:
    valueType: BOOLEAN
    defaultValue: true
    type: DOMAIN
  sso:
    valueType: BOOLEAN
    defaultValue: false
    type: MANAGEMENT
  addonOnly:
    valueType: BOOLEAN
    defaultValue: false
    type: DOMAIN
usageLimits:
  boards:
    valueType: NUMERIC
    defaultValue: 3
    unit: board
    linkedFeatures: [share]
${extra}`;

    it('sorts plans by price, writes tricky text safely, places add-on-only features on the top plan', () => {
      const r = importPricing2Yaml(
        base(`plans:
  ENTERPRISE:
    price: Let's Talk
    features:
      sso: {value: true}
    usageLimits:
      boards: {value: 1_000_000_000}
  FREE:
    price: 0
    unit: /month
  TRUE:
    price: "$12"
    unit: user/month
    usageLimits:
      boards: {value: 50.5}
addOns:
  extra:
    price: 5
    features:
      addonOnly: {value: true}
`),
      );
      const out = assertValid('synthetic', r);
      assert.equal(out.product.name, 'Acme: "quoted" # not a comment');
      assert.deepEqual(
        out.plans.map((p) => [p.id, p.price]),
        [
          ['free', 0],
          ['true', 12],
          ['enterprise', 'contact-sales'],
        ],
      );
      const byId = new Map(out.features.map((f) => [f.id, f]));
      assert.deepEqual(byId.get('share')?.limits, { free: 3, true: 50, enterprise: 'unlimited' });
      assert.equal(byId.get('sso')?.plan, 'enterprise');
      assert.equal(byId.get('addon-only')?.plan, 'enterprise');
      assert.match(r.text, /# Only available as an add-on \(extra\)/);
      assert.ok(r.warnings.some((w) => w.includes('rounded down')));
    });

    it('a linked limit of 0 means the feature is off on that plan', () => {
      const out = assertValid(
        'zero',
        importPricing2Yaml(
          base(`plans:
  FREE:
    price: 0
    usageLimits:
      boards: {value: 0}
  PRO:
    price: 10
`),
        ),
      );
      assert.equal(out.features.find((f) => f.id === 'share')?.plan, 'pro');
    });

    it('syntax 1.x monthlyPrice is read', () => {
      const out = assertValid(
        'v1',
        importPricing2Yaml(
          base(`plans:
  BASIC:
    monthlyPrice: 7
    annualPrice: 70
`),
        ),
      );
      assert.equal(out.plans[0]?.price, 7);
    });

    it('no plans and no add-ons: one contact-sales plan holds the features', () => {
      const out = assertValid('none', importPricing2Yaml(base('plans: null\n')));
      assert.deepEqual(
        out.plans.map((p) => p.id),
        ['base'],
      );
    });

    it('rejects what is not Pricing2Yaml with a one-line reason', () => {
      const bad: [string, RegExp][] = [
        ['a: [1, 2', /invalid YAML at line \d/],
        ['- 1\n- 2\n', /top level is not a mapping/],
        ['version: 1\nproduct: {name: x}\n', /not a Pricing2Yaml file/],
        ['saasName: x\nfeatures: [1]\n', /`features` is not a mapping/],
        ['\u0000\u0001binary', /not a text file/],
        ['', /top level is not a mapping/],
      ];
      for (const [text, re] of bad) {
        assert.throws(
          () => importPricing2Yaml(text),
          (e: unknown) => e instanceof ImportError && re.test(e.message) && !e.message.includes('\n'),
          JSON.stringify(text),
        );
      }
    });
  });

  const corpus = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((d) => statSync(join(CORPUS, d)).isDirectory())
        .flatMap((d) => readdirSync(join(CORPUS, d)).map((f) => join(d, f)))
        .filter((f) => f.endsWith('.yml'))
        .sort()
    : [];

  describe('the shared corpus (../shared/corpus/pricing2yaml)', () => {
    if (corpus.length === 0) {
      // pending with its reason in the title, so the report says why rather than a bare "pending"
      it.skip(
        `SKIPPED: needs the 238-file corpus at ${CORPUS}, next to the repository (not in a clone; the fixtures above cover the importer)`,
      );
      return;
    }
    it('has the 238 files', () => assert.equal(corpus.length, 238));
    it('converts every file to a packaging file that check() accepts, counts preserved', () => {
      const failures: string[] = [];
      for (const f of corpus) {
        try {
          assertValid(f, importPricing2Yaml(readFileSync(join(CORPUS, f), 'utf8')));
        } catch (e) {
          failures.push(`${f}: ${(e as Error).message.split('\n')[0]}`);
        }
      }
      assert.deepEqual(failures, []);
    });
  });
});
