import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { CheckResult } from '../../src/core/check';
import { check } from '../../src/core/check';
import { RULE_IDS } from '../../src/core/format/schema';
import { classify } from '../../src/core/model/classify';
import { rangeOf } from './support/text';

// Generated packaging files, valid-ish and then mangled, through check(): it must never throw or hang,
// and every diagnostic must point inside the text, sorted, with line/character matching its offsets.

const PER_CALL_MS = 1500; // generous: the machine runs other suites at the same time
const SEED = Number(process.env.PROPERTY_SEED ?? 20261122);

const PLAN_IDS = ['free', 'starter', 'pro', 'team', 'enterprise', 'Pro', 'bad id'];
const FEATURE_IDS = ['boards', 'share', 'export', 'sso', 'audit-log', 'api', 'x1', 'pro'];
const SIGNALS = ['virality', 'universality', 'ahaMoment', 'habitLoop', 'friction'] as const;

const scalarText = fc.oneof(
  fc.constantFrom('Acme', 'Pro plan', 'Note: beta', "it's", '"quoted"', 'émoji 🎨', '#hash', '- dash', ''),
  fc.string({ maxLength: 12 }),
);

/** A YAML scalar for a string value: plain when safe, else double-quoted JSON. */
const yamlStr = (s: string) => (/^[A-Za-z][A-Za-z0-9 -]*$/.test(s) && !/ $/.test(s) ? s : JSON.stringify(s));

const limitValue = fc.oneof(
  fc.constantFrom('0', '1', '3', '10', 'unlimited', '"5"', '-1', '1.5', 'unlimted'),
  fc.nat({ max: 1000 }).map(String),
);
const priceValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('0', '0', '5', '10', '20', '99.5', 'contact-sales') },
  { weight: 1, arbitrary: fc.constantFrom('"10"', '-3', 'free', '.inf', '~') },
);

const plan = fc.record({
  id: fc.constantFrom(...PLAN_IDS),
  name: fc.option(scalarText, { nil: undefined }),
  price: priceValue,
  per: fc.option(fc.constantFrom('seat', 'workspace', 'seats'), { nil: undefined }),
  extra: fc.option(fc.constantFrom('periode: month', 'period: year', '__proto__: 1'), { nil: undefined }),
});

const feature = fc.record({
  id: fc.constantFrom(...FEATURE_IDS),
  name: fc.option(scalarText, { nil: undefined }),
  plan: fc.constantFrom(...PLAN_IDS, 'nope'),
  limits: fc.option(fc.dictionary(fc.constantFrom(...PLAN_IDS, 'nope'), limitValue, { maxKeys: 4 }), {
    nil: undefined,
  }),
  signals: fc.option(
    fc.dictionary(fc.constantFrom(...SIGNALS, 'viraltiy'), fc.constantFrom('true', 'false', 'yes'), {
      maxKeys: 5,
    }),
    { nil: undefined },
  ),
  status: fc.option(fc.constantFrom('shipped', 'planned', 'plnned'), { nil: undefined }),
  requestedBy: fc.option(fc.array(fc.constantFrom('Globex', 'Initech', 'Umbrella'), { maxLength: 3 }), {
    nil: undefined,
  }),
});

const growth = fc.option(
  fc.record(
    {
      acquisition: fc.constantFrom('product-led', 'marketing-led', 'sales-led', 'product-lead'),
      retention: fc.constantFrom('product-led', 'marketing-led', 'sales-led'),
      monetization: fc.constantFrom('self-serve', 'product-led-sales', 'sales-led'),
      relationship: fc.constantFrom('one-to-many', 'single-player'),
      freeOffer: fc.constantFrom('freemium', 'trial', 'freemium-and-trial', 'none'),
      trialDays: fc.constantFrom('14', '0', '"7"'),
      freemiumGoals: fc.constantFrom('[poc]', '[]', '[indirect-monetization, strategic-land]', '[pco]'),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const rules = fc.option(
  fc.dictionary(
    fc.constantFrom(...RULE_IDS, 'viral-wal'),
    fc.constantFrom('off', 'error', 'warning', 'info', 'of'),
    {
      maxKeys: 4,
    },
  ),
  { nil: undefined },
);

const packaging = fc.record({
  flow: fc.boolean(),
  indent: fc.constantFrom(2, 4),
  growth,
  plans: fc.array(plan, { minLength: 0, maxLength: 5 }),
  features: fc.array(feature, { maxLength: 8 }),
  rules,
  comments: fc.boolean(),
});

type Packaging = typeof packaging extends fc.Arbitrary<infer T> ? T : never;

/** Writes the generated model as YAML, block or flow style. */
function toYaml(p: Packaging): string {
  const pad = ' '.repeat(p.indent);
  const c = p.comments ? '  # note' : '';
  const out: string[] = ['version: 1', 'product:', `${pad}name: Acme${c}`];
  if (p.growth) {
    out.push('growth:');
    for (const [k, v] of Object.entries(p.growth)) out.push(`${pad}${k}: ${v}`);
  }
  out.push('plans:');
  for (const pl of p.plans) {
    const fields = [
      `id: ${yamlStr(pl.id)}`,
      pl.name !== undefined ? `name: ${yamlStr(pl.name)}` : '',
      `price: ${pl.price}`,
      pl.per ? `per: ${pl.per}` : '',
      pl.extra ?? '',
    ].filter(Boolean);
    if (p.flow) out.push(`${pad}- {${fields.join(', ')}}`);
    else out.push(...fields.map((f, i) => `${pad}${i ? '  ' : '- '}${f}`));
  }
  out.push('features:');
  if (p.features.length === 0) out.push(`${pad}[]`);
  for (const f of p.features) {
    const map = (d: Record<string, string>) =>
      `{${Object.entries(d)
        .map(([k, v]) => `${yamlStr(k)}: ${v}`)
        .join(', ')}}`;
    const fields = [
      `id: ${f.id}`,
      f.name !== undefined ? `name: ${yamlStr(f.name)}` : '',
      `plan: ${yamlStr(f.plan)}`,
      f.limits ? `limits: ${map(f.limits)}` : '',
      f.signals ? `signals: ${map(f.signals)}` : '',
      f.status ? `status: ${f.status}` : '',
      f.requestedBy ? `requestedBy: [${f.requestedBy.join(', ')}]` : '',
    ].filter(Boolean);
    if (p.flow) out.push(`${pad}- {${fields.join(', ')}}`);
    else out.push(...fields.map((x, i) => `${pad}${i ? '  ' : '- '}${x}${i === 0 ? c : ''}`));
  }
  if (p.rules) {
    out.push('rules:');
    for (const [k, v] of Object.entries(p.rules)) out.push(`${pad}${k}: ${v}`);
  }
  return `${out.join('\n')}\n`;
}

const NOISE = [
  ':',
  '-',
  ' ',
  '  ',
  '\t',
  '\n',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '!',
  '|',
  '>',
  '?',
  ',',
  '\r\n',
  '\u0000',
  '🎨',
  '\uFEFF',
  '%',
  '@',
  '`',
  '---\n',
  '...\n',
];

/** One random edit of a text: delete/duplicate/reindent a line, insert noise, truncate. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    what: fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 3 })),
  }),
  fc.record({ kind: fc.constant('delete-chars' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = lines.length ? m.at % lines.length : 0;
  const pos = text.length ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'delete-line':
      lines.splice(li, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(li, 0, lines[li] ?? '');
      return lines.join('\n');
    case 'indent': {
      const l = lines[li] ?? '';
      lines[li] = m.by >= 0 ? ' '.repeat(m.by) + l : l.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'insert':
      return text.slice(0, pos) + m.what + text.slice(pos);
    case 'delete-chars':
      return text.slice(0, pos) + text.slice(pos + m.n);
    case 'truncate':
      return text.slice(0, pos);
  }
}

const KNOWN_RULES = new Set<string>(RULE_IDS);

function checkInvariants(text: string): CheckResult {
  try {
    return invariants(text);
  } catch (e) {
    // Name the text: fast-check's counterexample is the model, not the YAML it produced.
    (e as Error).message += `\ntext: ${JSON.stringify(text)}`;
    throw e;
  }
}

function invariants(text: string): CheckResult {
  const t0 = performance.now();
  const r = check(text);
  const ms = performance.now() - t0;
  assert.ok(ms < PER_CALL_MS, `check took ${ms.toFixed(0)} ms`);
  let prev = -1;
  for (const d of r.diagnostics) {
    assert.ok(KNOWN_RULES.has(d.rule), d.rule);
    assert.ok(['error', 'warning', 'info'].includes(d.severity));
    assert.ok(typeof d.message === 'string' && d.message.length > 0);
    const { start, end } = d.span;
    assert.ok(
      Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length,
      `${d.rule} span ${start}-${end} outside 0-${text.length}`,
    );
    assert.deepEqual(d.range, rangeOf(text, d.span), `${d.rule}: range agrees with the span`);
    assert.ok(start >= prev, 'sorted by position');
    prev = start;
  }
  if (r.syntaxError) {
    assert.ok(
      r.diagnostics.every((d) => d.rule === 'syntax'),
      'syntax errors come alone',
    );
    assert.ok(r.diagnostics.length > 0);
  } else assert.ok(r.diagnostics.every((d) => d.rule !== 'syntax' || /alias|Keys must be/i.test(d.message)));
  r.features.forEach((f, i) => {
    assert.deepEqual(
      { recommendation: f.recommendation, reasons: f.reasons },
      classify(r.model?.features[i]?.signals),
    );
  });
  return r;
}

describe('property: check() on generated and mangled packaging files', function () {
  this.timeout(60_000);

  it('generated files: never throw, positions inside the text, sorted, deterministic', () => {
    fc.assert(
      fc.property(packaging, (p) => {
        const text = toYaml(p);
        const r = checkInvariants(text);
        assert.equal(r.syntaxError, false, `a generated file must parse:\n${text}`);
        assert.deepEqual(
          check(text).diagnostics.map((d) => [d.rule, d.span.start, d.message]),
          r.diagnostics.map((d) => [d.rule, d.span.start, d.message]),
        );
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('mangled files (line deletions, insertions, re-indentation, truncation): never throw, positions inside', () => {
    fc.assert(
      fc.property(packaging, fc.array(mutation, { minLength: 1, maxLength: 4 }), (p, ms) => {
        let text = toYaml(p);
        for (const m of ms) text = mutate(text, m);
        checkInvariants(text);
      }),
      { numRuns: 3000, seed: SEED + 1 },
    );
  });

  it('CRLF line ends and every prefix of one file', () => {
    fc.assert(
      fc.property(packaging, fc.boolean(), (p, crlf) => {
        let text = toYaml(p);
        if (crlf) text = text.replaceAll('\n', '\r\n');
        const step = Math.max(1, Math.floor(text.length / 40));
        for (let i = 0; i <= text.length; i += step) checkInvariants(text.slice(0, i));
      }),
      { numRuns: 60, seed: SEED + 2 },
    );
  });

  it('arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkInvariants(text);
      }),
      { numRuns: 1000, seed: SEED + 3 },
    );
  });
});
