import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { suggestionsFor } from '../../src/core/edit/finding-suggestions';
import { fixesFor } from '../../src/core/edit/fixes';
import { applyEdits } from '../../src/core/edit/text-edits';
import { verifiedEditsFor } from '../../src/core/edit/verify';
import { doc } from './support/docs';

// Quick fixes of the revision-2 rules: each removes its finding, adds no structure error, and leaves every byte
// outside its edit alone.

function fixOnce(text: string, rule: string, title: RegExp) {
  const r = check(text);
  const d = r.diagnostics.find((x) => x.rule === rule);
  assert.ok(d, `${rule} expected`);
  const fixes = [...fixesFor(text, r, d), ...suggestionsFor(text, r, d)];
  const fix = fixes.find((f) => title.test(f.title));
  assert.ok(fix, `fix ${title} among ${fixes.map((f) => f.title).join(', ')}`);
  // and every face offers it: it passes the core's verification (issue 10)
  assert.ok(
    verifiedEditsFor(text, r, d).some((f) => f.title === fix.title),
    `${fix.title} fails verification`,
  );
  const after = applyEdits(text, fix.edits);
  const e = fix.edits[0]!;
  assert.equal(after.slice(0, e.span.start), text.slice(0, e.span.start));
  assert.equal(after.slice(e.span.start + e.newText.length), text.slice(e.span.end));
  const a = check(after);
  assert.equal(a.syntaxError, false);
  assert.deepEqual(
    a.diagnostics.filter((x) => x.rule === rule || x.rule === 'schema'),
    [],
  );
  return { after, fix };
}

describe('quick fixes, revision 2', () => {
  it('wall-not-lifted: the upgrade plan gets the next plan’s limit (a suggestion, never preferred)', () => {
    const text = doc({
      features:
        '  - id: boards-count\n    plan: free\n    unit: boards\n    limits: {free: 3, pro: 3, enterprise: 50}\n    signals: {ahaMoment: true, expansion: true}\n',
    });
    const { after, fix } = fixOnce(text, 'wall-not-lifted', /^Lift the wall on Pro: 50 boards/);
    // spec 5.1 (r3): changing a limit is a packaging decision
    assert.equal(fix.kind, 'suggestion');
    assert.equal(fix.preferred, false);
    assert.equal(after, text.replace('pro: 3, enterprise', 'pro: 50, enterprise'));
  });

  it('wall-not-lifted: unlimited when the next plan has no entry', () => {
    const text = doc({
      features:
        '  - id: b\n    plan: free\n    limits:\n      free: 3\n      pro: 3   # same\n    signals: {expansion: true}\n',
    });
    const { after } = fixOnce(text, 'wall-not-lifted', /unlimited/);
    assert.equal(
      after,
      text.replace('pro: 3   # same', 'pro: unlimited   # same'.replace('unlimited   ', 'unlimited ')),
    );
  });

  it('growth-wall: raises the 0 wall to 3, not to 1, a tight-wall (offered, not preferred)', () => {
    const text = doc({
      features: '  - id: e\n    plan: free\n    limits: {free: 0}\n    signals: {ahaMoment: true}\n',
    });
    const { after, fix } = fixOnce(text, 'growth-wall', /^Raise the free wall to 3/);
    assert.equal(fix.preferred, false);
    assert.equal(after, text.replace('free: 0}', 'free: 3}'));
    assert.deepEqual(
      check(after)
        .diagnostics.filter((d) => d.feature === 'e')
        .map((d) => d.rule),
      [],
    );
  });

  it('tight-wall: raises the wall of 1 to 3; nothing when a paid plan walls it lower than that', () => {
    const text = doc({
      features:
        '  - id: e\n    plan: free\n    unit: notebooks\n    limits: {free: 1, pro: 10}\n    signals: {habitLoop: true}\n',
    });
    const { after, fix } = fixOnce(text, 'tight-wall', /^Raise the free wall to 3 notebooks/);
    assert.equal(fix.preferred, false);
    assert.equal(after, text.replace('free: 1,', 'free: 3,'));
    const low = text.replace('pro: 10', 'pro: 2');
    const r = check(low);
    const d = r.diagnostics.find((x) => x.rule === 'tight-wall');
    assert.ok(d, 'tight-wall fires on a wall of 1 raised to 2');
    assert.deepEqual(suggestionsFor(low, r, d), []);
  });

  it('viral-wall: raises a wall of 1 to 3', () => {
    const text = doc({
      features:
        '  - id: g\n    plan: free\n    unit: guests\n    limits:\n      free: 1\n    signals: {virality: true}\n',
    });
    const { after } = fixOnce(text, 'viral-wall', /^Raise the free wall to 3 guests/);
    assert.equal(after, text.replace('      free: 1\n', '      free: 3\n'));
  });

  it('short-trial: 14 days', () => {
    const text = doc({
      growth: 'growth:\n  freeOffer: freemium-and-trial\n  trialDays: 7   # a week\n  freemiumGoals: [poc]\n',
    });
    const { after } = fixOnce(text, 'short-trial', /^Make the trial 14 days/);
    assert.equal(after, text.replace('trialDays: 7   # a week', 'trialDays: 14  # a week'));
  });

  it('pls-without-sales-plan: appends a contact-sales plan like the plans before it', () => {
    const growth =
      'growth:\n  monetization: product-led-sales\n  qualifiedBy: [team-spread]\n  freeOffer: freemium\n  freemiumGoals: [poc]\n';
    const block = doc({
      growth,
      plans: 'plans:\n  - id: free\n    price: 0\n  - id: pro\n    name: Pro\n    price: 10   # per seat\n',
    });
    const { after } = fixOnce(block, 'pls-without-sales-plan', /contact-sales plan/);
    assert.equal(
      after,
      block.replace(
        'price: 10   # per seat\n',
        'price: 10   # per seat\n  - id: enterprise\n    name: Enterprise\n    price: contact-sales\n',
      ),
    );
    const flow = doc({
      growth,
      plans: 'plans:\n  - {id: free, price: 0}\n  - {id: pro, name: Pro, price: 10}\n',
    });
    const f = fixOnce(flow, 'pls-without-sales-plan', /contact-sales plan/);
    assert.match(
      f.after,
      /- \{id: pro, name: Pro, price: 10\}\n {2}- \{ id: enterprise, name: Enterprise, price: contact-sales \}\n/,
    );
  });
});

describe('unknown plan with no close id', () => {
  it('offers each known plan in ladder order, none preferred, each verified', () => {
    const text = doc({ features: '  - id: x\n    plan: premium\n    signals: {friction: true}\n' });
    const r = check(text);
    const d = r.diagnostics.find((x) => x.rule === 'unknown-plan')!;
    assert.equal(d.data?.suggestion, undefined);
    const fixes = verifiedEditsFor(text, r, d);
    assert.deepEqual(
      fixes.map((f) => [f.title, f.preferred]),
      [
        ['Change "premium" to "free" (free)', false],
        ['Change "premium" to "pro" (Pro)', false],
        ['Change "premium" to "enterprise" (enterprise)', false],
      ],
    );
    assert.equal(applyEdits(text, fixes[1]!.edits), text.replace('plan: premium', 'plan: pro'));
  });
});
