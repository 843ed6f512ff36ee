import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { writeSuggestions } from '../../src/cli/suggest';
import { check } from '../../src/core/check';
import { suggestionFixes } from '../../src/core/edit/suggestions';
import { applyEdits } from '../../src/core/edit/text-edits';
import { featureInsights } from '../../src/core/insight/insights';
import { MARKET, marketFor } from '../../src/core/insight/market';
import { suggestSignals } from '../../src/core/insight/suggest-signals';
import { importPricing2Yaml } from '../../src/core/interop/import/pricing2yaml';
import { suggestionPreview } from '../../src/core/matrix/suggestion-edits';
import { SIGNALS } from '../../src/core/types';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env: {} };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

function inTemp(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-suggest-'));
  writeFileSync(path.join(dir, name), text);
  return dir;
}

// Comments, a flow item, CRLF-free mixed styles, a classified feature and one nothing is known about.
const HAND = `version: 1
product:
  name: Acme Boards   # the product
plans:
  - id: free
    price: 0
  - id: pro
    price: 10
  - id: enterprise
    price: contact-sales
features:
  # sharing is how boards spread
  - id: share-links
    name: Share links
    plan: free            # on purpose
  - id: saml-sso
    name: SAML single sign-on
    plan: enterprise
  - {id: audit-log, plan: enterprise}
  - id: quantum-widgetry
    plan: pro
  - id: boards
    plan: free
    signals:
      universality: true
# trailing comment
`;

const TRELLO = readFileSync(
  path.resolve(__dirname, '..', 'fixtures', 'pricing2yaml', 'trello-2021.yml'),
  'utf8',
);

describe('CLI suggest', () => {
  it('--format json: per feature the capability matched (or null), the recommendation, and each answer with its evidence', async () => {
    const dir = inTemp('packaging.yaml', HAND);
    const r = await run(['suggest', 'packaging.yaml', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['files']);
    assert.equal(out.files[0].file, 'packaging.yaml');
    type Answer = { answer: boolean; evidence?: string; source?: string };
    type Entry = {
      feature: string;
      capability: { id: string; name: string } | null;
      recommendation: string;
      signals: Record<string, boolean>;
      why: Record<string, string>;
      answers: Record<string, Answer>;
    };
    const byId = new Map<string, Entry>(out.files[0].suggestions.map((s: Entry) => [s.feature, s]));
    assert.deepEqual([...byId.keys()], ['share-links', 'saml-sso', 'audit-log']);
    for (const s of byId.values()) {
      assert.deepEqual(Object.keys(s), [
        'feature',
        'capability',
        'basis',
        'recommendation',
        'signals',
        'why',
        'answers',
      ]);
      assert.deepEqual(Object.keys(s.answers), [...SIGNALS]);
      for (const sig of SIGNALS) {
        assert.equal(s.signals[sig], s.answers[sig]!.answer, `${s.feature} ${sig}`);
        // every yes carries its reason, in the question's words then the evidence
        if (s.signals[sig]) assert.match(s.why[sig]!, /: .{10,}/);
        else assert.equal(s.why[sig], undefined);
      }
    }
    assert.deepEqual(byId.get('share-links')!.capability, { id: 'sharing', name: 'Sharing links' });
    assert.equal(byId.get('share-links')!.answers.virality!.source, 'capability');
    assert.match(
      byId.get('share-links')!.why.virality!,
      /^normal use pulls in people who are not users yet: /,
    );
    assert.equal(byId.get('saml-sso')!.recommendation, 'paid');
    // an audit log is a kind the spec places by tier: either, and each no says why
    const audit = byId.get('audit-log')!;
    assert.equal(audit.recommendation, 'either');
    assert.match(audit.answers.expansion!.evidence!, /audit logs/);
    assert.deepEqual(out.files[0].abstained, [{ feature: 'quantum-widgetry', capability: null }]);
  });

  it('--dry-run prints the rows, their new recommendation and the findings the change adds or removes, and writes nothing', async () => {
    const dir = inTemp('packaging.yaml', HAND);
    const r = await run(['suggest', 'packaging.yaml', '--dry-run'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(path.join(dir, 'packaging.yaml'), 'utf8'), HAND, 'nothing written');
    assert.match(
      r.stdout,
      /packaging\.yaml: would write \(dry run: nothing written\) 3 suggested signals blocks\n/,
    );
    assert.match(r.stdout, /\n {2}share-links +→ free +virality +\(Sharing links\)\n/);
    assert.match(r.stdout, /\n {2}saml-sso +→ paid +friction +\(Single sign-on\)\n/);
    assert.match(r.stdout, /\n {2}audit-log +→ either +\(none\) +\(Audit log\)\n/);
    // the paid SSO on the enterprise plan and the free share links add no finding; three unclassified go away
    const p = suggestionPreview(HAND, check(HAND), ['share-links', 'saml-sso', 'audit-log'])!;
    assert.deepEqual(
      p.removed.map((d) => [d.rule, d.feature]),
      [
        ['unclassified-feature', 'share-links'],
        ['unclassified-feature', 'saml-sso'],
        ['unclassified-feature', 'audit-log'],
      ],
    );
    assert.match(r.stdout, new RegExp(`findings added: ${p.added.length}\\n`));
    assert.match(r.stdout, /findings removed: 0 \(and 3 unclassified-feature, now classified\)/);
    const j = await run(['suggest', 'packaging.yaml', '--dry-run', '--format', 'json'], dir);
    const preview = JSON.parse(j.stdout).files[0].preview;
    assert.equal(preview.written, false);
    assert.deepEqual(
      preview.rows.map((x: { id: string; recommendation: string }) => [x.id, x.recommendation]),
      [
        ['share-links', 'free'],
        ['saml-sso', 'paid'],
        ['audit-log', 'either'],
      ],
    );
    assert.equal(readFileSync(path.join(dir, 'packaging.yaml'), 'utf8'), HAND);
  });

  it('the preview names the findings a suggestion adds: a free viral row walled at 1 gets viral-wall', () => {
    const text = `version: 1
product: {name: Meet}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 12}
features:
  - id: guests
    name: Guest access
    plan: free
    unit: guests
    limits: {free: 1, pro: 50}
`;
    const r = check(text);
    const p = suggestionPreview(text, r, ['guests'])!;
    assert.deepEqual(
      p.rows.map((x) => [x.id, x.recommendation, x.signals]),
      [['guests', 'free-limited', ['virality', 'expansion']]],
    );
    // the wall of 1 on a viral row, and the free side now has a classified row but no aha or habit driver
    assert.deepEqual(
      p.added.map((d) => d.rule),
      ['no-free-aha', 'no-free-habit-loop', 'viral-wall'],
    );
    assert.deepEqual(
      p.removed.map((d) => d.rule),
      ['unclassified-feature'],
    );
    assert.equal(check(p.text).diagnostics.filter((d) => d.rule === 'viral-wall').length, 1);
  });

  it('--write inserts commented signals blocks, keeps every other byte, prints the summary, and re-checks clean', async () => {
    const dir = inTemp('packaging.yaml', HAND);
    const r = await run(['suggest', 'packaging.yaml', '--write'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /packaging\.yaml: wrote 3 suggested signals blocks\n/);
    const after = readFileSync(path.join(dir, 'packaging.yaml'), 'utf8');
    // exactly three insertions; every other byte (comments, spacing, the trailing comment) is kept
    const expected = HAND.replace(
      '    plan: free            # on purpose\n',
      '    plan: free            # on purpose\n    signals:\n      # suggested by packaging-planner (sharing links)\n      virality: true\n',
    )
      .replace(
        '    plan: enterprise\n  - {id',
        '    plan: enterprise\n    signals:\n      # suggested by packaging-planner (single sign-on)\n      friction: true\n  - {id',
      )
      .replace('{id: audit-log, plan: enterprise}', '{id: audit-log, plan: enterprise, signals: {}}');
    assert.equal(after, expected);
    const before = check(HAND).diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'syntax');
    const now = check(after);
    assert.deepEqual(
      now.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'syntax'),
      before,
    );
    const rec = new Map(now.features.map((f) => [f.id, f.recommendation]));
    assert.equal(rec.get('share-links'), 'free');
    assert.equal(rec.get('saml-sso'), 'paid');
    assert.equal(rec.get('audit-log'), 'either');
    assert.equal(rec.get('quantum-widgetry'), 'unclassified');
    // a second run has nothing left to suggest
    const again = await run(['suggest', 'packaging.yaml', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(again.stdout).files[0].suggestions, []);
  });

  it('--write answers a kind placed by tier with an empty block that classifies as either', async () => {
    const text =
      'version: 1\nproduct: {name: X}\nplans:\n  - {id: free, price: 0}\nfeatures:\n  - id: csv-export\n    plan: free\n';
    const dir = inTemp('packaging.yaml', text);
    const r = await run(['suggest', 'packaging.yaml', '--write'], dir);
    assert.equal(r.code, 0, r.stderr);
    const after = readFileSync(path.join(dir, 'packaging.yaml'), 'utf8');
    assert.equal(
      after,
      `${text}    signals: {} # suggested by packaging-planner (export and download): placed by tier\n`,
    );
    assert.equal(check(after).features[0]!.recommendation, 'either');
  });

  it('on a freshly imported product (Trello 2021) suggests for most features, and --write passes the schema', async () => {
    const imported = importPricing2Yaml(TRELLO).text;
    const dir = inTemp('trello.packaging.yaml', imported);
    const r = await run(['suggest', 'trello.packaging.yaml', '--format', 'json'], dir);
    const n = check(imported).features.length;
    const suggested = JSON.parse(r.stdout).files[0].suggestions.length;
    assert.ok(suggested >= n / 2, `${suggested} of ${n}`);
    const w = await run(['suggest', 'trello.packaging.yaml', '--write'], dir);
    assert.equal(w.code, 0, w.stderr);
    const after = check(readFileSync(path.join(dir, 'trello.packaging.yaml'), 'utf8'));
    assert.equal(after.diagnostics.filter((d) => d.rule === 'schema' || d.rule === 'syntax').length, 0);
    assert.equal(after.features.filter((f) => f.recommendation !== 'unclassified').length, suggested);
  });

  it('prints a table by default and fails cleanly on a missing file', async () => {
    const dir = inTemp('packaging.yaml', HAND);
    const t = await run(['suggest', 'packaging.yaml'], dir);
    assert.match(t.stdout, /share-links +Sharing links +virality +free/);
    assert.match(t.stdout, /no suggestion \(not sure\): quantum-widgetry/);
    const m = await run(['suggest', 'nope.yaml'], dir);
    assert.equal(m.code, 2);
    assert.match(m.stderr, /nope\.yaml: no such file/);
  });
});

describe('CLI market', () => {
  it('prints one entry per recognised feature with capability and sample, and the ladder', async () => {
    const dir = inTemp('packaging.yaml', HAND);
    const r = await run(['market', 'packaging.yaml', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const f = out.files[0];
    assert.equal(f.file, 'packaging.yaml');
    assert.deepEqual(
      f.features.map((e: { feature: string }) => e.feature),
      ['share-links', 'saml-sso', 'audit-log', 'boards'],
    );
    const sso = f.features[1];
    assert.equal(sso.capability, 'Single sign-on');
    assert.equal(sso.sample, MARKET.capabilities['single-sign-on']!.sample);
    assert.equal(sso.top, MARKET.capabilities['single-sign-on']!.top);
    assert.equal(sso.placement, 'top');
    assert.equal(sso.samePlacement, sso.top);
    assert.match(sso.summary, /^Single sign-on: top plan in \d+ of \d+ products, 20\d\d/);
    assert.deepEqual(f.ladder, {
      plans: 3,
      marketPlans: MARKET.ladder.plans.median,
      priceSteps: [],
      marketPriceStep: MARKET.ladder.priceStep.median,
      sample: { plans: MARKET.ladder.plans.sample, priceSteps: MARKET.ladder.priceStep.sample },
    });
  });

  it('shows no figure below the confidence threshold, and honours the opt-out comment', async () => {
    const small = Object.entries(MARKET.capabilities).find(
      ([, c]) => c.sample > 0 && c.sample < MARKET.minSample,
    );
    if (small) {
      const m = marketFor({ id: small[0] === 'custom-domain' ? 'custom-domain' : 'x' });
      if (m && m.sample < MARKET.minSample) {
        assert.equal(m.figures, undefined);
        assert.equal(m.common, undefined);
      }
    }
    // a capability forced below the threshold by a stricter dataset: counts vanish, the sample stays
    const strict = { ...MARKET, minSample: 1000 };
    const m = marketFor({ id: 'sso' }, strict);
    assert.ok(m && m.figures === undefined && m.sample > 0);
    const text = HAND.replace(
      '    name: SAML single sign-on\n',
      '    name: SAML single sign-on  # packaging-planner: no-market\n',
    );
    const dir = inTemp('packaging.yaml', text);
    const r = await run(['market', 'packaging.yaml', '--format', 'json'], dir);
    const ids = JSON.parse(r.stdout).files[0].features.map((e: { feature: string }) => e.feature);
    assert.ok(!ids.includes('saml-sso'));
    assert.ok(ids.includes('share-links'));
  });

  it('compares price steps with the corpus median in the table', async () => {
    const dir = inTemp('t.packaging.yaml', importPricing2Yaml(TRELLO).text);
    const r = await run(['market', 't.packaging.yaml'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ladder: 4 plans \(corpus median 4, \d+ products\); price steps 2×, 1\.75×/);
    assert.match(r.stdout, /single-sign-on: Single sign-on: top plan in \d+ of \d+ products/);
    assert.match(r.stdout, /Source: Pricing2Yaml corpus .*CC BY 4\.0/);
  });
});

describe('feature insights (the hover lines)', () => {
  it('gives the market figure and, for an unclassified feature, the suggestion; opt-out hides the figure', () => {
    const text = HAND.replace(
      '    name: Share links\n',
      '    name: Share links\n    # packaging-planner: no-market\n',
    );
    const r = check(text);
    const byId = new Map(r.model!.features.map((f) => [f.id, f]));
    const sso = featureInsights(byId.get('saml-sso')!, text);
    assert.match(sso.market!, /^Single sign-on: top plan in \d+ of \d+ products, 2024–2025$/);
    assert.match(
      sso.suggestion!,
      /^Single sign-on → paid: friction \(sign-in goes through the company’s identity provider: .+\)$/,
    );
    const share = featureInsights(byId.get('share-links')!, text);
    assert.equal(share.market, undefined);
    assert.equal(
      share.suggestion,
      'Sharing links → free: virality (a shared link reaches people outside the account)',
    );
    const boards = featureInsights(byId.get('boards')!, text);
    assert.equal(boards.suggestion, undefined, 'classified: no suggestion');
    assert.match(boards.market!, /^The core object: free plan in/);
    assert.deepEqual(featureInsights(byId.get('quantum-widgetry')!, text), {});
  });
});

describe('quick fix: add suggested signals', () => {
  it('is offered on unclassified-feature when there is a suggestion, and writes what suggest --write writes', () => {
    const r = check(HAND);
    const diag = (id: string) =>
      r.diagnostics.find((d) => d.rule === 'unclassified-feature' && d.feature === id)!;
    const [fix, ...rest] = suggestionFixes(HAND, r, diag('saml-sso'));
    assert.equal(rest.length, 0);
    assert.equal(fix!.title, 'Add suggested signals: friction (Single sign-on)');
    assert.equal(fix!.preferred, false, 'a suggestion is offered, never applied by default');
    const out = applyEdits(HAND, fix!.edits);
    assert.equal(
      out,
      writeSuggestions(HAND, [suggestSignals({ id: 'saml-sso', name: 'SAML single sign-on' })!]),
    );
    assert.equal(check(out).features.find((f) => f.id === 'saml-sso')!.recommendation, 'paid');
    assert.deepEqual(suggestionFixes(HAND, r, diag('quantum-widgetry')), []);
  });
});
