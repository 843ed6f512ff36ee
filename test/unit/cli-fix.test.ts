import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { unifiedDiff } from '../../src/cli/unidiff';
import { check } from '../../src/core/check';

// Issue 10, group 2: `check --fix` applies every verified fix (never a suggestion, spec 5.1) in place; `--fix-dry-run` prints the
// unified diff and writes nothing. Both say how many findings were fixed and how many remain.

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const HEAD = `version: 1
product: {name: Acme}
growth: {freeOffer: freemium, freemiumGoals: [poc]}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
`;
/** The reproducers of issue 10's group 1, all in one file, plus a typo'd plan and an unknown key. */
const BROKEN_BY_OLD_FIXES = `${HEAD}  - {
      id: multi,
      plan: pro
    }
  - { id: trailing, plan: pro, }
  - { id: boards, plan: free, signals: {virality: true, friction: true}, limits: {pro: 5} }
  - id: typo
    plan: proo   # typo
    signals: {friction: true}
  - id: dup
    plan: pro
    signals: {friction: true}
    singals: {friction: true}
`;

/** Applies a unified diff (as `patch` would) to check that the printed diff is exact. */
function applyPatch(text: string, patch: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let at = 0;
  const hunks = patch.split(/^@@ /m).slice(1);
  for (const h of hunks) {
    const m = /^-(\d+),\d+ \+\d+,\d+ @@\n/.exec(h)!;
    const start = Math.max(0, Number(m[1]) - 1);
    while (at < start) out.push(lines[at++]!);
    for (const l of h.slice(m[0].length).split('\n')) {
      if (l === '') continue;
      if (l[0] === '+') out.push(l.slice(1));
      else {
        assert.equal(lines[at], l.slice(1), 'context matches');
        if (l[0] === ' ') out.push(lines[at]!);
        at++;
      }
    }
  }
  while (at < lines.length) out.push(lines[at++]!);
  return out.join('\n');
}

describe('CLI check --fix and --fix-dry-run (issue 10, group 2)', () => {
  it('--fix rewrites the file with every verified fix: it parses, with no new structural finding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-fix-'));
    const file = path.join(dir, 'packaging.yaml');
    writeFileSync(file, BROKEN_BY_OLD_FIXES);
    const r = await run(['check', '--fix'], dir);
    const out = readFileSync(file, 'utf8');
    assert.notEqual(out, BROKEN_BY_OLD_FIXES);
    const after = check(out);
    assert.equal(after.syntaxError, false, out);
    const structural = (t: string) =>
      check(t)
        .diagnostics.filter((d) => ['syntax', 'schema', 'duplicate-id'].includes(d.rule))
        .map((d) => d.message);
    for (const m of structural(out)) assert.ok(structural(BROKEN_BY_OLD_FIXES).includes(m), m);
    assert.ok(!out.includes(',,'));
    // spec 5.1 (r3): adding a usage limit is a suggestion, never applied by --fix; the misspelt plan is a fix
    assert.match(out, /limits: \{pro: 5\} \}/);
    assert.match(out, /plan: pro {4}# typo/);
    assert.match(r.stderr, /fixed 1 finding in 1 file; \d+ remain; [1-9]\d* suggestions? left for a person/);
    // the report lists what remains: the duplicate-key rename was not offered, so it is still there
    assert.match(r.stdout, /singals/);
    // a second run has nothing left to fix
    const again = await run(['check', '--fix'], dir);
    assert.match(again.stderr, /fixed 0 findings in 0 files/);
    assert.equal(readFileSync(file, 'utf8'), out);
  });

  it('--fix-dry-run prints a unified diff that patches to what --fix writes, and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-fix-'));
    const file = path.join(dir, 'packaging.yaml');
    writeFileSync(file, BROKEN_BY_OLD_FIXES);
    const dry = await run(['check', '--fix-dry-run'], dir);
    assert.equal(readFileSync(file, 'utf8'), BROKEN_BY_OLD_FIXES);
    assert.match(dry.stdout, /^--- a\/packaging\.yaml\n\+\+\+ b\/packaging\.yaml\n@@ /);
    assert.match(dry.stderr, /would fix \d+ findings? in 1 file/);
    await run(['check', '--fix'], dir);
    assert.equal(applyPatch(BROKEN_BY_OLD_FIXES, dry.stdout), readFileSync(file, 'utf8'));
  });

  it('keeps CRLF line ends and a BOM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-fix-'));
    const file = path.join(dir, 'packaging.yaml');
    const crlf = `\ufeff${HEAD}  - id: x\n    plan: proo\n    signals: {friction: true}\n`.replace(
      /\n/g,
      '\r\n',
    );
    writeFileSync(file, crlf);
    await run(['check', '--fix'], dir);
    assert.equal(readFileSync(file, 'utf8'), crlf.replace('plan: proo', 'plan: pro'));
  });

  it('refuses --fix with --fix-dry-run', async () => {
    const r = await run(['check', '--fix', '--fix-dry-run'], tmpdir());
    assert.equal(r.code, 2);
  });

  it('unifiedDiff: hunks with 3 lines of context that patch back exactly', () => {
    const a = `${Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n')}\n`;
    const b = a
      .replace('line 3\n', 'line 3\nnew\n')
      .replace('line 20\n', 'LINE 20\n')
      .replace('line 39\n', '');
    const d = unifiedDiff('f', a, b);
    assert.equal(d.match(/^@@ /gm)?.length, 3);
    assert.equal(applyPatch(a, d), b);
    assert.equal(unifiedDiff('f', a, a), '');
  });
});

describe('--max-warnings -1 (issue 10, group 7)', () => {
  it('means no limit in the CLI, as in the Action', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-fix-'));
    writeFileSync(
      path.join(dir, 'packaging.yaml'),
      `${HEAD}  - id: x\n    plan: pro\n    signals: {friction: true}\n`,
    );
    const r = await run(['check', '--max-warnings', '-1'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await run(['check', '--max-warnings', '-2'], dir)).code, 2);
  });
});
