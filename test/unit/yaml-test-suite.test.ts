import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fc from 'fast-check';
import { parseDocument } from 'yaml';
import { check } from '../../src/core/check';
import { compareWithYaml, wrappings } from './helpers/fast-diff';

// The official YAML test suite (test/fixtures/yaml-test-suite, MIT) through the differential harness: each
// input, wrapped as a packaging file in several ways, is either refused by the one-pass reader or read exactly
// as yaml reads it; and check() reports a `syntax` finding exactly when yaml reports an error.

interface SuiteCase {
  id: string;
  yaml: string;
  error: boolean;
}

const CASES: SuiteCase[] = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'fixtures', 'yaml-test-suite', 'cases.json'), 'utf8'),
);

/** yaml refuses the text: an error, a duplicate key (its uniqueKeys), an alias it cannot resolve. */
function yamlRejects(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return true;
  try {
    doc.toJS({ mapAsMap: true }); // an alias with no anchor before it
    return false;
  } catch {
    return true;
  }
}

function assertReader(name: string, text: string): boolean {
  const r = compareWithYaml(text);
  assert.equal(r.problem, undefined, `${name}: ${r.problem}\n--- text ---\n${text.slice(0, 1500)}`);
  return r.taken;
}

const KEYS = ['id', 'name', 'unit', 'plan', 'requestedBy', 'description', '"q k"', "'s k'", 'a b', 'é', '🎨'];
const ODD_KEYS = ['? k', '-', '- x', '"k', `"${'k'.repeat(1030)}"`, 'k\t', '&a k', '*a', '!!str k'];
const VALUES = [
  'x',
  'Free',
  '12',
  '1.50',
  'true',
  'null',
  '~',
  '"a b"',
  "'it''s'",
  '[a, b]',
  '{a: 1, b: x}',
  'é',
];
const ODD_VALUES = [
  '-',
  '?',
  ':',
  '-x',
  '?x',
  ':x',
  'a: b',
  'a #c',
  '#c',
  '[sales, ?]',
  '[-]',
  '[a, -]',
  '{unit: -}',
  '{a: ?}',
  '[a, :]',
  '[a,]',
  '[a, [b]]',
  '{a: 1, a: 2}',
  '[}',
  '{]',
  '"\\u00e9 \\"x"',
  '"a\\q"',
  `"${'k'.repeat(1030)}"`,
  '|',
  '>-',
  '&a x',
  '*a',
  '!!str 1',
  '🎨 emoji',
  'tab\there',
  '\t',
  'x\ty',
  '\ufeffx',
  '"a',
  "'a",
  'a  # c',
  'http://x/#y',
  '"a\n  b"',
  "'a\n\n  b'",
  'a\n  b',
];
const LINES = [
  '',
  '# c',
  '  # c',
  '---',
  '--- key: v',
  '... key: v',
  '...',
  '---\t',
  '\t- x',
  '  wrapped',
  '\ufeff',
];

/** A random packaging-like text: block maps and lists, mostly well formed, with odd keys, values and lines. */
const packagingText = fc
  .array(
    fc.tuple(
      fc.integer({ min: -2, max: 1 }),
      fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...KEYS) }, fc.constantFrom(...ODD_KEYS)),
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...VALUES) },
        { weight: 2, arbitrary: fc.constant('') },
        { weight: 2, arbitrary: fc.constantFrom(...ODD_VALUES) },
      ),
      fc.boolean(),
      fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, fc.constantFrom(...LINES)),
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((rows) => {
    let out = '';
    // per open level: whether it is a list of maps (`- key:` starts each item)
    const lists: boolean[] = [false];
    let open = false;
    for (const [move, key, value, dash, line] of rows) {
      // deeper only under an empty value
      const depth = Math.max(0, Math.min(lists.length - 1 + move, open ? lists.length : lists.length - 1));
      if (depth === lists.length) lists.push(dash);
      lists.length = depth + 1;
      const item = lists[depth]! && (dash || open || move < 0);
      const pad = '  '.repeat(depth) + (item ? '- ' : lists[depth] ? '  ' : '');
      out += `${pad}${key}:${value ? ` ${value}` : ''}\n`;
      open = value === '';
      if (line !== null) out += `${line}\n`;
    }
    return out;
  });

describe('the YAML test suite through the one-pass reader and check()', function () {
  this.timeout(300_000);

  it(`has the suite's ${CASES.length} cases, errors marked`, () => {
    assert.ok(CASES.length >= 400);
    assert.ok(CASES.filter((c) => c.error).length >= 90);
  });

  it('each case, wrapped five ways (and CRLF): the reader bails or equals yaml', () => {
    let taken = 0;
    let total = 0;
    for (const c of CASES)
      for (const [how, text] of wrappings(c.yaml)) {
        total++;
        if (assertReader(`${c.id} (${how})`, text)) taken++;
      }
    console.log(`      fast path taken for ${taken} of ${total} wrapped cases`);
    assert.ok(taken > 0);
  });

  it('each case through check(): a syntax finding iff yaml reports an error', () => {
    for (const c of CASES)
      for (const [how, text] of wrappings(c.yaml)) {
        const syntax = check(text).diagnostics.some((d) => d.rule === 'syntax');
        assert.equal(syntax, yamlRejects(text), `${c.id} (${how}): syntax ${syntax}\n${text}`);
      }
  });

  it('random packaging-like texts: the reader bails or equals yaml; check() agrees with yaml on errors', () => {
    let taken = 0;
    fc.assert(
      fc.property(packagingText, fc.boolean(), (text0, crlf) => {
        const text = crlf ? text0.replace(/\n/g, '\r\n') : text0;
        if (assertReader('random text', text)) taken++;
        const syntax = check(text).diagnostics.some((d) => d.rule === 'syntax');
        assert.equal(syntax, yamlRejects(text), `syntax ${syntax}\n${text}`);
      }),
      {
        numRuns: Number(process.env.FAST_PARSE_RUNS ?? 3000),
        seed: Number(process.env.FAST_PARSE_SEED ?? 20261207),
      },
    );
    console.log(`      fast path taken for ${taken} random texts`);
    assert.ok(taken > 100, `the fast path was taken for only ${taken}: the comparison proves little`);
  });
});
