import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction } from '../../src/cli/action';
import { diffJson, diffMarkdown, diffStylish } from '../../src/cli/diff';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { check } from '../../src/core/check';
import { diffPackaging, isEmptyDiff } from '../../src/core/interop/diff';

// Spec 5.2 (r3): `diff` shows reclassifications (signals changed, with the old and new recommendation and
// reasons), and lists a finding that went away on a feature whose placement and limits stayed but whose signals
// changed as "resolved by reclassifying", in every format and in the Action's summary.

const BASE = `version: 1
product: {name: Acme}
growth: {freeOffer: freemium, freemiumGoals: [poc]}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
  - id: share
    name: Share boards
    plan: pro
    signals: {virality: true, ahaMoment: true}
  - id: sso
    plan: free
    signals: {friction: true}
  - id: themes
    plan: pro
    signals: {friction: true}
`;
/** share: relabelled only; sso: moved and relabelled; themes: `virality: false` written out (no change). */
const HEAD = BASE.replace('signals: {virality: true, ahaMoment: true}', 'signals: {friction: true}')
  .replace(
    '  - id: sso\n    plan: free\n    signals: {friction: true}',
    '  - id: sso\n    plan: pro\n    signals: {friction: true, expansion: true}',
  )
  .replace(
    '  - id: themes\n    plan: pro\n    signals: {friction: true}',
    '  - id: themes\n    plan: pro\n    signals: {friction: true, virality: false}',
  );

const diff = () => diffPackaging(check(BASE), check(HEAD));
const LABELS = { base: 'base.yaml', head: 'head.yaml' };

describe('diff: reclassifications and findings resolved by reclassifying (spec 5.2)', () => {
  it('lists every feature whose answers changed, with recommendation and reasons before and after', () => {
    const d = diff();
    assert.deepEqual(d.reclassified, [
      {
        id: 'share',
        name: 'Share boards',
        fromSignals: ['virality', 'ahaMoment'],
        toSignals: ['friction'],
        turnedOn: ['friction'],
        turnedOff: ['virality', 'ahaMoment'],
        fromRecommendation: 'free',
        toRecommendation: 'paid',
        fromReasons: ['virality', 'ahaMoment'],
        toReasons: ['friction'],
      },
      {
        id: 'sso',
        name: 'sso',
        fromSignals: ['friction'],
        toSignals: ['friction', 'expansion'],
        turnedOn: ['expansion'],
        turnedOff: [],
        fromRecommendation: 'paid',
        toRecommendation: 'paid',
        fromReasons: ['friction'],
        toReasons: ['friction', 'expansion'],
      },
    ]);
  });

  it('a finding gone only because the signals changed is resolved by reclassifying; one gone with a move is resolved', () => {
    const d = diff();
    assert.deepEqual(
      d.resolvedByReclassifying.map((x) => [x.rule, x.feature]),
      [['gated-growth-driver', 'share']],
    );
    assert.deepEqual(
      d.resolvedDiagnostics.map((x) => [x.rule, x.feature]),
      [['free-friction', 'sso']],
    );
  });

  it('adding or removing the whole signals block is a reclassification; a limit change is not "only relabelled"', () => {
    const unclassified = BASE.replace('    signals: {virality: true, ahaMoment: true}\n', '');
    const d1 = diffPackaging(check(unclassified), check(BASE));
    assert.deepEqual(
      d1.reclassified.map((r) => [r.id, r.fromSignals, r.fromRecommendation, r.toRecommendation]),
      [['share', null, 'unclassified', 'free']],
    );
    // the base's unclassified-feature finding went away by answering the test: resolved by reclassifying
    assert.deepEqual(
      d1.resolvedByReclassifying.map((x) => x.rule),
      ['unclassified-feature'],
    );
    const walled = HEAD.replace(
      '    signals: {friction: true}\n  - id: sso',
      '    signals: {friction: true}\n    limits: {pro: 5}\n  - id: sso',
    );
    const d2 = diffPackaging(check(BASE), check(walled));
    assert.ok(d2.reclassified.some((r) => r.id === 'share'));
    assert.deepEqual(d2.resolvedByReclassifying, []);
    assert.ok(d2.resolvedDiagnostics.some((x) => x.rule === 'gated-growth-driver'));
    // nothing changed: nothing to show
    assert.ok(isEmptyDiff(diffPackaging(check(BASE), check(BASE))));
    assert.ok(
      !isEmptyDiff(
        diffPackaging(
          check(BASE),
          check(
            BASE.replace(
              '{friction: true}\n  - id: themes',
              '{friction: true, expansion: true}\n  - id: themes',
            ),
          ),
        ),
      ),
    );
  });

  it('stylish, JSON and Markdown show both', () => {
    const d = diff();
    const stylish = diffStylish(d, LABELS);
    assert.match(
      stylish,
      /\n {2}~ signals {3}Share boards: virality, ahaMoment → friction; recommended free → paid \(reasons: virality, ahaMoment → friction\)\n/,
    );
    assert.match(stylish, /\n {2}~ signals {3}sso: friction → friction, expansion; still recommended paid/);
    assert.match(
      stylish,
      /\n {2}✓ resolved {2}by reclassifying: warning gated-growth-driver: "Share boards" drives growth/,
    );
    assert.doesNotMatch(stylish, /themes/);
    const json = JSON.parse(JSON.stringify(diffJson(d, LABELS)));
    assert.equal(json.reclassified.length, 2);
    assert.equal(json.resolvedByReclassifying[0].rule, 'gated-growth-driver');
    assert.equal(
      json.resolvedByReclassifying[0].line,
      d.resolvedByReclassifying[0]!.line + 1,
      '1-based in JSON',
    );
    const md = diffMarkdown(d, LABELS);
    assert.match(md, /\*\*1 finding resolved by reclassifying\*\*/);
    assert.match(md, /### Reclassified \(signals changed\)/);
    assert.match(
      md,
      /\| Share boards \| virality, ahaMoment \| friction \| free → paid \| virality, ahaMoment → friction \|/,
    );
    assert.match(md, /\| 🏷️ resolved by reclassifying \| warning \| `gated-growth-driver` \|/);
  });

  it('the CLI prints them, and the Action puts them in the step summary', async function () {
    this.timeout(20000);
    const dir = mkdtempSync(path.join(tmpdir(), 'pp-reclassify-'));
    try {
      writeFileSync(path.join(dir, 'base.yaml'), BASE);
      writeFileSync(path.join(dir, 'packaging.yaml'), BASE);
      let stdout = '';
      const io: Io = { cwd: dir, stdout: (s) => (stdout += s), stderr: () => {}, isTTY: false, env: {} };
      writeFileSync(path.join(dir, 'head.yaml'), HEAD);
      assert.equal(await main(['diff', 'base.yaml', 'head.yaml', '--format', 'markdown'], io), 0);
      assert.match(stdout, /resolved by reclassifying/);
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
      git('add', 'packaging.yaml');
      git('commit', '-qm', 'base');
      writeFileSync(path.join(dir, 'packaging.yaml'), HEAD);
      const summary = path.join(dir, 'summary.md');
      writeFileSync(summary, '');
      const env = {
        GITHUB_WORKSPACE: dir,
        GITHUB_STEP_SUMMARY: summary,
        INPUT_PATHS: 'packaging.yaml',
        'INPUT_DIFF-BASE': 'HEAD',
        'INPUT_MAX-WARNINGS': '-1',
      };
      const out = { text: '' };
      const aio: Io = { cwd: '/', stdout: (s) => (out.text += s), stderr: () => {}, isTTY: false, env };
      assert.equal(runAction(aio).exitCode, 0, out.text);
      const s = readFileSync(summary, 'utf8');
      assert.match(s, /### Reclassified \(signals changed\)/);
      assert.match(s, /\*\*1 finding resolved by reclassifying\*\*/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
