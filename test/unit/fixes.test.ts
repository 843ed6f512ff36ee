import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { suggestionsFor } from '../../src/core/edit/finding-suggestions';
import { type Fix, fixesFor } from '../../src/core/edit/fixes';
import { signalsEdit } from '../../src/core/edit/signals';
import { applyEdits } from '../../src/core/edit/text-edits';
import { verifiedEditsFor } from '../../src/core/edit/verify';
import type { TextEdit } from '../../src/core/types';

/** Applies edits (non-overlapping) back to front. */
function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) {
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  }
  return out;
}

/** Rules whose edit restores what the file plainly meant (spec 5.1); every other edit is a suggestion. */
const FIX_RULES = new Set(['schema', 'unknown-plan', 'unknown-add-on', 'unused-accept']);

/** The edits (fixes, then suggestions) of the first diagnostic of `rule` (optionally about `feature`). */
function fixes(text: string, rule: string, feature?: string): Fix[] {
  const result = check(text);
  const d = result.diagnostics.find(
    (x) => x.rule === rule && (feature === undefined || x.feature === feature),
  );
  assert.ok(d, `expected a ${rule} diagnostic; got ${result.diagnostics.map((x) => x.rule).join(', ')}`);
  return [...fixesFor(text, result, d), ...suggestionsFor(text, result, d)];
}

function fixed(text: string, rule: string, feature?: string): string {
  const fs = fixes(text, rule, feature);
  assert.equal(fs.length, 1, `one fix for ${rule}`);
  // spec 5.1: a fix is preferred, a suggestion (a packaging decision) never is
  assert.equal(fs[0]!.kind, FIX_RULES.has(rule) ? 'fix' : 'suggestion');
  assert.equal(fs[0]!.preferred, fs[0]!.kind === 'fix');
  // every face offers it: it passes the core's verification (issue 10)
  const result = check(text);
  const target = result.diagnostics.find(
    (x) => x.rule === rule && (feature === undefined || x.feature === feature),
  )!;
  assert.ok(
    verifiedEditsFor(text, result, target).some((f) => f.title === fs[0]!.title),
    'verified',
  );
  const out = apply(text, fs[0]!.edits);
  // every fix must make its own diagnostic go away and must not break the file
  const count = (t: string) =>
    check(t).diagnostics.filter((x) => x.rule === rule && (feature === undefined || x.feature === feature))
      .length;
  assert.equal(check(out).syntaxError, false, out);
  assert.equal(count(out), count(text) - 1, `${rule} still reported after the fix:\n${out}`);
  return out;
}

/** Ranges must agree with spans (line/character of the same text). */
function assertRanges(text: string, edits: TextEdit[]) {
  for (const e of edits) {
    const before = text.slice(0, e.span.start).split('\n');
    assert.deepEqual(e.range.start, {
      line: before.length - 1,
      character: before[before.length - 1]!.length,
    });
  }
}

const HEAD = `version: 1
product:
  name: Acme   # the product
growth:
  acquisition: product-led
  freeOffer: freemium
  freemiumGoals: [poc]
plans:
  - id: free   # lowest
    price: 0
  - id: pro
    name: Pro
    price: 10

  - id: team
    price: 20
features:
`;

describe('fixes: quick fixes are minimal, comment-keeping edits', () => {
  it('moves a gated growth driver to the lowest free plan, touching only the plan value', () => {
    const text = `${HEAD}  - id: share
    name: Share
    plan: team     # gated on purpose?
    signals:
      virality: true
      habitLoop: true
      ahaMoment: true
`;
    const fs = fixes(text, 'gated-growth-driver', 'share');
    assert.equal(fs[0]!.title, 'Move "Share" to free (the lowest free plan)');
    assertRanges(text, fs[0]!.edits);
    assert.equal(
      fixed(text, 'gated-growth-driver', 'share'),
      text.replace('plan: team     #', 'plan: free     #'),
    );
  });

  it('moves a free feature with friction to the lowest paid plan, keeping quotes out and comments in', () => {
    const text = `${HEAD}  - id: sso
    plan: "free"   # SSO for everyone
    signals: {friction: true}
  - id: aha
    plan: free
    signals: {ahaMoment: true, habitLoop: true}
`;
    assert.equal(fixed(text, 'free-friction', 'sso'), text.replace('plan: "free"   #', 'plan: pro      #'));
  });

  it('fixes an unknown plan id to the suggested one, in `plan:` and in a `limits:` key', () => {
    const text = `${HEAD}  - id: export
    plan: prro
    limits:
      tema: 5   # typo
`;
    const first = fixed(text, 'unknown-plan', 'export');
    assert.equal(first, text.replace('plan: prro', 'plan: pro'));
    assert.equal(fixed(first, 'unknown-plan', 'export'), first.replace('tema: 5', 'team: 5'));
  });

  // unclassified-feature has no quick fix (a block of `false` values would answer for the PM); the answer the PM
  // picks goes in with the same insertion, tested here for indentation, CRLF and flow style.
  const answered = (text: string, id: string) => {
    const e = signalsEdit(text, check(text), id, ['virality', 'friction']);
    assert.ok(e, 'an edit');
    return applyEdits(text, [e]);
  };

  it('offers no fix for an unclassified feature', () => {
    const text = `${HEAD}  - id: export\n    plan: pro\n`;
    const r = check(text);
    const d = r.diagnostics.find((x) => x.rule === 'unclassified-feature')!;
    assert.deepEqual(fixesFor(text, r, d), []);
  });

  it('writes the answered signals after the last line of the feature, at its indentation', () => {
    const text = `${HEAD}  - id: export
    plan: pro
    # comment that stays where it is

  - id: other
    plan: pro
    signals: {friction: true}
`;
    assert.equal(
      answered(text, 'export'),
      text.replace(
        '    plan: pro\n    # comment',
        '    plan: pro\n    signals:\n      virality: true\n      friction: true\n    # comment',
      ),
    );
  });

  it('follows a 4-space file and CRLF line ends', () => {
    const text = `version: 1\r\nproduct:\r\n    name: A\r\nplans:\r\n    -   id: free\r\n        price: 0\r\n    -   id: pro\r\n        price: 5\r\nfeatures:\r\n    -   id: x\r\n        plan: pro # here\r\n`;
    assert.equal(
      answered(text, 'x'),
      `${text}        signals:\r\n            virality: true\r\n            friction: true\r\n`,
    );
  });

  it('writes the answer inside the braces of a flow-style feature', () => {
    const text = `${HEAD}  - { id: x, plan: pro }\n`;
    assert.equal(
      answered(text, 'x'),
      `${HEAD}  - { id: x, plan: pro, signals: { virality: true, friction: true } }\n`,
    );
  });

  it('adds a usage limit on the free plan: a new limits block, or an entry in an existing one', () => {
    const noLimits = `${HEAD}  - id: boards
    plan: free
    signals:          # viral but costly
      virality: true
      friction: true
  - id: aha
    plan: free
    signals: {ahaMoment: true, habitLoop: true}
`;
    const fs = fixes(noLimits, 'unwalled-growth-driver', 'boards');
    assert.equal(fs[0]!.title, 'Add a usage limit on free (free: 10)');
    assert.equal(
      fixed(noLimits, 'unwalled-growth-driver', 'boards'),
      noLimits.replace('      friction: true\n', '      friction: true\n    limits:\n      free: 10\n'),
    );
    const withLimits = noLimits.replace(
      '    plan: free\n    signals:          #',
      '    plan: free\n    limits:\n      pro: unlimited # above\n    signals:          #',
    );
    assert.equal(
      fixed(withLimits, 'unwalled-growth-driver', 'boards'),
      withLimits.replace('      pro: unlimited # above\n', '      pro: unlimited # above\n      free: 10\n'),
    );
    const unlimitedFree = withLimits.replace('      pro: unlimited', '      free: unlimited');
    assert.equal(
      fixed(unlimitedFree, 'unwalled-growth-driver', 'boards'),
      unlimitedFree.replace('      free: unlimited #', '      free: 10        #'),
    );
  });

  it('switches a trial-only offer to freemium-and-trial', () => {
    const text = HEAD.replace('  freeOffer: freemium\n', '  freeOffer: trial   # 14 days\n  trialDays: 14\n');
    assert.equal(
      fixed(text, 'trial-only'),
      text.replace('freeOffer: trial   #', 'freeOffer: freemium-and-trial #'),
    );
  });

  it('adds freemiumGoals at the end of the growth block, or fills an empty list', () => {
    const text = HEAD.replace('  freemiumGoals: [poc]\n', '');
    assert.equal(
      fixed(text, 'freemium-without-goal'),
      text.replace(
        '  freeOffer: freemium\n',
        '  freeOffer: freemium\n  freemiumGoals:\n    - indirect-monetization\n',
      ),
    );
    const empty = HEAD.replace('freemiumGoals: [poc]', 'freemiumGoals: []  # later');
    assert.equal(
      fixed(empty, 'freemium-without-goal'),
      empty.replace('freemiumGoals: []  #', 'freemiumGoals: [indirect-monetization] #'),
    );
  });

  it('renames an unknown key to the close known one', () => {
    const text = `${HEAD}  - id: x\n    plan: pro\n    singals: {friction: true}\n`;
    const result = check(text);
    const d = result.diagnostics.find((x) => x.rule === 'schema' && x.data?.suggestion === 'signals');
    assert.ok(d, JSON.stringify(result.diagnostics));
    const [fix] = fixesFor(text, result, d);
    assert.equal(apply(text, fix!.edits), text.replace('singals:', 'signals:'));
  });

  it('offers nothing (and never throws) on syntax errors or unrelated rules', () => {
    const bad = `${HEAD}  - id: [\n`;
    const result = check(bad);
    for (const d of result.diagnostics) assert.deepEqual(fixesFor(bad, result, d), []);
    const ok = check(HEAD);
    for (const d of ok.diagnostics.filter((x) => x.rule === 'no-free-aha'))
      assert.deepEqual(fixesFor(HEAD, ok, d), []);
  });
});
