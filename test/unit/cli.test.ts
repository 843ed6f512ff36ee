import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMMAND_HELP } from '../../src/cli/help';
import type { Io } from '../../src/cli/io';
import { COMMANDS, main } from '../../src/cli/main';

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ROOT = path.resolve(__dirname, '..', '..');

async function run(args: string[], cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const CLEAN = `version: 1
product: {name: Clean}
growth:
  acquisition: product-led
  retention: product-led
  freeOffer: freemium
  freemiumGoals: [indirect-monetization]
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
  - id: share
    plan: free
    signals: {virality: true, ahaMoment: true, habitLoop: true}
  - id: sso
    plan: pro
    signals: {friction: true}
`;
const WARN = CLEAN.replace('plan: free\n    signals: {virality', 'plan: pro\n    signals: {virality');
const ERROR = CLEAN.replace('plan: free\n', 'plan: nope\n');

// every workspace is removed when the tests end: nothing is left in /tmp
const workspaces: string[] = [];
after(() => {
  for (const d of workspaces) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-cli-'));
  workspaces.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

describe('CLI check', () => {
  it('exits 0 on the examples (no errors)', async () => {
    const r = await run(['check', 'examples']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /examples\/whiteboard\/packaging\.yaml/);
  });

  it('exits 0 with a clean file and prints a success line', async () => {
    const dir = workspace({ 'packaging.yaml': CLEAN });
    const r = await run(['check'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /1 file checked, no problems/);
  });

  it('exits 1 on an error, and on warnings over --max-warnings', async () => {
    const dir = workspace({ 'a/packaging.yaml': ERROR, 'b/packaging.yaml': WARN });
    assert.equal((await run(['check', 'a/packaging.yaml'], dir)).code, 1);
    assert.equal((await run(['check', 'b/packaging.yaml'], dir)).code, 0);
    assert.equal((await run(['check', 'b/packaging.yaml', '--max-warnings', '0'], dir)).code, 1);
    assert.equal((await run(['check', 'b/packaging.yaml', '--max-warnings=4'], dir)).code, 0);
  });

  it('--quiet prints errors only', async () => {
    const dir = workspace({ 'packaging.yaml': WARN });
    const r = await run(['check', '--quiet', '--format', 'json'], dir);
    assert.equal(JSON.parse(r.stdout).files[0].diagnostics.length, 0);
    const loud = await run(['check', '--format', 'json'], dir);
    assert.ok(JSON.parse(loud.stdout).files[0].warningCount > 0);
  });

  it('prints the JSON document of the spec, field for field, with 1-based positions', async () => {
    const dir = workspace({ 'p/packaging.yaml': WARN });
    const r = await run(['check', '--format', 'json'], dir);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ['files']);
    const f = json.files[0];
    assert.deepEqual(Object.keys(f), [
      'file',
      'errorCount',
      'warningCount',
      'infoCount',
      'acceptedCount',
      'diagnostics',
      'features',
    ]);
    assert.equal(f.file, 'p/packaging.yaml');
    const gated = f.diagnostics.find((d: { rule: string }) => d.rule === 'gated-growth-driver');
    assert.deepEqual(Object.keys(gated), ['rule', 'severity', 'message', 'feature', 'range']);
    assert.equal(gated.severity, 'warning');
    assert.equal(gated.feature, 'share');
    // `    plan: pro` is line 13; the value starts at column 11 and ends (exclusive) at 14.
    assert.deepEqual(gated.range, { start: { line: 13, column: 11 }, end: { line: 13, column: 14 } });
    assert.deepEqual(f.features, [
      {
        id: 'share',
        plan: 'pro',
        side: 'paid',
        recommendation: 'free',
        reasons: ['virality', 'ahaMoment', 'habitLoop'],
      },
      { id: 'sso', plan: 'pro', side: 'paid', recommendation: 'paid', reasons: ['friction'] },
    ]);
    const noFeature = f.diagnostics.find((d: { rule: string }) => d.rule === 'no-free-aha');
    assert.equal('feature' in noFeature, false);
  });

  it('side is null in JSON when the plan is unknown', async () => {
    const dir = workspace({ 'packaging.yaml': ERROR });
    const json = JSON.parse((await run(['check', '--format', 'json'], dir)).stdout);
    assert.equal(json.files[0].features[0].side, null);
  });

  it('finds packaging files, skipping node_modules and dot-folders', async () => {
    const dir = workspace({
      'packaging.yaml': CLEAN,
      'x/pricing.packaging.yml': CLEAN,
      'node_modules/y/packaging.yaml': ERROR,
      '.hidden/packaging.yaml': ERROR,
      'other.yaml': ERROR,
    });
    const json = JSON.parse((await run(['check', '--format', 'json'], dir)).stdout);
    assert.deepEqual(
      json.files.map((f: { file: string }) => f.file),
      ['packaging.yaml', 'x/pricing.packaging.yml'],
    );
  });

  it('expands globs', async () => {
    const dir = workspace({ 'a/packaging.yaml': CLEAN, 'b/c/packaging.yaml': CLEAN, 'b/other.yaml': CLEAN });
    const json = JSON.parse((await run(['check', '**/packaging.yaml', '--format', 'json'], dir)).stdout);
    assert.deepEqual(
      json.files.map((f: { file: string }) => f.file),
      ['a/packaging.yaml', 'b/c/packaging.yaml'],
    );
  });

  for (const [name, args, files, pattern] of [
    ['a missing file', ['check', 'nope.yaml'], {}, /nope\.yaml: no such file/],
    [
      'an unknown format',
      ['check', '--format', 'xml'],
      { 'packaging.yaml': CLEAN },
      /unknown --format "xml"/,
    ],
    [
      'an unknown option',
      ['check', '--frobnicate'],
      { 'packaging.yaml': CLEAN },
      /unknown option --frobnicate/,
    ],
    [
      'a bad --max-warnings',
      ['check', '--max-warnings', 'many'],
      { 'packaging.yaml': CLEAN },
      /--max-warnings/,
    ],
    [
      'a directory without packaging files',
      ['check', 'empty'],
      { 'empty/x.txt': 'x' },
      /empty: no packaging files/,
    ],
    [
      'a glob that matches nothing',
      ['check', '**/*.nothing.yaml'],
      { 'packaging.yaml': CLEAN },
      /matched no files/,
    ],
    ['no packaging file under cwd', ['check'], { 'x.txt': 'x' }, /no packaging files/],
    ['--format missing its value', ['check', '--format'], {}, /--format needs a value/],
    [
      '--format followed by another option',
      ['check', '--format', '--quiet'],
      { 'packaging.yaml': CLEAN },
      /--format needs a value/,
    ],
    ['no command at all', [], {}, /^Usage: packaging-planner COMMAND .*\n\nCommands:\n {2}check /],
    ['a directory given to matrix', ['matrix', 'd'], { 'd/x.txt': 'x' }, /d: is a directory/],
    ['a missing file given to import', ['import', 'no.yml'], {}, /no\.yml: no such file/],
    ['an unknown command', ['frob'], {}, /unknown command "frob"/],
    [
      'a binary file',
      ['check', 'bin.packaging.yaml'],
      { 'bin.packaging.yaml': Buffer.from([0x76, 0x3a, 0x0a, 0x00, 0x01]) },
      /bin\.packaging\.yaml: binary file.*line 2, column 1/,
    ],
    [
      'a non-UTF-8 file',
      ['check', 'latin.packaging.yaml'],
      { 'latin.packaging.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]) },
      /latin\.packaging\.yaml: not UTF-8 text.*line 1, column 4/,
    ],
  ] as const) {
    it(`exits 2 with a one-line message for ${name}`, async () => {
      const dir = workspace(files as Record<string, string | Buffer>);
      const r = await run([...args], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, pattern);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(r.stdout, '', 'nothing on stdout');
    });
  }

  it('--help lists every command with what it does, the exit codes, examples; --version the version', async () => {
    const top = await run(['--help']);
    assert.equal(top.code, 0);
    assert.equal(top.stderr, '');
    for (const c of Object.keys(COMMANDS))
      assert.match(top.stdout, new RegExp(`^  ${c} +${reEscape(COMMAND_HELP[c]!.summary)}$`, 'm'));
    for (const section of ['Usage:', 'Commands:', 'Options:', 'Exit codes', 'Examples:', 'Environment:'])
      assert.ok(top.stdout.includes(`\n${section}`), section);
    assert.match(top.stdout, /^ {2}2 {2}usage error/m);
    assert.match(top.stdout, /PACKAGING_PLANNER_DOCS_URL/);
    assert.equal((await run(['-h'])).stdout, top.stdout);
    assert.equal((await run(['help'])).stdout, top.stdout);
    // no command: the usage and the commands on stderr (stdout stays empty for pipes), exit 2
    const none = await run([]);
    assert.deepEqual([none.code, none.stdout], [2, '']);
    for (const c of Object.keys(COMMANDS)) assert.match(none.stderr, new RegExp(`^  ${c} `, 'm'));
    assert.match(none.stderr, /Run packaging-planner --help for options, exit codes and examples\.\n$/);
    for (const v of [await run(['--version']), await run(['-v'])]) {
      assert.equal(v.code, 0);
      assert.equal(
        v.stdout,
        `${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`,
      );
    }
  });

  it('help COMMAND and COMMAND --help: usage, description, every option of the usage line, exit codes, examples', async () => {
    for (const c of Object.keys(COMMANDS)) {
      const h = COMMAND_HELP[c];
      assert.ok(h, `${c} has no entry in src/cli/help.ts`);
      assert.ok(h.description.length > 40 && h.options.length > 0 && h.examples.length > 0, c);
      assert.ok(
        h.exitCodes.some(([code]) => code === 2),
        c,
      );
      const r = await run([c, '--help']);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(r.stdout.startsWith(`Usage: ${COMMANDS[c]!.usage}\n`), r.stdout);
      assert.equal((await run(['help', c])).stdout, r.stdout);
      assert.equal((await run([c, '-h'])).stdout, r.stdout);
      for (const section of ['\nOptions:\n', '\nExit codes:\n', '\nExamples:\n'])
        assert.ok(r.stdout.includes(section), c);
      const documented = h.options.map(([flags]) => flags).join(' ');
      for (const opt of COMMANDS[c]!.usage.match(/--[a-z-]+/g) ?? [])
        assert.ok(documented.includes(opt), `${c}: ${opt} is in the usage line but not under Options`);
    }
  });

  it('every example in the help parses: no unknown option, format or arity', async () => {
    const dir = workspace({ 'packaging.yaml': CLEAN, 'old.packaging.yaml': WARN });
    // lsp's example starts a server on this process's stdio; test/unit/lsp.test.ts drives it instead
    for (const c of Object.keys(COMMAND_HELP).filter((c) => c !== 'lsp'))
      for (const [line] of COMMAND_HELP[c]!.examples) {
        const argv = line
          .replace(/\s*>.*$/, '')
          .split(' ')
          .slice(1)
          .map((a) => a.replace(/^'(.*)'$/, '$1'));
        const r = await run(argv, dir);
        assert.doesNotMatch(
          r.stderr,
          /unknown option|unknown --|needs a value|takes exactly|Usage:/,
          `${line}\n${r.stderr}`,
        );
      }
  });

  it('help for an unknown command, and an unknown command, exit 2 with the closest command', async () => {
    for (const argv of [['help', 'matirx'], ['matirx']]) {
      const r = await run(argv);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(
        r.stderr,
        /unknown command "matirx"; did you mean "matrix"\?\nRun packaging-planner --help/,
      );
    }
    const proto = await run(['help', 'constructor']);
    assert.equal(proto.code, 2);
  });

  it('a usage error names the command, its usage and where its help is', async () => {
    const r = await run(['check', '--frmat', 'json']);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /^packaging-planner check: unknown option --frmat\nUsage: packaging-planner check .*\nRun packaging-planner help check for the options\.\n$/,
    );
  });

  it('a device that never ends is cut off, not read forever; /dev/null is an empty file', async function () {
    if (!existsSync('/dev/zero')) this.skip();
    const z = await run(['check', '/dev/zero']);
    assert.equal(z.code, 2);
    // refused by name before it is opened (issue 10): a device is not a packaging file
    assert.equal(z.stderr, 'packaging-planner: /dev/zero: is a device, not a file\n');
    // an empty file has no `version` (an error): the matrix shows what it can and exits 1
    const n = await run(['matrix', '/dev/null']);
    assert.equal(n.code, 1, n.stderr);
    assert.match(n.stdout, /^## Free\/paid matrix/);
    assert.match(n.stderr, /\/dev\/null has 1 error; `packaging-planner check \/dev\/null` lists them/);
  });

  it('paths with spaces, named or matched by a glob', async () => {
    const dir = workspace({ 'my dir/a b.packaging.yaml': WARN });
    for (const arg of ['my dir', 'my dir/a b.packaging.yaml', 'my*/*.yaml']) {
      const r = await run(['check', arg, '--format', 'json'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        JSON.parse(r.stdout).files.map((f: { file: string }) => f.file),
        ['my dir/a b.packaging.yaml'],
      );
    }
  });

  it('one unreadable file does not stop the others', async () => {
    const dir = workspace({ 'a.packaging.yaml': CLEAN, 'b.packaging.yaml': CLEAN });
    chmodSync(path.join(dir, 'b.packaging.yaml'), 0o000);
    const r = await run(['check', 'a.packaging.yaml', 'missing.packaging.yaml', '--format', 'json'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.packaging\.yaml: no such file/);
    assert.equal(JSON.parse(r.stdout).files.length, 1);
  });

  it('reports YAML syntax errors with positions and exits 1', async () => {
    const dir = workspace({ 'packaging.yaml': 'version: 1\nproduct: [\n' });
    const r = await run(['check', '--format', 'json'], dir);
    assert.equal(r.code, 1);
    const d = JSON.parse(r.stdout).files[0].diagnostics;
    assert.ok(d.length >= 1 && d.every((x: { rule: string }) => x.rule === 'syntax'));
    assert.ok(d[0].range.start.line >= 2);
  });

  it('the bundled bin runs (dist/cli.js) when built', function () {
    const bin = path.join(ROOT, 'dist', 'cli.js');
    try {
      readFileSync(bin);
    } catch {
      this.skip();
    }
    const r = spawnSync(process.execPath, [bin, 'check', 'examples', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).files.length >= 3, true);
    // a reader that stops early (| head) ends the CLI quietly, without an EPIPE stack trace
    const piped = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" check examples --format sarif | head -c 1 >/dev/null`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(piped.stderr, '');
    // a usage error thrown in a command's own file (dist/cli-check.js) is still a usage error, not an internal one
    const bad = spawnSync(process.execPath, [bin, 'check', 'examples', '--bogus'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(bad.status, 2);
    assert.doesNotMatch(bad.stderr, /internal error/);
    assert.match(
      bad.stderr,
      /^packaging-planner check: unknown option --bogus\nUsage: packaging-planner check /,
    );
    const badUrl = spawnSync(process.execPath, [bin, 'check', 'examples', '--format', 'markdown'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PACKAGING_PLANNER_DOCS_URL: 'ftp://nope' },
    });
    assert.equal(badUrl.status, 2);
    assert.doesNotMatch(badUrl.stderr, /internal error/);
  });
});

describe('CLI matrix', () => {
  async function matrix(args: string[], isTTY: boolean, cwd = ROOT) {
    let stdout = '';
    let stderr = '';
    const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY, env: {} };
    const code = await main(['matrix', ...args], io);
    return { code, stdout, stderr };
  }

  it('in a terminal: a plain-text table with aligned columns, no Markdown or HTML', async () => {
    const r = await matrix(['examples/suite/packaging.yaml'], true);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /<br>|\*\*|\| ---|^#|_\(planned\)_/m);
    assert.match(r.stdout, /^Free\/paid matrix — Northwind Service Suite$/m);
    const lines = r.stdout.split('\n');
    const head = lines.findIndex((l) => l.startsWith('Feature '));
    assert.ok(head > 0);
    // every column starts where its header does: the rule under the header marks them
    const rule = lines[head + 2]!;
    assert.match(rule, /^─+( {2}─+)+$/);
    const starts = [...rule.matchAll(/─+/g)].map((m) => m.index!);
    const row = lines.find((l) => l.startsWith('Slack and Teams integration'))!;
    for (const [i, cell] of [
      '—',
      'Included',
      'Included',
      'paid',
      '≠ free (habit loop)',
      '⚠ gated-growth-driver',
    ].entries())
      assert.equal(row.slice(starts[i + 1]).split('  ')[0], cell, `column ${i + 1} of: ${row}`);
    assert.match(r.stdout, /Team {2,}.*\n {10,}.*\$29 \/ seat \/ month/);
    assert.match(r.stdout, /Mobile app for requesters \(planned\)/);
    assert.match(r.stdout, /^≠ marks a recommendation that disagrees/m);
  });

  it('into a pipe, or with --format markdown: Markdown; --format text forces the table', async () => {
    const piped = await matrix(['examples/suite/packaging.yaml'], false);
    assert.match(piped.stdout, /^## Free\/paid matrix/);
    assert.match(piped.stdout, /<br>\$29/);
    assert.equal(
      (await matrix(['examples/suite/packaging.yaml', '--format', 'markdown'], true)).stdout,
      piped.stdout,
    );
    const text = await matrix(['examples/suite/packaging.yaml', '--format', 'text'], false);
    assert.equal(text.stdout, (await matrix(['examples/suite/packaging.yaml'], true)).stdout);
  });

  it('a file with errors: prints what it can, says so on stderr, exits 1', async () => {
    const dir = workspace({ 'packaging.yaml': ERROR, 'broken.packaging.yaml': 'version: 1\nproduct: [\n' });
    for (const isTTY of [true, false]) {
      const r = await matrix(['packaging.yaml'], isTTY, dir);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /share/);
      assert.match(
        r.stderr,
        /^packaging-planner: packaging\.yaml has 1 error; `packaging-planner check packaging\.yaml` lists them\n$/,
      );
      const s = await matrix(['broken.packaging.yaml'], isTTY, dir);
      assert.equal(s.code, 1);
      assert.match(s.stdout, /YAML syntax errors; fix them to see the matrix/);
    }
    assert.equal((await matrix(['packaging.yaml', '--format', 'json'], false, dir)).code, 1);
  });

  it('names from the file cannot break the text table (control characters, line breaks)', async () => {
    const dir = workspace({
      'packaging.yaml': CLEAN.replace(
        '  - id: share\n',
        '  - id: share\n    name: "Sh\\u001b[31mare\\nboards"\n',
      ),
    });
    const r = await matrix(['packaging.yaml'], true, dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('\u001b'));
    assert.match(r.stdout, /^Sh \[31mare boards {2}/m);
  });
});
