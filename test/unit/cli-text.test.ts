import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffStylish } from '../../src/cli/diff';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { displayWidth } from '../../src/cli/matrix/text';
import { check } from '../../src/core/check';
import { fixAll } from '../../src/core/edit/verify';
import { diffPackaging } from '../../src/core/interop/diff';
import { sideText } from '../../src/core/matrix/render/text';
import { buildMatrix } from '../../src/core/matrix/view-model';

// Issue 19.6: small CLI text defects, each reproduced and fixed.

const ROOT = path.resolve(__dirname, '../..');

async function run(args: string[], opts: { cwd?: string; tty?: boolean; columns?: number } = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: opts.cwd ?? ROOT,
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: opts.tty ?? false,
    env: {},
    ...(opts.columns ? { columns: opts.columns } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function inDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-text-'));
  for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dir, f), t);
  return dir;
}

const ONE_WARNING = `version: 1
product: {name: Acme}
growth: {freeOffer: freemium, freemiumGoals: [poc]}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
  - id: share
    plan: pro
    signals: {virality: true}
  - id: boards
    plan: free
    limits: {free: 3}
    signals: {ahaMoment: true, habitLoop: true}
`;

describe('CLI text defects (issue 19.6)', () => {
  it('the tool help’s -h, --help line is a whole sentence, not cut off', async () => {
    const r = await run(['--help']);
    const line = r.stdout.split('\n').find((l) => l.trimStart().startsWith('-h, --help'))!;
    assert.equal(
      line,
      '  -h, --help     this help (packaging-planner help COMMAND, or COMMAND --help, for one command)',
    );
  });

  it('one warning over --max-warnings says "1 warning"', async () => {
    // every warning rule but one switched off, so exactly one warning stays whatever the rules become
    const warnings = check(ONE_WARNING).diagnostics.filter((d) => d.severity === 'warning');
    assert.ok(warnings.length >= 1);
    const off = [...new Set(warnings.slice(1).map((d) => d.rule))]
      .filter((r) => r !== warnings[0]!.rule)
      .flatMap((r) => ['--rule', `${r}:off`]);
    const dir = inDir({ 'packaging.yaml': ONE_WARNING });
    try {
      const r = await run(['check', '--max-warnings', '0', ...off], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /^packaging-planner: 1 warning, more than --max-warnings 0$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing key’s message is a sentence: the key’s description is an aside', () => {
    const r = check('version: 1\nplans:\n  - {id: free, price: 0}\nfeatures: []\n');
    const d = r.diagnostics.find((x) => x.rule === 'schema')!;
    assert.equal(d.message, 'Missing required key `product` in the file (the product this file packages).');
    const v = check('product: {name: A}\nplans: []\nfeatures: []\n').diagnostics.find(
      (x) => x.rule === 'schema',
    )!;
    assert.equal(v.message, 'Missing required key `version` in the file (the format version: 1).');
  });

  it('a schema error in a feature does not hide its unknown plan; both are fixed in one run', () => {
    const text = `version: 1
product: {name: Acme}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
  - id: a
    plan: proo
    singals: {friction: true}
`;
    const r = check(text);
    const plan = r.diagnostics.find((d) => d.rule === 'unknown-plan')!;
    assert.ok(plan, JSON.stringify(r.diagnostics.map((d) => d.rule)));
    assert.equal(
      plan.message,
      '"a" is placed on plan "proo", which is not one of the plans. Did you mean "pro"?',
    );
    assert.equal(plan.feature, 'a');
    assert.deepEqual(plan.range, { start: { line: 7, character: 10 }, end: { line: 7, character: 14 } });
    assert.ok(r.diagnostics.some((d) => d.rule === 'schema' && /singals/.test(d.message)));
    const out = fixAll(text);
    assert.equal(out.text, text.replace('proo', 'pro').replace('singals', 'signals'));
    // a plan that is known is not reported for an invalid feature
    const known = text.replace('proo', 'pro');
    assert.ok(!check(known).diagnostics.some((d) => d.rule === 'unknown-plan'));
  });

  it('a feature on a valid plan that fails the schema is "not read", never "unknown plan"', () => {
    const text = `version: 1
product: {name: Acme}
plans:
  - {id: free, price: 0}
features:
  - id: c
    plan: free
    descripton: x
  - id: d
    plan: nowhere
`;
    // diff says the same of a new feature on an add-on that does not exist
    const withAddOn = `${text}  - id: e\n    addOn: nope\n`;
    assert.match(
      diffStylish(diffPackaging(check(text), check(withAddOn)), { base: 'a', head: 'b' }),
      /\+ added {5}e on add-on nope \(unknown add-on\)/,
    );
    const rows = buildMatrix(check(text)).groups.flatMap((g) => g.rows);
    assert.deepEqual(
      rows.map((r) => [r.id, sideText(r)]),
      [
        ['c', 'not read (schema)'],
        ['d', 'unknown plan'],
      ],
    );
  });

  it('the terminal matrix fits 80 columns: one block per feature when the table is wider', async () => {
    const wide = await run(['matrix', 'examples/suite/packaging.yaml'], { tty: true });
    assert.ok(
      wide.stdout.split('\n').some((l) => displayWidth(l) > 80),
      'the table is wider than 80',
    );
    const r = await run(['matrix', 'examples/suite/packaging.yaml'], { tty: true, columns: 80 });
    assert.equal(r.code, 0);
    for (const l of r.stdout.split('\n')) assert.ok(displayWidth(l) <= 80, `${displayWidth(l)}: ${l}`);
    assert.match(
      r.stdout,
      /\n {2}Slack and Teams integration\n {4}Free: — · Team: Included · Enterprise: Included\n {4}paid side · recommended free \(habit loop\) ≠\n {4}⚠ gated-growth-driver\n/,
    );
    // a terminal wide enough keeps the aligned table
    const roomy = await run(['matrix', 'examples/suite/packaging.yaml'], { tty: true, columns: 400 });
    assert.equal(roomy.stdout, wide.stdout);
  });
});
