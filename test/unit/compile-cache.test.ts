// The CLI's V8 code cache (src/cli/compile-cache.ts), run through the built bundle as users run it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'dist', 'cli.js');
const FILE = path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml');

describe('CLI compile cache (in the user cache folder: XDG_CACHE_HOME here)', function () {
  this.timeout(30000);
  let tmp: string;
  beforeEach(function () {
    if (!existsSync(BIN)) this.skip();
    tmp = mkdtempSync(path.join(tmpdir(), 'pp-cc-'));
  });
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const run = (env: Record<string, string> = {}, format = 'json') =>
    spawnSync(process.execPath, [BIN, 'check', FILE, '--format', format], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: tmp, PACKAGING_PLANNER_NO_COMPILE_CACHE: '', ...env },
    });
  const userDir = () => path.join(tmp, 'packaging-planner', 'v8');
  const cacheFiles = () => {
    const user = userDir();
    return readdirSync(user).flatMap((v) =>
      readdirSync(path.join(user, v))
        .filter((f) => f.endsWith('.cache'))
        .map((f) => path.join(user, v, f)),
    );
  };

  it('writes the command file’s cache on the first run; the second run reads it and prints the same', () => {
    const first = run();
    assert.equal(first.status, 0, first.stderr); // a warning does not fail the check
    const files = cacheFiles();
    assert.equal(files.length, 1);
    assert.match(path.basename(files[0]!), /^cli-check\.js-\d+-\d+\.cache$/);
    const second = run();
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.stderr, first.stderr);
    assert.equal(second.status, first.status);
  });

  it('a corrupt cache is only a normal compile, and is replaced', () => {
    const first = run();
    const [file] = cacheFiles();
    writeFileSync(file!, Buffer.from('not V8 code cache data'.repeat(50)));
    const second = run();
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.stderr, first.stderr);
    assert.notEqual(readFileSync(file!).toString('latin1').slice(0, 22), 'not V8 code cache data');
  });

  it('SARIF still gets its fingerprints (node:crypto loads only then)', () => {
    const r = run({}, 'sarif');
    const results = JSON.parse(r.stdout).runs[0].results as { partialFingerprints: Record<string, string> }[];
    assert.ok(results.length > 0);
    for (const x of results) assert.match(Object.values(x.partialFingerprints)[0]!, /^[0-9a-f]{32}:\d+$/);
  });

  it('a directory others can write to is not trusted: no cache is read or written there', function () {
    if (typeof process.getuid !== 'function') this.skip();
    run();
    const user = userDir();
    for (const f of cacheFiles()) rmSync(f);
    chmodSync(user, 0o777);
    const r = run();
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(cacheFiles(), []);
  });

  it('PACKAGING_PLANNER_NO_COMPILE_CACHE=1 turns it off', () => {
    const r = run({ PACKAGING_PLANNER_NO_COMPILE_CACHE: '1' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(tmp), []);
  });
});
