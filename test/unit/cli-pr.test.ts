import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../src/cli/action';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { check } from '../../src/core/check';
import { diffPackaging, moveVerdict } from '../../src/core/interop/diff';
import { RULES } from '../../src/core/rules';
import { tables } from './helpers/formats';

const ROOT = path.resolve(__dirname, '..', '..');

function fakeIo(cwd: string, env: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '' };
  const io: Io = {
    cwd,
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    isTTY: false,
    env,
  };
  return { io, out };
}

async function run(args: string[], cwd = ROOT) {
  const { io, out } = fakeIo(cwd);
  const code = await main(args, io);
  return { code, ...out };
}

// every workspace is removed when the tests end: nothing is left in /tmp
const workspaces: string[] = [];
after(() => {
  for (const d of workspaces) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-pr-'));
  workspaces.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** One line on stderr naming the argument, nothing on stdout, no stack trace. */
function assertUsageError(r: { code: number; stdout: string; stderr: string }, mention: RegExp) {
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, mention);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
  assert.equal(r.stderr.trimEnd().split('\n')[0]!.length > 0, true);
}

const BASE = `version: 1
product: {name: Boards}
growth: {freemiumGoals: [poc]}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
  - {id: ent, price: contact-sales}
features:
  - id: share
    plan: pro
    signals: {virality: true}
  - id: sso
    plan: free
    signals: {friction: true}
  - id: boards
    plan: free
    unit: boards
    limits: {free: 3}
    signals: {ahaMoment: true, habitLoop: true}
  - id: old
    plan: ent
`;
const HEAD = BASE.replace('id: share\n    plan: pro', 'id: share\n    plan: free')
  .replace('id: sso\n    plan: free', 'id: sso\n    plan: ent')
  .replace('limits: {free: 3}', 'limits: {free: 10, pro: 100}')
  .replace('{id: pro, price: 10}', '{id: pro, price: 12}')
  .replace('  - id: old\n    plan: ent\n', '  - id: audit\n    plan: ent\n    signals: {friction: true}\n');

describe('diff (core)', () => {
  const d = diffPackaging(check(BASE), check(HEAD));

  it('features added and removed', () => {
    assert.deepEqual(
      d.added.map((f) => f.id),
      ['audit'],
    );
    assert.deepEqual(
      d.removed.map((f) => f.id),
      ['old'],
    );
  });

  it('moves between plans, with or against the packaging test', () => {
    assert.deepEqual(
      d.moved.map((m) => [m.id, m.fromPlan, m.toPlan, m.verdict]),
      [
        ['share', 'pro', 'free', 'with'],
        ['sso', 'free', 'ent', 'with'],
      ],
    );
    const back = diffPackaging(check(HEAD), check(BASE));
    assert.deepEqual(
      back.moved.map((m) => m.verdict),
      ['against', 'against'],
    );
    assert.equal(moveVerdict('unclassified', 'free', 'paid'), 'neutral');
    assert.equal(moveVerdict('free', 'paid', 'paid'), 'neutral');
  });

  it('limits and prices changed', () => {
    assert.deepEqual(
      d.limits.map((l) => [
        l.feature,
        l.plan,
        l.from,
        l.to,
        l.kind,
        l.percent,
        l.verdict.direction,
        l.verdict.basis,
      ]),
      [
        // boards is recommended free: a looser free wall moves with the test, a new wall on Pro against it
        ['boards', 'free', 3, 10, 'loosened', 233.3, 'with', 'packaging test'],
        ['boards', 'pro', 'unlimited', 100, 'wall-added', undefined, 'against', 'packaging test'],
      ],
    );
    // Pro is the self-serve upgrade of a product-led model: a dearer first paywall is against it
    assert.deepEqual(
      d.prices.map((p) => [p.plan, p.from, p.to, p.percent, p.verdict.direction, p.verdict.basis]),
      [['pro', 10, 12, 20, 'against', 'growth model']],
    );
  });

  it('diagnostics new and resolved, matched by rule, feature and message (not position)', () => {
    assert.ok(d.resolvedDiagnostics.some((x) => x.rule === 'gated-growth-driver' && x.feature === 'share'));
    assert.ok(d.resolvedDiagnostics.some((x) => x.rule === 'free-friction' && x.feature === 'sso'));
    assert.ok(d.resolvedDiagnostics.some((x) => x.rule === 'unclassified-feature' && x.feature === 'old'));
    assert.ok(!d.newDiagnostics.some((x) => x.rule === 'missing-growth-model'));
    // the same file shifted down by a comment: nothing new, nothing resolved
    const same = diffPackaging(check(BASE), check(`# moved down\n\n${BASE}`));
    assert.deepEqual([same.newDiagnostics, same.resolvedDiagnostics, same.moved], [[], [], []]);
  });

  it('a missing base: everything is added', () => {
    const n = diffPackaging(undefined, check(BASE));
    assert.equal(n.baseMissing, true);
    assert.equal(n.added.length, 4);
    assert.equal(n.prices.length, 3);
  });
});

describe('diff (CLI)', () => {
  it('BASE HEAD: stylish, json and markdown; exit 0 when HEAD has no errors', async () => {
    const dir = workspace({ 'base.packaging.yaml': BASE, 'head.packaging.yaml': HEAD });
    const s = await run(['diff', 'base.packaging.yaml', 'head.packaging.yaml'], dir);
    assert.equal(s.code, 0, s.stderr);
    assert.match(
      s.stdout,
      /~ moved\s+share: pro → free — with the packaging test: paid → free side, recommended free/,
    );
    assert.match(
      s.stdout,
      /~ limit\s+boards on free: 3 boards → 10 boards, wall loosened \(\+233\.3%\) — with the packaging test/,
    );
    assert.match(s.stdout, /~ price\s+pro: \$10 → \$12 \(\+20%\) — against the growth model/);
    const j = await run(['diff', 'base.packaging.yaml', 'head.packaging.yaml', '--format', 'json'], dir);
    const doc = JSON.parse(j.stdout);
    assert.equal(doc.base, 'base.packaging.yaml');
    assert.equal(doc.head, 'head.packaging.yaml');
    assert.deepEqual(Object.keys(doc.headCounts), ['errors', 'warnings', 'infos']);
    assert.equal(doc.moved.length, 2);
    assert.ok(doc.resolvedDiagnostics.every((x: { line: number }) => x.line >= 1));
    const m = await run(['diff', 'base.packaging.yaml', 'head.packaging.yaml', '--format', 'markdown'], dir);
    const moved = tables(m.stdout).find((t) => t.header[0] === 'Feature' && t.header[1] === 'From')!;
    assert.deepEqual(
      moved.rows.map((r) => r.slice(0, 3)),
      [
        ['share', 'pro', 'free'],
        ['sso', 'free', 'ent'],
      ],
    );
  });

  it('exits 1 when the HEAD file has errors', async () => {
    const dir = workspace({ 'a.yaml': BASE, 'b.yaml': BASE.replace('plan: ent', 'plan: enterprize') });
    const r = await run(['diff', 'a.yaml', 'b.yaml'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /! new\s+error unknown-plan/);
  });

  it('FILE --base REF compares with the version at a git ref; a file new since then is all added', async function () {
    this.timeout(20000);
    const dir = workspace({ 'packaging.yaml': BASE });
    const git = (...a: string[]) =>
      execFileSync('git', a, {
        cwd: dir,
        stdio: 'pipe',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t',
        },
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(path.join(dir, 'packaging.yaml'), HEAD);
    writeFileSync(path.join(dir, 'new.packaging.yaml'), BASE);
    const r = await run(['diff', 'packaging.yaml', '--base', 'HEAD', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.base, 'HEAD:packaging.yaml');
    assert.equal(doc.moved.length, 2);
    const n = await run(['diff', 'new.packaging.yaml', '--base', 'HEAD', '--format', 'json'], dir);
    assert.equal(JSON.parse(n.stdout).baseMissing, true);
    assertUsageError(
      await run(['diff', 'packaging.yaml', '--base', 'no-such-branch'], dir),
      /--base no-such-branch: no such git ref/,
    );
    assertUsageError(await run(['diff', 'packaging.yaml', '--base', '--upload-pack=x'], dir), /--base/);
  });

  it('bad input: missing file, wrong arity, unknown format, not a git repository', async () => {
    const dir = workspace({ 'a.yaml': BASE });
    assertUsageError(await run(['diff', 'a.yaml', 'missing.yaml'], dir), /missing\.yaml: no such file/);
    assertUsageError(await run(['diff', 'a.yaml'], dir), /diff takes BASE and HEAD/);
    assertUsageError(
      await run(['diff', 'a.yaml', 'a.yaml', '--format', 'xml'], dir),
      /unknown --format "xml"/,
    );
    assertUsageError(await run(['diff', 'a.yaml', '--base', 'HEAD'], dir), /not inside a git repository/);
  });
});

describe('schema, explain, import, matrix (CLI)', () => {
  it('schema prints the JSON Schema', async () => {
    const r = await run(['schema']);
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    assert.equal(s.type, 'object');
    assert.deepEqual(s, JSON.parse(readFileSync(path.join(ROOT, 'schemas/packaging.schema.json'), 'utf8')));
  });

  it('explain prints every rule doc; an unknown rule exits 2 with a suggestion', async () => {
    for (const rule of RULES) {
      const r = await run(['explain', rule.id]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, readFileSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8'));
    }
    assertUsageError(
      await run(['explain', 'viral-wal']),
      /unknown rule "viral-wal"; did you mean "viral-wall"\?/,
    );
    assertUsageError(await run(['explain', '../../package']), /unknown rule/);
    const list = await run(['explain', '--list']);
    assert.equal(list.stdout.trim().split('\n').length, RULES.length);
  });

  it('import prints a packaging file and notes on stderr; bad input exits 2', async () => {
    const r = await run(['import', 'test/fixtures/pricing2yaml/planable-2019.yml']);
    assert.equal(r.code, 0);
    assert.equal(check(r.stdout).diagnostics.filter((d) => d.severity === 'error').length, 0);
    assert.match(r.stderr, /^packaging-planner: test\/fixtures\/pricing2yaml\/planable-2019\.yml: note: /);
    const dir = workspace({ 'bin.yml': Buffer.from([0, 1, 2]), 'list.yml': '- 1\n', 'bad.yml': 'a: [' });
    assertUsageError(await run(['import', 'nope.yml'], dir), /nope\.yml: no such file/);
    assertUsageError(await run(['import', 'bin.yml'], dir), /bin\.yml: binary file/);
    assertUsageError(await run(['import', 'list.yml'], dir), /list\.yml: not a Pricing2Yaml file/);
    assertUsageError(
      await run(['import', 'bad.yml'], dir),
      /bad\.yml: invalid YAML at line \d: unexpected end/,
    );
    assertUsageError(await run(['import', '.'], dir), /is a directory/);
  });

  it('matrix renders every format; bad input exits 2', async () => {
    const f = 'examples/whiteboard/packaging.yaml';
    for (const [fmt, re] of [
      ['markdown', /^## Free\/paid matrix/],
      ['html', /^<!doctype html>/],
      ['csv', /^category,feature,/],
      ['json', /^\{\n {2}"product"/],
    ] as const) {
      const r = await run(['matrix', f, '--format', fmt]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, re);
    }
    // positions in the JSON are the CLI's: 1-based {line, column}, like check --format json
    const j = JSON.parse((await run(['matrix', f, '--format', 'json'])).stdout);
    const row = j.groups[0].rows[0];
    const text = readFileSync(path.join(ROOT, f), 'utf8').split('\n');
    const { start, end } = row.planRange;
    assert.deepEqual(Object.keys(start), ['line', 'column']);
    assert.equal(text[start.line - 1]!.slice(start.column - 1, end.column - 1), row.plan);
    assert.doesNotMatch(JSON.stringify(j), /"character"/);
    assertUsageError(await run(['matrix', 'nope.yaml']), /nope\.yaml: no such file/);
    assertUsageError(await run(['matrix', f, '--format', 'pdf']), /unknown --format "pdf"/);
    assertUsageError(await run(['matrix']), /exactly one FILE/);
  });
});

describe('GitHub Action entry', () => {
  const CLEAN = readFileSync(path.join(ROOT, 'examples/whiteboard/packaging.yaml'), 'utf8');

  function actionEnv(dir: string, inputs: Record<string, string>) {
    const summary = path.join(dir, 'summary.md');
    const output = path.join(dir, 'output.txt');
    writeFileSync(summary, '');
    writeFileSync(output, '');
    const env: Record<string, string> = {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      GITHUB_REPOSITORY: 'acme/boards',
      GITHUB_SHA: 'deadbeef',
      GITHUB_EVENT_NAME: 'pull_request',
      RUNNER_TEMP: dir,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    return { env, summary, output };
  }

  it('annotates, writes the step summary, SARIF and outputs; exit 0 without errors', () => {
    const dir = workspace({ 'product/packaging.yaml': CLEAN, 'other/x.packaging.yaml': BASE });
    const { env, summary, output } = actionEnv(dir, {
      paths: 'product\nother',
      sarif: 'out/pp.sarif',
      'max-warnings': '-1',
    });
    const { io, out } = fakeIo('/', env);
    const r = runAction(io);
    assert.equal(r.exitCode, 0, out.stdout);
    assert.match(
      out.stdout,
      /^::warning file=product\/packaging\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/m,
    );
    assert.match(readFileSync(summary, 'utf8'), /^## Packaging Planner/);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'out/pp.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const outputs = Object.fromEntries(
      readFileSync(output, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split('=') as [string, string]),
    );
    assert.equal(outputs.files, '2');
    assert.equal(Number(outputs.warnings), r.warnings);
    assert.equal(outputs.sarif, 'out/pp.sarif');
  });

  it('fails on errors and over max-warnings; bad inputs are one ::error:: line and exit 2', () => {
    const dir = workspace({ 'packaging.yaml': CLEAN });
    assert.equal(runAction(fakeIo('/', actionEnv(dir, { 'max-warnings': '0' }).env).io).exitCode, 1);
    const bad = workspace({ 'packaging.yaml': BASE.replace('plan: ent', 'plan: nope') });
    assert.equal(runAction(fakeIo('/', actionEnv(bad, {}).env).io).exitCode, 1);
    const badInputs: Record<string, string>[] = [
      { format: 'xml' },
      { 'max-warnings': 'many' },
      { paths: 'nowhere/*.yaml' },
    ];
    for (const inputs of badInputs) {
      const { io, out } = fakeIo('/', actionEnv(dir, inputs).env);
      assert.equal(runAction(io).exitCode, 2);
      assert.match(out.stdout, /^::error title=packaging-planner::.+\n$/);
    }
  });

  it('diff-base writes the Markdown diff of each changed file for a PR comment', function () {
    this.timeout(20000);
    const dir = workspace({ 'packaging.yaml': BASE });
    const git = (...a: string[]) =>
      execFileSync('git', a, {
        cwd: dir,
        stdio: 'pipe',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t',
        },
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(path.join(dir, 'packaging.yaml'), HEAD);
    const { env, summary, output } = actionEnv(dir, { 'diff-base': 'HEAD' });
    const { io, out } = fakeIo('/', env);
    assert.equal(runAction(io).exitCode, 0, out.stdout);
    const md = readFileSync(path.join(dir, 'packaging-diff.md'), 'utf8');
    assert.match(md, /^## Packaging changes: packaging\.yaml/);
    assert.match(md, /### Moved between plans/);
    assert.match(readFileSync(summary, 'utf8'), /### Moved between plans/);
    assert.match(readFileSync(output, 'utf8'), /^diff=packaging-diff\.md$/m);
    const bad = fakeIo('/', actionEnv(dir, { 'diff-base': 'nope' }).env);
    assert.equal(runAction(bad.io).exitCode, 2);
    assert.match(
      bad.out.stdout,
      /::error title=packaging-planner::input diff-base: --base nope: no such git ref/,
    );
  });

  it('the committed bundle (action/dist/index.js) runs with only the runner environment', function () {
    const bundle = path.join(ROOT, 'action/dist/index.js');
    if (!existsSync(bundle)) this.skip();
    this.timeout(20000);
    const dir = workspace({ 'packaging.yaml': CLEAN });
    const { env, summary } = actionEnv(dir, { sarif: 'pp.sarif' });
    const r = spawnSync(process.execPath, [bundle], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /::warning file=packaging\.yaml/);
    assert.match(readFileSync(summary, 'utf8'), /Free\/paid matrix/);
    assert.ok(existsSync(path.join(dir, 'pp.sarif')));
  });
});
