import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { globMatcher } from '../../src/cli/files';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';

// Issue 10, group 7: the CLI never hangs or crashes on its arguments.

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const CLEAN = `version: 1
product: {name: A}
growth: {freeOffer: freemium, freemiumGoals: [poc]}
plans:
  - {id: free, price: 0}
features:
  - {id: x, plan: free, signals: {ahaMoment: true, habitLoop: true}}
`;

describe('CLI files and globs (issue 10, group 7)', () => {
  it('an explicit FIFO with no writer is refused by name, without hanging', async function () {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-fifo-'));
    const fifo = path.join(dir, 'packaging.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    const r = await run(['check', fifo], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /named pipe \(FIFO\)/);
  });

  it('globs: several `*` against a long name stay fast; `{*}` works; braces and `**` as before', () => {
    const long = `${'a'.repeat(5000)}b`;
    const t = performance.now();
    assert.equal(globMatcher('*a*a*a*a*a*a*a*c')(long), false);
    assert.ok(performance.now() - t < 1000);
    assert.equal(globMatcher('{*}')('packaging.yaml'), true);
    assert.equal(globMatcher('{*}')('dir/packaging.yaml'), false);
    const m = globMatcher('**/*.{packaging.yaml,pkg.yml}');
    assert.equal(m('a/b/x.packaging.yaml'), true);
    assert.equal(m('x.pkg.yml'), true);
    assert.equal(m('x.yaml'), false);
    assert.equal(globMatcher('a/**/b?.yaml')('a/b1.yaml'), true);
    assert.equal(globMatcher('a/**/b?.yaml')('a/x/y/b1.yaml'), true);
    assert.equal(globMatcher('a/*.yaml')('a/x/b.yaml'), false);
    assert.equal(globMatcher('a**')('a/x/b.yaml'), true);
  });

  it('the CLI accepts `{*}` as a glob (no "Invalid regular expression")', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-glob-'));
    writeFileSync(path.join(dir, 'packaging.yaml'), CLEAN);
    const r = await run(['check', '{*}.yaml'], dir);
    assert.notEqual(r.code, 2, r.stderr);
    assert.match(r.stdout, /^packaging\.yaml$/m);
    assert.doesNotMatch(r.stderr, /internal error/);
  });

  it('symlinked packaging files are followed once in a directory walk; a loop is reported', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-link-'));
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'data.yaml'), CLEAN);
    mkdirSync(path.join(dir, 'app'));
    symlinkSync(path.join(dir, 'real', 'data.yaml'), path.join(dir, 'app', 'packaging.yaml'));
    symlinkSync(path.join(dir, 'app'), path.join(dir, 'app', 'loop'));
    symlinkSync(path.join(dir, 'app'), path.join(dir, 'again'));
    const r = await run(['check', '--format', 'json'], dir);
    assert.notEqual(r.code, 2, r.stderr);
    const files = (JSON.parse(r.stdout) as { files?: { file: string }[] }).files ?? JSON.parse(r.stdout);
    assert.equal((files as unknown[]).length, 1, r.stdout);
    assert.match(r.stderr, /symbolic link loop/);
  });
});
