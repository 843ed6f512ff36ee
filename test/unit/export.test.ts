import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// The real client: the ISA group's Pricing2Yaml parser (devDependency).
import { retrievePricingFromYaml } from 'pricing4ts';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { check } from '../../src/core/check';
import { ExportError, exportPricing2Yaml } from '../../src/core/interop/export/pricing2yaml';
import { importPricing2Yaml } from '../../src/core/interop/import/pricing2yaml';

const FIXTURES = resolve(__dirname, '../fixtures/pricing2yaml');
const CORPUS = resolve(__dirname, '../../../shared/corpus/pricing2yaml');
const OPTIONS = { createdAt: '2025-06-01' };

/** What a round trip must keep: plans with prices, add-ons with prices and `from`, features with their place, limits. */
function shape(text: string) {
  const m = check(text).model!;
  const fmtLimits = (l: Readonly<Record<string, number | 'unlimited'>>) =>
    JSON.stringify(Object.entries(l).filter(([, v]) => v !== 'unlimited'));
  return {
    plans: m.plans.map((p) => `${p.id} ${p.price} ${p.per ?? '-'} ${p.period ?? '-'} ${p.minSeats ?? '-'}`),
    addOns: m.addOns.map((a) => `${a.id} ${a.price} ${a.from} ${a.per ?? '-'}`),
    features: m.features.map(
      (f) =>
        `${f.id} ${f.addOn ? `addOn:${f.addOn}` : `plan:${f.plan}`} ${f.unit ?? '-'} ${fmtLimits(f.limits)}`,
    ),
    addOnIds: new Set(m.addOns.map((a) => a.id)),
  };
}

/** import -> export -> (pricing4ts parses it) -> import: the same plans, add-ons, features, limits and prices. */
function roundTrip(name: string, source: string): void {
  const first = importPricing2Yaml(source).text;
  const exported = exportPricing2Yaml(first, OPTIONS);
  const parsed = retrievePricingFromYaml(exported.text);
  assert.ok(Object.keys(parsed.plans ?? {}).length > 0, `${name}: pricing4ts reads the plans`);
  const a = shape(first);
  const b = shape(importPricing2Yaml(exported.text).text);
  assert.deepEqual(b.plans, a.plans, `${name}: plans`);
  assert.deepEqual(b.addOns, a.addOns, `${name}: add-ons`);
  // an add-on that sells no listed feature is exported with one named after it (pricing4ts wants one)
  const extra = b.features.filter((f) => !a.features.includes(f));
  assert.deepEqual(
    extra.filter((f) => !b.addOnIds.has(f.split(' ')[0]!)),
    [],
    `${name}: no feature added`,
  );
  assert.deepEqual(
    a.features.filter((f) => !b.features.includes(f)),
    [],
    `${name}: every feature kept with its place, unit and limits`,
  );
}

describe('export: Pricing2Yaml', () => {
  it('writes plans, add-ons, features, usage limits and minSeats that pricing4ts parses', () => {
    const text = `version: 1
product: {name: Acme Boards, url: https://acme.example}
growth: {acquisition: product-led}
plans:
  - {id: free, name: Free, price: 0}
  - {id: pro, name: Pro, price: 10, per: seat, period: month, minSeats: 3}
  - {id: constructor, name: Enterprise, price: 40, per: seat, period: month, salesAssisted: true}
addOns:
  - {id: ai-assistant, name: AI assistant, price: 8, per: seat, period: month, from: pro}
  - {id: ai, price: 2}
features:
  - id: boards
    name: Boards
    plan: free
    unit: boards
    limits: {free: 3, pro: 0.5}
    signals: {virality: true}
    rationale: Sharing is how boards reach new teams.
  - {id: to-string, name: SSO, plan: constructor, category: Management}
  - {id: summaries, name: AI summaries, addOn: ai-assistant}
`;
    const r = exportPricing2Yaml(text, OPTIONS);
    const p = retrievePricingFromYaml(r.text);
    assert.deepEqual(Object.keys(p.plans ?? {}), ['Free', 'Pro', 'constructor']);
    assert.equal(p.plans!.Pro!.price, 10);
    assert.equal(p.plans!.Pro!.unit, 'user/month');
    assert.deepEqual(p.addOns!['AI assistant']!.availableFor, ['Pro', 'constructor']);
    // a name that does not slugify to the id: the id is the key, so an import gives the same id
    assert.equal(p.addOns!['AI assistant']!.features!.summaries!.value, true);
    // pricing4ts wants names of 3 characters or more; an add-on selling nothing gets a feature of its own
    assert.ok(p.addOns!['ai-add-on']);
    assert.ok(r.warnings.some((w) => /shorter than 3 characters were lengthened: ai/.test(w)));
    assert.equal(p.usageLimits!['Boards limit']!.defaultValue, 3);
    assert.equal(p.plans!.Pro!.usageLimits!['Boards limit']!.value, 0.5);
    assert.equal(p.features!['to-string']!.type, 'MANAGEMENT');
    assert.ok(r.warnings.some((w) => /signals on 1 feature dropped/.test(w)));
    assert.ok(r.warnings.some((w) => /rationale on 1 feature dropped/.test(w)));
    assert.ok(r.warnings.some((w) => /growth model dropped/.test(w)));
    // and back: ids, minSeats, salesAssisted, decimal limits
    const back = check(importPricing2Yaml(r.text).text).model!;
    assert.deepEqual(
      back.plans.map((x) => [x.id, x.price, x.minSeats, x.salesAssisted]),
      [
        ['free', 0, undefined, false],
        ['pro', 10, 3, false],
        ['constructor', 40, undefined, true],
      ],
    );
    const byId = new Map(back.features.map((f) => [f.id, f]));
    assert.deepEqual({ ...byId.get('boards')?.limits }, { free: 3, pro: 0.5, constructor: 'unlimited' });
    assert.equal(byId.get('to-string')?.plan, 'constructor');
    assert.equal(byId.get('summaries')?.addOn, 'ai-assistant');
  });

  it('refuses what is not a packaging file', () => {
    assert.throws(() => exportPricing2Yaml('a: [1, 2', OPTIONS), ExportError);
    assert.throws(
      () => exportPricing2Yaml('version: 1\nproduct: {name: x}\nplans: []\nfeatures: []\n', OPTIONS),
      ExportError,
    );
  });

  it('CLI: export FILE --format pricing2yaml prints the file, notes on stderr; bad input exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-export-'));
    writeFileSync(
      join(dir, 'packaging.yaml'),
      importPricing2Yaml(readFileSync(join(FIXTURES, 'zoom-2025.yml'), 'utf8')).text,
    );
    const run = async (args: string[]) => {
      const out = { stdout: '', stderr: '' };
      const io: Io = {
        cwd: dir,
        stdout: (x) => (out.stdout += x),
        stderr: (x) => (out.stderr += x),
        isTTY: false,
        env: {},
      };
      return { code: await main(args, io), ...out };
    };
    const ok = await run(['export', 'packaging.yaml', '--format', 'pricing2yaml', '--currency', 'EUR']);
    assert.equal(ok.code, 0, ok.stderr);
    const parsed = retrievePricingFromYaml(ok.stdout);
    assert.equal(parsed.currency, 'EUR');
    assert.equal(Object.keys(parsed.addOns ?? {}).length, 14);
    assert.match(ok.stderr, /note: packaging\.yaml has no currency: written as EUR/);
    assert.equal((await run(['export', 'packaging.yaml', '--format', 'csv'])).code, 2);
    assert.equal((await run(['export', 'missing.yaml'])).code, 2);
  });

  describe('round trip on the fixtures', () => {
    for (const f of readdirSync(FIXTURES).filter((x) => x.endsWith('.yml')))
      it(f, () => roundTrip(f, readFileSync(join(FIXTURES, f), 'utf8')));
  });

  describe('round trip on the shared corpus', () => {
    const corpus = existsSync(CORPUS)
      ? readdirSync(CORPUS)
          .filter((d) => statSync(join(CORPUS, d)).isDirectory())
          .flatMap((d) => readdirSync(join(CORPUS, d)).map((f) => join(d, f)))
          .filter((f) => f.endsWith('.yml'))
      : [];
    before(function () {
      if (corpus.length === 0) {
        console.log('      (skipped: ../shared/corpus/pricing2yaml is not next to the repository)');
        this.skip();
      }
    });
    it('every file: import -> export (pricing4ts parses it) -> import keeps plans, add-ons, features, limits, prices', function () {
      this.timeout(120_000); // 238 files through three tools: seconds, far more on a loaded machine
      const failures: string[] = [];
      for (const f of corpus) {
        try {
          roundTrip(f, readFileSync(join(CORPUS, f), 'utf8'));
        } catch (e) {
          failures.push(`${f}: ${(e as Error).message.split('\n')[0]}`);
        }
      }
      assert.deepEqual(failures, []);
    });
  });
});
