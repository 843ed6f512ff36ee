import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { check } from '../../src/core/check';
import { doc } from './support/docs';
import { assertConsistent, describeDiagnostics, only, spanOf } from './support/text';

function run(text: string) {
  const r = check(text);
  assertConsistent(text, r);
  return r;
}

/** The schema diagnostics of a text, as [covered text, message, suggestion]. */
function schemaAt(text: string) {
  return only(run(text), 'schema').map((d) => ({
    at: text.slice(d.span.start, d.span.end),
    span: d.span,
    message: d.message,
    suggestion: d.data?.suggestion,
  }));
}

/** Exactly one schema error, covering `span`. */
function oneSchema(text: string, span: { start: number; end: number }) {
  const r = run(text);
  const ds = only(r, 'schema');
  assert.equal(ds.length, 1, describeDiagnostics(r, text));
  const d = ds[0]!;
  assert.equal(d.severity, 'error');
  assert.deepEqual(
    d.span,
    span,
    `covers ${JSON.stringify(text.slice(d.span.start, d.span.end))}, expected ${JSON.stringify(text.slice(span.start, span.end))}`,
  );
  return d;
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

describe('schema: errors and their positions (spec section 2)', () => {
  describe('unknown keys', () => {
    const cases: Array<[string, string, string, string]> = [
      // [description, from, to, suggestion]
      ['at the top level', 'plans:\n', 'plan:\n', 'plans'],
      ['in product', '  name: Acme\n', '  nmae: Acme\n', 'name'],
      ['in growth', '  freeOffer: freemium\n', '  freeOfer: freemium\n', 'freeOffer'],
      ['in a plan', '    name: Pro\n', '    nam: Pro\n', 'name'],
      ['in a feature', '    plan: free\n', '    plna: free\n', 'plan'],
      ['in signals', '      habitLoop: true\n', '      habitloop: true\n', 'habitLoop'],
    ];
    for (const [what, from, to, suggestion] of cases) {
      it(`${what}: at the key, with the nearest known key`, () => {
        const text = doc().replace(from, to);
        assert.notEqual(text, doc(), 'the replacement applied');
        const key = to.trim().split(':')[0]!;
        const errors = schemaAt(text).filter((e) => e.message.startsWith('Unknown key'));
        assert.equal(errors.length, 1, JSON.stringify(schemaAt(text)));
        assert.deepEqual(errors[0]!.span, spanOf(text, `${key}:`, key));
        assert.equal(errors[0]!.suggestion, suggestion);
        assert.match(errors[0]!.message, new RegExp(`\`${key}\``));
        assert.match(errors[0]!.message, new RegExp(`Did you mean \`${suggestion}\``));
      });
    }

    it('in rules: an unknown rule id suggests the nearest rule id', () => {
      const text = doc({ rules: 'rules:\n  viral-wal: off\n' });
      const d = oneSchema(text, spanOf(text, 'viral-wal'));
      assert.equal(d.data?.suggestion, 'viral-wall');
    });

    it('with nothing close: no suggestion, the known keys are listed', () => {
      const text = doc().replace('  name: Acme\n', '  name: Acme\n  zzzzzzzz: 1\n');
      const d = oneSchema(text, spanOf(text, 'zzzzzzzz'));
      assert.equal(d.data?.suggestion, undefined);
      assert.match(d.message, /name, url/);
    });

    it('every unknown key of one object is reported', () => {
      const text = doc().replace('  name: Acme\n', '  name: Acme\n  colour: red\n  size: xl\n');
      assert.deepEqual(
        schemaAt(text).map((e) => e.at),
        ['colour', 'size'],
      );
    });
  });

  it('a schema error inside a feature names the feature (when its id is valid)', () => {
    const text = doc({
      features:
        '  - id: export\n    plan: pro\n    signals: {virality: 1}\n  - id: Bad Id\n    plan: pro\n    signals: {friction: true}\n  - id: sso\n',
    });
    const r = run(text);
    assert.deepEqual(
      only(r, 'schema').map((d) => [text.slice(d.span.start, d.span.end), d.feature]),
      [
        ['1', 'export'],
        ['Bad Id', undefined],
        // (r2) neither plan nor addOn: a schema error on the feature's id
        ['sso', 'sso'],
      ],
    );
    const plan = doc().replace('price: 10', 'price: "10"');
    assert.equal(only(run(plan), 'schema')[0]?.feature, undefined);
  });

  describe('missing keys', () => {
    it('a missing key in a map value: at the parent object’s key', () => {
      const text = doc().replace('  name: Acme\n', '  url: https://acme.example\n');
      const d = oneSchema(text, spanOf(text, 'product:', 'product'));
      assert.match(d.message, /Missing required key `name`/);
    });

    it('a missing key in a list item: at the item’s first key (a list item has no key of its own)', () => {
      const text = doc({ features: '  - plan: pro\n    signals: {friction: true}\n' });
      const d = oneSchema(text, spanOf(text, '  - plan: pro', 'plan'));
      assert.match(d.message, /Missing required key `id`/);
      // (r2) a feature with neither `plan` nor `addOn`: on its id value, saying both options.
      const noPlan = doc({ features: '  - id: export\n    signals: {friction: true}\n' });
      const np = oneSchema(noPlan, spanOf(noPlan, 'id: export', 'export'));
      assert.match(np.message, /needs `plan`.*or `addOn`/);
    });

    it('a missing top-level key: at the first key of the file', () => {
      const text = doc().replace(/features:\n[\s\S]*$/, '');
      const d = oneSchema(text, spanOf(text, 'version'));
      assert.match(d.message, /`features`/);
    });

    it('several missing keys are all reported', () => {
      const text = 'product:\n  url: x\n';
      const msgs = schemaAt(text).map((e) => e.message);
      for (const k of ['version', 'name', 'plans', 'features'])
        assert.ok(
          msgs.some((m) => m.includes(`\`${k}\``)),
          `${k} reported:\n${msgs.join('\n')}`,
        );
    });

    it('an empty value: at its key, never a zero-width range', () => {
      const text = doc().replace('product:\n  name: Acme\n', 'product:\n');
      const d = oneSchema(text, spanOf(text, 'product'));
      assert.match(d.message, /must be a map/);
    });
  });

  describe('wrong types: values are read exactly as typed', () => {
    const cases: Array<[string, string, string, string]> = [
      ['version "1"', 'version: 1', 'version: "1"', '"1"'],
      ['version 2', 'version: 1', 'version: 2', '2'],
      ['price "10"', 'price: 10', 'price: "10"', '"10"'],
      ['price -1', 'price: 10', 'price: -1', '-1'],
      ['price .inf', 'price: 10', 'price: .inf', '.inf'],
      ['price free', 'price: 10', 'price: free', 'free'],
      ['signal "true"', 'ahaMoment: true', 'ahaMoment: "true"', '"true"'],
      ['signal yes (YAML 1.2: text)', 'ahaMoment: true', 'ahaMoment: yes', 'yes'],
      ['plan 10', 'plan: free', 'plan: 10', '10'],
      ['freemiumGoals as text', 'freemiumGoals: [poc]', 'freemiumGoals: poc', 'poc'],
    ];
    for (const [what, from, to, value] of cases) {
      it(`${what} is a schema error at the value`, () => {
        const text = doc().replace(from, to);
        oneSchema(text, spanOf(text, to, value));
      });
    }

    it('limits: "3", -1 and typos of unlimited are errors; 0, decimals (r2) and unlimited are fine', () => {
      const text = doc({
        features:
          '  - id: export\n    plan: free\n    limits: {free: "3", pro: 1.5, enterprise: unlimted}\n    signals: {universality: true, friction: true}\n  - id: other\n    plan: free\n    limits: {free: -1}\n    signals: {universality: true}\n',
      });
      assert.deepEqual(
        schemaAt(text).map((e) => e.at),
        ['"3"', 'unlimted', '-1'],
      );
      const ok = doc({
        features:
          '  - id: export\n    plan: free\n    limits: {free: 0.1, pro: unlimited}\n    signals: {universality: true, friction: true}\n',
      });
      assert.deepEqual(schemaAt(ok), []);
    });

    it('trialDays "14" and 0 are errors', () => {
      const g = 'growth:\n  freeOffer: trial\n  trialDays: "14"\n';
      oneSchema(doc({ growth: g }), spanOf(doc({ growth: g }), '"14"'));
      const z = 'growth:\n  freeOffer: trial\n  trialDays: 0\n';
      oneSchema(doc({ growth: z }), spanOf(doc({ growth: z }), 'trialDays: 0', '0'));
    });

    it('ids must match ^[a-z][a-z0-9-]*$, with a slug suggested', () => {
      const text = doc()
        .replace('  - id: pro\n', '  - id: Pro Plan\n')
        .replace('plan: pro', 'plan: pro-plan');
      const d = oneSchema(text, spanOf(text, 'Pro Plan'));
      assert.equal(d.data?.suggestion, 'pro-plan');
    });
  });

  describe('enum typos', () => {
    const cases: Array<[string, string, string]> = [
      ['acquisition: product-led', 'acquisition: product-lead', 'product-led'],
      ['retention: product-led', 'retention: prodct-led', 'product-led'],
      ['monetization: self-serve', 'monetization: selfserve', 'self-serve'],
      ['relationship: one-to-many', 'relationship: one-to-mny', 'one-to-many'],
      ['freeOffer: freemium', 'freeOffer: fremium', 'freemium'],
      ['freemiumGoals: [poc]', 'freemiumGoals: [pco]', 'poc'],
      ['    price: 0\n', '    price: 0\n    per: seats\n', 'seat'],
      ['    price: 0\n', '    price: 0\n    period: mnth\n', 'month'],
    ];
    for (const [from, to, suggestion] of cases) {
      it(`${to.trim().split('\n').pop()} suggests ${suggestion}`, () => {
        const text = doc().replace(from, to);
        const line = to.trim().split('\n').pop()!;
        const bad = line.split(': ')[1]!.replace(/[[\]]/g, '');
        const d = oneSchema(text, spanOf(text, line, bad));
        assert.equal(d.data?.suggestion, suggestion);
        assert.match(d.message, new RegExp(`Did you mean \`${suggestion}\``));
      });
    }

    it('status and rule settings too', () => {
      const text = doc({
        features: '  - id: x\n    plan: pro\n    status: plnned\n    signals: {friction: true}\n',
        rules: 'rules:\n  viral-wall: of\n',
      });
      assert.deepEqual(
        schemaAt(text).map((e) => [e.at, e.suggestion]),
        [
          ['plnned', 'planned'],
          ['of', 'off'],
        ],
      );
    });
  });

  describe('trialDays goes only with a trial', () => {
    for (const offer of ['freemium', 'none']) {
      it(`beside freeOffer ${offer} it is an error at trialDays`, () => {
        const text = doc({
          growth: `growth:\n  freeOffer: ${offer}\n  freemiumGoals: [poc]\n  trialDays: 14\n`,
        });
        const d = oneSchema(text, spanOf(text, 'trialDays: 14', '14'));
        assert.match(d.message, /trial/);
      });
    }

    it('beside the assumed freemium (freeOffer left out) it is an error', () => {
      const text = doc({ growth: 'growth:\n  trialDays: 14\n' });
      oneSchema(text, spanOf(text, 'trialDays: 14', '14'));
    });

    for (const offer of ['trial', 'freemium-and-trial']) {
      it(`with freeOffer ${offer} it is fine`, () => {
        assert.deepEqual(
          schemaAt(
            doc({ growth: `growth:\n  freeOffer: ${offer}\n  freemiumGoals: [poc]\n  trialDays: 14\n` }),
          ),
          [],
        );
      });
    }
  });

  describe('prototype keys', () => {
    it('__proto__ and constructor keys are unknown keys, and nothing is polluted', () => {
      const text = doc({
        features:
          '  - id: x\n    plan: free\n    __proto__: {polluted: true}\n    constructor: {prototype: {polluted: true}}\n    signals: {__proto__: true, universality: true}\n',
        rules: 'rules:\n  __proto__: {polluted: true}\n  toString: off\n',
      }).replace('product:\n', '__proto__:\n  polluted: true\nproduct:\n');
      const r = run(text);
      assert.deepEqual(
        only(r, 'schema').map((d) => text.slice(d.span.start, d.span.end)),
        ['__proto__', '__proto__', 'constructor', '__proto__', '__proto__', 'toString'],
        describeDiagnostics(r, text),
      );
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      assert.equal(Object.hasOwn(Object.prototype, 'polluted'), false);
      assert.equal(typeof ({} as { toString: unknown }).toString, 'function');
    });

    it('__proto__ as a limits key is an unknown plan, not a prototype', () => {
      const text = doc({
        features:
          '  - id: x\n    plan: free\n    limits: {__proto__: 3, free: 5}\n    signals: {universality: true, friction: true}\n',
      });
      const r = run(text);
      assert.deepEqual(
        only(r, 'unknown-plan').map((d) => text.slice(d.span.start, d.span.end)),
        ['__proto__'],
      );
      assert.equal(r.model?.features[1]?.limits.free, 5);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('an id named constructor or __proto__ is just an id', () => {
      const text = doc({
        features: '  - id: constructor\n    plan: free\n    signals: {universality: true}\n',
      });
      assert.deepEqual(run(text).diagnostics, []);
    });
  });

  describe('files that are not a packaging map', () => {
    for (const [what, text] of [
      ['an empty file', ''],
      ['only blank lines', '  \n\n'],
      ['only a comment', '# nothing yet\n'],
      ['an empty document', '---\n'],
      ['null', '~\n'],
    ] as const) {
      it(`${what}: one schema error at the start`, () => {
        const r = run(text);
        assert.equal(r.diagnostics.length, 1, describeDiagnostics(r, text));
        assert.equal(r.diagnostics[0]!.rule, 'schema');
        assert.deepEqual(r.diagnostics[0]!.span, { start: 0, end: 0 });
        assert.equal(r.syntaxError, false);
      });
    }

    for (const [what, text] of [
      ['a bare scalar', 'hello world\n'],
      ['a bare number', '42'],
      ['a bare list', '- id: free\n- id: pro\n'],
    ] as const) {
      it(`${what}: one schema error covering it`, () => {
        const r = run(text);
        assert.equal(r.diagnostics.length, 1, describeDiagnostics(r, text));
        const d = r.diagnostics[0]!;
        assert.equal(d.rule, 'schema');
        assert.equal(d.span.start, 0);
        assert.equal(text.slice(d.span.start, d.span.end).trim(), text.trim());
        assert.match(d.message, /must be a map/);
        assert.equal(r.model, undefined);
      });
    }

    it('a byte-order mark is fine', () => {
      assert.deepEqual(run(`\uFEFF${doc()}`).diagnostics, []);
    });
  });

  describe('hostile and broken input', () => {
    it('several YAML errors are all reported, each at the parser’s position', () => {
      const text = 'version: 1\nproduct: {name: "Acme}\nplans:\n\t- id: free\nfeatures: [a, b\n';
      const parser = parseDocument(text).errors;
      const r = run(text);
      assert.ok(r.diagnostics.length >= 2, describeDiagnostics(r, text));
      assert.equal(r.diagnostics.length, parser.length);
      assert.ok(r.diagnostics.every((d) => d.rule === 'syntax'));
    });

    it('an alias bomb ("billion laughs") is reported within a second', () => {
      let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
      let prev = 'a';
      for (const n of 'bcdefghijk') {
        text += `${n}: &${n} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
        prev = n;
      }
      const { value: r, ms } = timed(() => run(text));
      assert.ok(ms < 1000, `${ms} ms`);
      assert.equal(r.diagnostics.length, 1);
      assert.match(r.diagnostics[0]!.message, /alias/i);
    });

    it('thousands of plain aliases stay linear (no per-alias walk of the document)', () => {
      const text = `version: 1\nproduct: {name: A}\nx: &p {id: free, price: 0}\nplans:\n${'  - *p\n'.repeat(20_000)}features: []\n`;
      const { value: r, ms } = timed(() => run(text));
      assert.ok(ms < 5000, `${ms} ms`);
      assert.ok(r.diagnostics.length > 0);
    });

    it('an alias to a valid plan reads like the plan itself', () => {
      const text = doc({ features: '  - &f\n    id: share\n    plan: pro\n    signals: {virality: true}\n' });
      assert.deepEqual(
        run(text).diagnostics.map((d) => d.rule),
        ['gated-growth-driver'],
      );
    });

    for (const [what, make] of [
      ['flow lists', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
      ['flow maps', (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
      [
        'block maps',
        (n: number) => {
          let s = '';
          for (let i = 0; i < n; i++) s += `${' '.repeat(i)}a:\n`;
          return s;
        },
      ],
      [
        'block lists',
        (n: number) => {
          let s = '';
          for (let i = 0; i < n; i++) s += `${' '.repeat(i * 2)}- x:\n`;
          return s;
        },
      ],
    ] as const) {
      it(`10,000-deep ${what}: a diagnostic, not a crash`, function () {
        this.timeout(30_000);
        const text = make(10_000);
        const { value: r, ms } = timed(() => run(text));
        assert.ok(r.diagnostics.length >= 1);
        assert.ok(r.diagnostics.length <= 3, describeDiagnostics(r, '').slice(0, 500));
        assert.ok(ms < 10_000, `${ms} ms`);
      });
    }

    it('brackets inside quoted, plain and block scalars are no nesting', () => {
      const text = doc({
        features: `  - id: x\n    plan: free\n    description: "${'['.repeat(300)}"\n    category: don't ${'{'.repeat(300)}\n    unit: |\n      ${'[{'.repeat(300)}\n    signals: {universality: true}\n  - {id: y, plan: free, name: '${'['.repeat(300)}', signals: {universality: true}}\n`,
      });
      assert.deepEqual(run(text).diagnostics, []);
    });

    it('the depth finding points at the first bracket past the limit', () => {
      const text = `version: 1\nproduct: {name: "${'['.repeat(300)}"}\nplans: ${'[{a: '.repeat(150)}`;
      const r = run(text);
      assert.equal(r.diagnostics.length, 1);
      // 200 brackets fit; the 201st is the first one of the 101st "[{a: ".
      const start = text.indexOf('plans: ') + 7 + 100 * 5;
      assert.equal(text[start], '[');
      assert.deepEqual(r.diagnostics[0]!.span, { start, end: start + 1 });
    });

    it('a 10 MB file completes', function () {
      this.timeout(120_000);
      let text = doc();
      let i = 0;
      while (text.length < 10_000_000) {
        text += `  - id: f${i}\n    plan: pro\n    description: "${'lorem ipsum '.repeat(400)}"\n    signals: {friction: true}\n`;
        i++;
      }
      const r = run(text);
      assert.equal(r.features.length, i + 2);
      assert.deepEqual(r.diagnostics, []);
    });

    it('a NUL byte: one syntax error at it, no model', () => {
      const text = `${doc()}\u0000\u0001\u0002binary`;
      const r = run(text);
      assert.equal(r.diagnostics.length, 1);
      assert.equal(r.diagnostics[0]!.rule, 'syntax');
      assert.deepEqual(r.diagnostics[0]!.span, {
        start: text.indexOf('\u0000'),
        end: text.indexOf('\u0000') + 1,
      });
      assert.equal(r.model, undefined);
      assert.equal(r.syntaxError, true);
    });

    it('random binary-looking text never throws', () => {
      let seed = 7;
      const rnd = () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed;
      };
      for (let k = 0; k < 50; k++) {
        const len = rnd() % 2000;
        let s = '';
        for (let i = 0; i < len; i++) s += String.fromCharCode(1 + (rnd() % 0xfffe));
        run(s);
      }
    });
  });
});

describe('schema: one pass over every problem', () => {
  it('reports trialDays beside freemium even when growth has another error', () => {
    const text =
      'version: 1\nproduct: {name: X}\ngrowth: {acquisition: product-lead, trialDays: 3}\nplans: [{id: free, price: 0}]\nfeatures: []\n';
    const schema = check(text).diagnostics.filter((d) => d.rule === 'schema');
    assert.equal(schema.length, 2);
    assert.match(schema[1]!.message, /trialDays only goes with freeOffer trial or freemium-and-trial/);
    assert.equal(text.slice(schema[1]!.span.start, schema[1]!.span.end), '3');
  });

  it('a list or map used as a key is an unknown key (schema), and the rest of the file is still checked', () => {
    const text =
      'version: 1\nproduct: {name: X}\n? [x]\n: 1\nplans: [{id: free, price: 0}]\nfeatures: [{id: a, plan: pro}]\n';
    const d = check(text).diagnostics;
    assert.ok(
      d.some((x) => x.rule === 'schema' && /Unknown key/.test(x.message) && x.range.start.line === 2),
    );
    assert.ok(
      d.some((x) => x.rule === 'unknown-plan'),
      'the rules still ran',
    );
    assert.ok(!d.some((x) => x.rule === 'syntax'));
  });
});
