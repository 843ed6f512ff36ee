import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// `npm start` (scripts/start.mjs) and the VS Code server setup it calls: the options, the build tools checked
// before any download, and `--cli-only` (the README's first command) leaving nothing behind.

const ROOT = path.resolve(__dirname, '..', '..');

interface StartModule {
  parseStartArgs(argv: string[]): {
    cliOnly: boolean;
    server: boolean;
    port?: number;
    host: string;
    help: boolean;
  };
  START_HELP: string;
}
interface SetupModule {
  missingBuildTools(): string[];
}
const load = <T>(p: string) => import(path.join(ROOT, p)) as Promise<T>;

describe('npm start', () => {
  it('parses --cli-only, --server, --port and --host (both spellings); refuses what it does not know', async () => {
    const { parseStartArgs } = await load<StartModule>('scripts/start.mjs');
    assert.deepEqual(parseStartArgs([]), {
      cliOnly: false,
      server: false,
      port: undefined,
      host: '127.0.0.1',
      help: false,
    });
    const o = parseStartArgs(['--server', '--port', '8080', '--host=0.0.0.0']);
    assert.deepEqual([o.server, o.port, o.host], [true, 8080, '0.0.0.0']);
    assert.equal(parseStartArgs(['--port=9000']).port, 9000);
    assert.equal(parseStartArgs(['--cli-only']).cliOnly, true);
    for (const [argv, msg] of [
      [['--port', '0'], /--port takes a number from 1 to 65535/],
      [['--port', 'http'], /--port takes a number/],
      [['--port'], /--port needs a value/],
      [['--host', '--cli-only'], /--host needs a value/],
      [['--prot', '80'], /unknown option --prot/],
    ] as const)
      assert.throws(() => parseStartArgs([...argv]), msg);
  });

  it('its help documents the options and a one-line SSH port forward for a remote machine', async () => {
    const { START_HELP } = await load<StartModule>('scripts/start.mjs');
    for (const opt of ['--cli-only', '--server', '--port N', '--host ADDRESS'])
      assert.ok(START_HELP.includes(opt), opt);
    assert.match(
      START_HELP,
      /^ {2}ssh -L 8080:127\.0\.0\.1:8080 user@\S+ +# then, on the remote: npm start -- --port 8080$/m,
    );
    assert.match(START_HELP, /800 MB/);
    assert.match(START_HELP, /C\/C\+\+ compiler/);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--help'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${START_HELP}\n`);
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--port', 'x'], {
      encoding: 'utf8',
    });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^npm start: --port takes a number/);
  });

  it('names the Debian packages of missing build tools before anything is downloaded', async () => {
    const { missingBuildTools } = await load<SetupModule>('scripts/setup-code-server.mjs');
    const saved = process.env.PATH;
    const bin = mkdtempSync(path.join(tmpdir(), 'pp-path-'));
    try {
      // sh stays reachable; the tools are looked up on PATH only
      symlinkSync('/bin/sh', path.join(bin, 'sh'));
      process.env.PATH = bin;
      const need = missingBuildTools();
      assert.ok(need.includes('build-essential') && need.includes('python3'), need.join(' '));
      for (const tool of ['gcc', 'g++', 'make', 'python3']) {
        writeFileSync(path.join(bin, tool), '#!/bin/sh\n');
        chmodSync(path.join(bin, tool), 0o755);
      }
      assert.deepEqual(
        missingBuildTools().filter((p) => p !== 'libkrb5-dev'),
        [],
      );
    } finally {
      process.env.PATH = saved;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('--cli-only builds, runs the checker on the examples, exits with its code and leaves no temporary files', function () {
    this.timeout(60_000);
    const tmp = mkdtempSync(path.join(tmpdir(), 'pp-start-test-'));
    try {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--cli-only'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, TMPDIR: tmp },
      });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /\$ packaging-planner check examples/);
      assert.match(r.stdout, /examples\/whiteboard\/packaging\.yaml/);
      assert.match(r.stdout, /0 errors/);
      assert.doesNotMatch(r.stdout + r.stderr, /VS Code server/);
      assert.deepEqual(readdirSync(tmp), []);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
