import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { check } from '../../src/core/check';
import { removeAcceptEdit } from '../../src/core/edit/accept';
import {
  DEFAULT_FREE_LIMIT,
  DEFAULT_FREEMIUM_GOAL,
  suggestionsFor,
} from '../../src/core/edit/finding-suggestions';
import { fixesFor } from '../../src/core/edit/fixes';
import { applyEdits } from '../../src/core/edit/text-edits';
import { fixAll, verifiedEditsFor, verifiedFixesFor } from '../../src/core/edit/verify';

// Spec 5.1 (r3): a fix restores what the file plainly meant; a suggestion changes a packaging decision. Only a
// fix may be preferred, `check --fix` applies fixes only, and nothing is offered for an accepted finding.

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLES = readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => path.join(ROOT, 'examples', e.name, 'packaging.yaml'));

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

type Plain = Record<string, unknown>;
const list = (v: unknown): Plain[] => (Array.isArray(v) ? (v as Plain[]) : []);

/** Every packaging decision of a file, as plain data: placements, limits, prices, signals, decision records. */
function decisions(text: string) {
  const doc = parseYaml(text) as Plain;
  return {
    plans: list(doc.plans).map((p) => [p.id, p.price, p.salesAssisted ?? null]),
    addOns: list(doc.addOns).map((a) => [a.id, a.from ?? null, a.price ?? null]),
    features: list(doc.features).map((f) => ({
      id: f.id,
      plan: f.plan ?? null,
      addOn: f.addOn ?? null,
      limits: f.limits ?? null,
      signals: f.signals ?? null,
      accept: f.accept ?? null,
    })),
    growth: doc.growth ?? null,
    accept: doc.accept ?? null,
  };
}

const HEAD = `version: 1
product: {name: Acme}
growth: {freeOffer: freemium, freemiumGoals: [poc]}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
  - {id: enterprise, price: contact-sales}
features:
`;

describe('fixes vs suggestions (spec 5.1)', () => {
  it('every offered edit has a kind; only a fix is preferred; decisions are suggestions', () => {
    const text = `${HEAD}  - id: share
    plan: pro
    signals: {virality: true, ahaMoment: true}
  - id: sso
    plan: free
    signals: {friction: true}
  - id: boards
    plan: free
    signals: {virality: true, friction: true}
  - id: typo
    plan: proo
    signals: {friction: true}
  - id: key
    plan: pro
    singals: {friction: true}
`;
    const result = check(text);
    const kinds = new Map<string, Set<string>>();
    for (const d of result.diagnostics) {
      for (const e of [...fixesFor(text, result, d), ...suggestionsFor(text, result, d)]) {
        assert.ok(e.kind === 'fix' || e.kind === 'suggestion', e.title);
        assert.equal(e.preferred, e.kind === 'fix', `${d.rule}: "${e.title}"`);
        if (!kinds.has(d.rule)) kinds.set(d.rule, new Set());
        kinds.get(d.rule)!.add(e.kind);
      }
    }
    assert.deepEqual(Object.fromEntries([...kinds].map(([r, k]) => [r, [...k].sort()])), {
      'gated-growth-driver': ['suggestion'],
      'free-friction': ['suggestion'],
      'unwalled-growth-driver': ['suggestion'],
      'unknown-plan': ['fix'],
      schema: ['fix'],
    });
  });

  it('fixes: a missing `version: 1`, an unknown add-on id with a close one, an unused accept entry', () => {
    const noVersion = '# my product\nproduct: {name: Acme}\nplans:\n  - {id: free, price: 0}\nfeatures: []\n';
    const r1 = check(noVersion);
    const d1 = r1.diagnostics.find((d) => d.rule === 'schema' && /`version`/.test(d.message))!;
    const [v] = verifiedFixesFor(noVersion, r1, d1);
    assert.equal(v?.kind, 'fix');
    assert.equal(applyEdits(noVersion, v!.edits), noVersion.replace('product:', 'version: 1\nproduct:'));

    const addOn = `${HEAD.replace('features:\n', 'addOns:\n  - {id: ai, from: pro, price: 5}\nfeatures:\n')}  - id: x\n    addOn: "aii"\n`;
    const r2 = check(addOn);
    const d2 = r2.diagnostics.find((d) => d.rule === 'unknown-add-on')!;
    const [a] = verifiedFixesFor(addOn, r2, d2);
    assert.equal(a?.title, 'Change "aii" to "ai"');
    assert.equal(applyEdits(addOn, a!.edits), addOn.replace('addOn: "aii"', 'addOn: "ai"'));

    const unused = `${HEAD}  - id: x\n    plan: pro\n    signals: {friction: true}\n    accept:\n      viral-wall: fine\n`;
    const r3 = check(unused);
    const d3 = r3.diagnostics.find((d) => d.rule === 'unused-accept')!;
    const [u] = verifiedFixesFor(unused, r3, d3);
    assert.equal(u?.kind, 'fix');
    assert.equal(applyEdits(unused, u!.edits), unused.replace('    accept:\n      viral-wall: fine\n', ''));
    // switched off by the editor or the command line, the entry is idle, not dead: no fix, and --fix keeps it
    const off = { rules: { 'viral-wall': 'off' } };
    assert.deepEqual(fixesFor(unused, r3, d3, off), []);
    assert.equal(removeAcceptEdit(unused, r3, d3, off), undefined);
    assert.equal(fixAll(unused, off).text, unused);
    assert.equal(fixAll(unused).text, applyEdits(unused, u!.edits));
  });

  it('a misspelt enum value is a fix, quoted or not', () => {
    const text = `version: 1\nproduct: {name: Acme}\ngrowth: {freeOffer: "freemum", acquisition: produt-led}\nplans:\n  - {id: free, price: 0}\nfeatures: []\n`;
    const out = fixAll(text);
    assert.equal(out.fixed, 2);
    assert.equal(out.text, text.replace('"freemum"', '"freemium"').replace('produt-led', 'product-led'));
  });

  it('nothing, neither fix nor suggestion, is offered for an accepted finding', () => {
    const text = `${HEAD}  - id: share
    plan: pro
    signals: {virality: true, ahaMoment: true}
    accept:
      gated-growth-driver: Sharing is what teams pay for here.
  - id: export
    plan: pro
    accept: {unclassified-feature: Not a growth question.}
`;
    const result = check(text);
    const accepted = result.diagnostics.filter((d) => d.accepted !== undefined);
    assert.deepEqual(accepted.map((d) => d.rule).sort(), ['gated-growth-driver', 'unclassified-feature']);
    for (const d of accepted) {
      assert.deepEqual(fixesFor(text, result, d), []);
      assert.deepEqual(suggestionsFor(text, result, d), []);
      assert.deepEqual(verifiedEditsFor(text, result, d), []);
      // the same finding, not accepted, has a suggestion: the silence is the accept's doing
      const open = { ...d, accepted: undefined };
      assert.ok(suggestionsFor(text, result, open).length > 0, d.rule);
    }
  });

  it('no bulk action writes a default: fixAll never adds a limit, a goal, a plan or a move', () => {
    const text = `version: 1
product: {name: Acme}
growth: {freeOffer: trial, trialDays: 7, acquisition: product-led}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
  - id: boards
    plan: free
    signals: {virality: true, friction: true}
  - id: share
    plan: pro
    signals: {virality: true, ahaMoment: true}
  - id: typo
    plan: proo
    signals: {friction: true}
`;
    const result = check(text);
    const suggested = result.diagnostics.filter((d) => suggestionsFor(text, result, d).length > 0);
    assert.ok(suggested.length >= 3, suggested.map((d) => d.rule).join());
    const out = fixAll(text);
    assert.equal(out.fixed, 1);
    assert.equal(out.text, text.replace('plan: proo', 'plan: pro'));
    assert.ok(!out.text.includes(`free: ${DEFAULT_FREE_LIMIT}`) && !out.text.includes('limits'));
    assert.ok(!out.text.includes(DEFAULT_FREEMIUM_GOAL));
    assert.ok(out.suggestions >= 3, `${out.suggestions}`);
  });

  it('the fix and suggestion modules do not import each other (no cycle)', () => {
    const src = (f: string) => readFileSync(path.join(ROOT, 'src/core/edit', f), 'utf8');
    const imports = (f: string) => [...src(f).matchAll(/from '\.\/([\w-]+)'/g)].map((m) => m[1]);
    assert.ok(!imports('fixes.ts').includes('finding-suggestions'));
    assert.ok(!imports('fixes.ts').includes('verify'));
    assert.ok(!imports('finding-suggestions.ts').includes('fixes'));
  });
});

describe('check --fix on the examples changes no packaging decision', () => {
  for (const example of EXAMPLES) {
    const name = path.basename(path.dirname(example));
    it(`${name}: plans, add-ons, limits, prices, signals and accept entries are unchanged`, async () => {
      const original = readFileSync(example, 'utf8');
      const dir = mkdtempSync(path.join(tmpdir(), 'pp-fix-kinds-'));
      const file = path.join(dir, 'packaging.yaml');
      copyFileSync(example, file);
      const r = await run(['check', '--fix'], dir);
      const after = readFileSync(file, 'utf8');
      assert.deepEqual(decisions(after), decisions(original));
      assert.match(r.stderr, /; [1-9]\d* suggestions? left for a person/);
      // with a misspelt key and plan id, --fix restores them, and still decides nothing
      const typo = original
        .replace(/\n( +)signals:/, '\n$1singals:')
        .replace(/\n( +)plan: free\b/, '\n$1plan: fre');
      assert.notDeepEqual(decisions(typo), decisions(original));
      writeFileSync(file, typo);
      const t = await run(['check', '--fix'], dir);
      assert.match(t.stderr, /fixed 2 findings in 1 file/);
      assert.deepEqual(decisions(readFileSync(file, 'utf8')), decisions(original));
    });
  }
});
