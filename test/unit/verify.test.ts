import * as assert from 'node:assert/strict';
import { check } from '../../src/core/check';
import { fixesFor } from '../../src/core/edit/fixes';
import { applyEdits, setFeaturePlan } from '../../src/core/edit/text-edits';
import { fixAll, verifiedEditsFor, verifiedFixesFor, verifyEdits } from '../../src/core/edit/verify';
import { closest } from '../../src/core/format/closest';

// Issue 10, group 1: about one quick fix in six broke the file. Each reproducer below is rebuilt from the
// issue's description; every fix offered must leave a file that parses with no new structural finding.

const HEAD = `version: 1
product: {name: Acme}
growth: {freeOffer: freemium, freemiumGoals: [poc]}
plans:
  - {id: free, price: 0}
  - {id: pro, price: 10}
features:
`;

const STRUCTURAL = ['syntax', 'schema', 'duplicate-id'];
const structural = (text: string) =>
  check(text)
    .diagnostics.filter((d) => STRUCTURAL.includes(d.rule))
    .map((d) => d.message);

/** The first verified edit (fix or suggestion) of the first `rule` finding, applied. */
function fixOnce(text: string, rule: string): string {
  const result = check(text);
  const d = result.diagnostics.find((x) => x.rule === rule);
  assert.ok(d, `expected ${rule}; got ${result.diagnostics.map((x) => x.rule).join(', ')}`);
  const [fix] = verifiedEditsFor(text, result, d);
  assert.ok(fix, `a verified fix for ${rule}`);
  const out = applyEdits(text, fix.edits);
  assert.equal(check(out).syntaxError, false, out);
  for (const m of structural(out)) assert.ok(structural(text).includes(m), m);
  assert.equal(
    check(out).diagnostics.filter((x) => x.rule === rule && x.message === d.message).length,
    0,
    out,
  );
  return out;
}

const LIMITS_FLOW = 'limits: { free: 10 }';

describe('verified fixes (issue 10, group 1)', () => {
  // The "add a usage limit" fix inserts a key into the feature's map: the vehicle for the flow-map cases.
  it('inserts into a multi-line flow map after its last entry, never at column 0', () => {
    const text = `${HEAD}  - {\n      id: x,\n      plan: free,\n      signals: {virality: true, friction: true}\n    }\n`;
    assert.equal(
      fixOnce(text, 'unwalled-growth-driver'),
      text.replace('friction: true}\n', `friction: true}, ${LIMITS_FLOW}\n`),
    );
  });

  it('keeps a trailing comma where it is, with no `,,`', () => {
    const text = `${HEAD}  - { id: x, plan: free, signals: {virality: true, friction: true}, }\n`;
    const out = fixOnce(text, 'unwalled-growth-driver');
    assert.ok(!out.includes(',,'), out);
    assert.equal(out, text.replace('friction: true}, }', `friction: true}, ${LIMITS_FLOW}, }`));
  });

  it('puts the new limit into `limits: {…}` when it is the last entry of a flow map', () => {
    const text = `${HEAD}  - { id: boards, plan: free, signals: {virality: true, friction: true}, limits: {pro: 5} }\n`;
    assert.equal(fixOnce(text, 'unwalled-growth-driver'), text.replace('{pro: 5}', '{pro: 5, free: 10}'));
    const multi = `${HEAD}  - { id: boards, plan: free, signals: {virality: true, friction: true},\n      limits: {pro: 5},\n    }\n`;
    assert.equal(fixOnce(multi, 'unwalled-growth-driver'), multi.replace('{pro: 5}', '{pro: 5, free: 10}'));
  });

  it('never renames an unknown key to a key the map already has', () => {
    const text = `${HEAD}  - id: x\n    plan: pro\n    signals: {friction: true}\n    singals: {friction: true}\n`;
    const result = check(text);
    const d = result.diagnostics.find((x) => x.rule === 'schema');
    assert.ok(d);
    assert.equal(d.data?.suggestion, undefined);
    assert.deepEqual(fixesFor(text, result, d), []);
  });

  it('suggests the nearest key, not a prefix: `perlod` becomes `period`, not `per`', () => {
    assert.equal(closest('perlod', ['id', 'name', 'price', 'per', 'period']), 'period');
    const text = `version: 1\nproduct: {name: A}\nplans:\n  - id: free\n    price: 0\n    perlod: month\nfeatures: []\n`;
    assert.match(fixOnce(text, 'schema'), /\n {4}period: month\n/);
  });

  it('the unknown-plan fix never creates a duplicate `limits:` key', () => {
    const text = `${HEAD}  - id: x\n    plan: pro\n    signals: {friction: true}\n    limits: {proo: 3, pro: 5}\n`;
    const result = check(text);
    const d = result.diagnostics.find((x) => x.rule === 'unknown-plan');
    assert.ok(d);
    assert.deepEqual(verifiedFixesFor(text, result, d), []);
    assert.deepEqual(fixesFor(text, result, d), []);
  });

  it('moving a feature whose `plan:` is an alias leaves the anchor (and its feature) alone', () => {
    const text = `${HEAD}  - id: a\n    plan: &p free\n    signals: {virality: true}\n  - id: b\n    plan: *p\n    signals: {virality: true}\n`;
    const out = applyEdits(text, setFeaturePlan(text, check(text), 'b', 'pro'));
    const plans = Object.fromEntries(check(out).features.map((f) => [f.id, f.plan]));
    assert.deepEqual(plans, { a: 'free', b: 'pro' });
  });

  it('refuses edits that break the YAML, overlap, leave the target, or mix line ends', () => {
    const text = `${HEAD}  - id: x\n    plan: pro\n`;
    const result = check(text);
    const d = result.diagnostics.find((x) => x.rule === 'unclassified-feature')!;
    const at = text.length;
    const e = (start: number, end: number, newText: string) => ({
      span: { start, end },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      newText,
    });
    assert.equal(
      verifyEdits(text, result, [e(at, at, '  - id: [\n')], [d]).reason,
      'the edit breaks the YAML',
    );
    assert.equal(verifyEdits(text, result, [e(0, 3, 'a'), e(2, 4, 'b')], [d]).reason, 'edits overlap');
    assert.match(verifyEdits(text, result, [e(at, at, '# nothing\n')], [d]).reason ?? '', /still reported/);
    assert.equal(verifyEdits(text, result, [e(at, at, 'x\r\n')], [d]).reason, 'edit mixes line ends');
    assert.equal(
      verifyEdits(text, result, [e(at + 1, at + 1, 'x')], [d]).reason,
      `edit out of bounds (${at + 1}-${at + 1})`,
    );
  });

  it('`fixAll` on every reproducer leaves a file that parses with no new structural finding', () => {
    const reproducers = [
      `${HEAD}  - {\n      id: x,\n      plan: free,\n      signals: {virality: true, friction: true}\n    }\n`,
      `${HEAD}  - { id: x, plan: free, signals: {virality: true, friction: true}, }\n`,
      `${HEAD}  - { id: boards, plan: free, signals: {virality: true, friction: true}, limits: {pro: 5} }\n`,
      `${HEAD}  - id: x\n    plan: pro\n    signals: {friction: true}\n    singals: {friction: true}\n`,
      `${HEAD}  - id: x\n    plan: proo\n    limits: {proo: 3, pro: 5}\n`,
      `${HEAD.replace(/\n/g, '\r\n')}  - id: x\r\n    plan: pro # c\r\n  - id: y\r\n    plan: free\r\n    signals: {friction: true}\r\n`,
    ];
    // The duplicate-key case has nothing safe to offer: it must stay untouched.
    const untouched = reproducers[3]!;
    assert.equal(fixAll(untouched).text, untouched);
    // Only the unknown plan (#4) has a fix; the others have suggestions (a limit, a move), never applied by `fixAll`.
    for (const [i, text] of reproducers.entries()) {
      if (text === untouched) continue;
      const out = fixAll(text);
      assert.equal(out.result.syntaxError, false, out.text);
      for (const m of structural(out.text)) assert.ok(structural(text).includes(m), `${m}\n${out.text}`);
      if (i !== 4) assert.equal(out.text, text);
      else assert.ok(out.fixed >= 1, text);
    }
  });
});
