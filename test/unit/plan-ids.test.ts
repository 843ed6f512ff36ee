import assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { planIdAt, planIdOccurrences, renamePlanEdits } from '../../src/core/edit/plan-ids';
import { applyEdits } from '../../src/core/edit/text-edits';

const FILE = `version: 1
product: {name: X}
plans:
  - id: free
    price: 0
  - id: "pro"   # the team plan
    price: 10
addOns:
  - {id: ai, name: AI, price: 5, from: pro}
features:
  - id: boards
    plan: free
    limits:
      free: 3
      pro: unlimited   # no wall
  - id: export
    plan: 'pro'
  - {id: tiny, plan: pro, limits: {pro: 1}}
  - id: broken
    plan: pro
    bogus: 1
  - id: pro-notes   # a feature id that looks like the plan: untouched
    name: pro
    plan: free
`;

describe('plan ids: rename and references', () => {
  const result = check(FILE);

  it('finds the definition and every reference, in file order', () => {
    const occ = planIdOccurrences(result, 'pro');
    assert.deepEqual(
      occ.map((o) => [o.kind, FILE.slice(o.span.start, o.span.end)]),
      [
        ['definition', '"pro"'],
        ['from', 'pro'],
        ['limit', 'pro'],
        ['plan', "'pro'"],
        ['plan', 'pro'],
        ['limit', 'pro'],
        ['plan', 'pro'],
      ],
    );
  });

  it('renames plan:, from: and every limits: key, keeping quotes and comment columns; nothing else changes', () => {
    const out = applyEdits(FILE, renamePlanEdits(FILE, result, 'pro', 'team'));
    assert.equal(
      out,
      FILE.replace('- id: "pro"   # the team plan', '- id: "team"  # the team plan')
        .replace('from: pro}', 'from: team}')
        .replace('      pro: unlimited   # no wall', '      team: unlimited   # no wall')
        .replace("plan: 'pro'", "plan: 'team'")
        .replace('{id: tiny, plan: pro, limits: {pro: 1}}', '{id: tiny, plan: team, limits: {team: 1}}')
        .replace('  - id: broken\n    plan: pro', '  - id: broken\n    plan: team'),
    );
    // the renamed file has no new finding about plans
    const rules = (t: string) =>
      check(t)
        .diagnostics.map((d) => d.rule)
        .sort();
    assert.deepEqual(rules(out), rules(FILE));
  });

  it('knows which plan id is under the cursor', () => {
    assert.equal(planIdAt(result, FILE.indexOf("'pro'") + 2), 'pro');
    assert.equal(planIdAt(result, FILE.indexOf('free: 3') + 1), 'free');
    assert.equal(planIdAt(result, FILE.indexOf('pro-notes') + 1), undefined);
  });
});
