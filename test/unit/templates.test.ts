import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { check } from '../../src/core/check';
import { TEMPLATES } from '../../src/core/templates';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('templates', () => {
  it('has the five archetypes of the issue', () => {
    assert.deepEqual(
      TEMPLATES.map((t) => t.name),
      ['collaboration', 'developer-platform', 'creator-tool', 'marketing-tool', 'sales-led-suite'],
    );
  });

  for (const t of TEMPLATES) {
    describe(t.name, () => {
      const r = check(t.text);
      it('passes check with no finding at all', () => {
        assert.deepEqual(
          r.diagnostics.map((d) => `${d.rule}: ${d.message}`),
          [],
        );
      });
      it('has a growth block, a ladder of at least two plans, and every feature classified with a reason', () => {
        assert.ok(r.model?.hasGrowth);
        assert.ok(r.model.plans.length >= 2);
        assert.ok(r.model.features.length >= 8);
        const lines = t.text.split('\n');
        for (const f of r.model.features) {
          assert.notEqual(f.recommendation, 'unclassified', f.id);
          // the reason sits in a comment on the signals block (a line of it, or the block itself)
          const [start, , end] = f.signalsNode!.range!;
          const block = t.text.slice(start, end);
          const line = lines[t.text.slice(0, start).split('\n').length - 1]!;
          assert.ok(
            /#\s*\S/.test(block) || /#\s*\S/.test(line),
            `${t.name}/${f.id}: the signals need a reason`,
          );
        }
      });
      it('uses both sides of the packaging test', () => {
        const recs = new Set(r.features.map((f) => f.recommendation));
        assert.ok(recs.has('free') && recs.has('paid'), [...recs].join(','));
      });
    });
  }
});

describe('CLI init', () => {
  it('--list prints the template names, one per line', async () => {
    const r = await run(['init', '--list'], tmpdir());
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${TEMPLATES.map((t) => t.name).join('\n')}\n`);
  });

  it('writes packaging.yaml by default, and never overwrites without --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-init-'));
    const r = await run(['init', '--template', 'developer-platform'], dir);
    assert.equal(r.code, 0, r.stderr);
    const file = path.join(dir, 'packaging.yaml');
    assert.equal(readFileSync(file, 'utf8'), TEMPLATES[1]!.text);
    writeFileSync(file, 'mine\n');
    const again = await run(['init', '--template', 'collaboration'], dir);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists; pass --force/);
    assert.equal(readFileSync(file, 'utf8'), 'mine\n');
    const forced = await run(['init', '--template', 'collaboration', '--force'], dir);
    assert.equal(forced.code, 0);
    assert.equal(readFileSync(file, 'utf8'), TEMPLATES[0]!.text);
  });

  it('writes to a given PATH, and the file checks clean through the CLI', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-init-'));
    const r = await run(['init', '--template', 'sales-led-suite', 'sub/suite.packaging.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(path.join(dir, 'sub', 'suite.packaging.yaml')));
    const c = await run(['check', 'sub/suite.packaging.yaml', '--format', 'json'], dir);
    assert.equal(c.code, 0, c.stdout);
    const f = JSON.parse(c.stdout).files[0];
    assert.equal(f.errorCount + f.warningCount + f.infoCount, 0);
  });

  it('rejects an unknown template with the list of names (exit 2)', async () => {
    const r = await run(['init', '--template', 'nope'], tmpdir());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown template "nope"; use one of collaboration, developer-platform/);
  });
});
