import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isCollection, isNode, isPair, isScalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { generatePackaging } from '../../bench/gen';
import { type CheckOptions, type CheckResult, check } from '../../src/core/check';
import { createIncremental, type IncrementalState, type TextChange } from '../../src/core/incremental';

// The incremental re-check must give exactly what a full check of the new text gives, after every step of
// random edit sequences; and it must actually be taken for edits inside one item.

// INC_DEBUG=1: why steps fell back, time spent, and the failing step written to incremental-failure.json
const REASONS = new Map<string, number>();
after(() => {
  if (process.env.INC_DEBUG) console.log(REASONS);
});
const SEED = Number(process.env.INCREMENTAL_SEED ?? 20261127);
const ROOT = path.resolve(__dirname, '..', '..');

function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

/**
 * A YAML tree as plain data: what the server, the matrix and the edits read of it (ranges, values, flow style).
 * Comments and blank-line flags are left out, as in the one-pass reader's differential test: nothing reads them.
 */
function tree(n: unknown): unknown {
  if (n == null) return n;
  if (isPair(n)) return { key: tree(n.key), value: tree(n.value) };
  if (!isNode(n)) return { other: String(n) };
  const base = { range: n.range };
  if (isScalar(n)) return { ...base, value: n.value, type: n.type, source: n.source };
  if (isCollection(n))
    return { ...base, flow: n.flow ?? undefined, items: (n.items as unknown[]).map((i) => tree(i)) };
  return base;
}

/** The model with every YAML node replaced by its range (the whole tree is compared once, from the root). */
function facts(v: unknown, seen = new Map<object, unknown>()): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (isNode(v)) return { node: v.range };
  if (isPair(v)) return { pair: [facts(v.key, seen), facts(v.value, seen)] };
  if (seen.has(v)) return seen.get(v);
  let out: unknown;
  if (v instanceof Map) out = [...v].map(([k, x]) => [k, facts(x, seen)]);
  else if (v instanceof Set) out = [...v];
  else if (Array.isArray(v)) out = v.map((x) => facts(x, seen));
  else {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = facts(x, seen);
    out = o;
  }
  seen.set(v, out);
  return out;
}

function sameResult(got: CheckResult, want: CheckResult, text: string, where: string) {
  assert.deepEqual(got.diagnostics, want.diagnostics, `${where}: diagnostics`);
  assert.deepEqual(got.features, want.features, `${where}: features`);
  assert.equal(got.syntaxError, want.syntaxError, `${where}: syntaxError`);
  for (const at of [0, text.length >> 1, text.length])
    assert.deepEqual(
      got.toRange({ start: at, end: at }),
      want.toRange({ start: at, end: at }),
      `${where}: toRange`,
    );
  assert.equal(!!got.model, !!want.model, `${where}: model presence`);
  if (got.model && want.model) {
    assert.deepEqual(tree(got.model.rootNode), tree(want.model.rootNode), `${where}: YAML tree`);
    assert.deepEqual(facts(got.model), facts(want.model), `${where}: model`);
  }
}

// ---- edits ----

interface Edit {
  start: number;
  end: number;
  text: string;
}

const apply = (t: string, e: Edit) => t.slice(0, e.start) + e.text + t.slice(e.end);

const SNIPPETS = [
  'x',
  '\r\n',
  '\r',
  ' ',
  '\n',
  ':',
  '- ',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!!str ',
  '\t',
  '|',
  '0',
  '12',
  'unlimited',
  'true',
  'false',
  'plan: pro',
  'plan: nope',
  '\n    rationale: because',
  '\n    accept:\n      free-friction: we know',
  '\n    limits:\n      free: 3',
  '\n    signals: {virality: true}',
  '\n  - id: extra\n    plan: free',
  '\nrules: {}',
  '\n    name: "Quoted: name"',
  '\n    # a comment',
  '\n  # between',
  '\n\n',
  ' # trailing',
  '\n---\n',
  '\n...\n',
  'yes',
  '\n    requestedBy: [Acme]',
  '\n    status: planned',
];

/** Line starts of the text, for line-wise edits. */
function lines(t: string): number[] {
  const out = [0];
  for (let i = t.indexOf('\n'); i >= 0 && i + 1 < t.length; i = t.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
const lineEnd = (t: string, s: number) => {
  const nl = t.indexOf('\n', s);
  return nl < 0 ? t.length : nl + 1;
};

/** Offsets inside list items: where most editing happens. */
function itemOffsets(t: string): number[] {
  const out: number[] = [];
  for (const m of t.matchAll(/^ *- [^\n]*\n(?: {3,}[^\n]*\n)*/gm)) {
    const s = m.index!;
    out.push(s + m[0].indexOf('- ') + 2 + Math.floor(Math.random() * 0)); // the item's content start
    out.push(s + Math.max(2, m[0].length - 1));
  }
  return out;
}

function randomEdit(t: string, r: Rng): Edit[] {
  const at = () => {
    const inside = itemOffsets(t);
    if (inside.length && r.next() < 0.8) {
      const a = r.pick(inside);
      return Math.min(t.length, a + r.int(40));
    }
    return r.int(t.length + 1);
  };
  const kind = r.int(12);
  switch (kind) {
    case 0:
    case 1: {
      const p = at();
      return [{ start: p, end: p, text: r.pick(SNIPPETS) }];
    }
    case 2: {
      const p = at();
      return [{ start: p, end: Math.min(t.length, p + 1 + r.int(6)), text: '' }];
    }
    case 3: {
      const p = at();
      return [{ start: p, end: Math.min(t.length, p + r.int(4)), text: r.pick(SNIPPETS) }];
    }
    case 4: {
      // delete a line
      const s = r.pick(lines(t));
      return [{ start: s, end: lineEnd(t, s), text: '' }];
    }
    case 5: {
      // move a line down one
      const ls = lines(t);
      const i = r.int(Math.max(1, ls.length - 1));
      const s = ls[i]!;
      const e = lineEnd(t, s);
      const e2 = lineEnd(t, e);
      if (e2 === e) return [];
      const a = t.slice(s, e);
      const b = t.slice(e, e2);
      return [{ start: s, end: e2, text: b.endsWith('\n') ? b + a : `${b}\n${a.replace(/\n$/, '')}` }];
    }
    case 6: {
      // a value of a known key changes
      const keys = [
        ...t.matchAll(
          /^( +)(plan|price|from|addOn|free|pro|virality|friction|habitLoop|id|name): ([^\n]*)$/gm,
        ),
      ];
      if (!keys.length) return [];
      const m = r.pick(keys);
      const vStart = m.index! + m[1]!.length + m[2]!.length + 2;
      const values = [
        'free',
        'pro',
        'business',
        'enterprise',
        'nope',
        '0',
        '5',
        'unlimited',
        'true',
        'false',
        'x-1',
        'Bad Id',
        '',
      ];
      return [{ start: vStart, end: vStart + m[3]!.length, text: r.pick(values) }];
    }
    case 7: {
      // two changes in one step (as an editor sends them)
      const p = at();
      const q = r.int(t.length + 1);
      const first: Edit = { start: p, end: p, text: r.pick(SNIPPETS) };
      const t2 = apply(t, first);
      const q2 = Math.min(q, t2.length);
      return [first, { start: q2, end: Math.min(t2.length, q2 + r.int(3)), text: '' }];
    }
    default: {
      // type or delete a few characters in place
      const p = at();
      return r.next() < 0.5
        ? [{ start: p, end: p, text: r.pick(['a', 'b', 'z', '-', ' ', '1']) }]
        : [{ start: Math.max(0, p - 1), end: p, text: '' }];
    }
  }
}

/** Typing a new feature's name letter by letter, then its plan, at the end of some feature. */
function typingScript(t: string, r: Rng): Edit[][] {
  const items = [...t.matchAll(/^ {2}- id: [^\n]*\n(?: {4,}[^\n]*\n)*/gm)];
  if (!items.length) return [];
  const m = r.pick(items);
  let p = m.index! + m[0].length - 1; // before the item's last newline
  const steps: Edit[][] = [];
  const typed = `\n    rationale: ${'Because it sells'.slice(0, 4 + r.int(12))}`;
  for (const ch of typed) {
    steps.push([{ start: p, end: p, text: ch }]);
    p += ch.length;
  }
  // and back out half of it
  for (let k = 0; k < typed.length / 2; k++) {
    steps.push([{ start: p - 1, end: p, text: '' }]);
    p--;
  }
  return steps;
}

function run(
  name: string,
  initial: string,
  steps: number,
  r: Rng,
  options: CheckOptions,
  counts: { incremental: number; inItem: number; total: number },
) {
  const inc = createIncremental(options);
  let text = initial;
  let state: IncrementalState = inc.first(text);
  sameResult(state.result, check(text, options), text, `${name} first`);
  let script: Edit[][] = [];
  /** inverse edits of the steps so far: a broken file is usually mended by undoing what broke it */
  const undo: Edit[][] = [];
  for (let step = 0; step < steps; step++) {
    let edits: Edit[];
    let undoing = false;
    if (!state.kept && undo.length && r.next() < 0.85) {
      edits = undo.pop()!;
      undoing = true;
      script = [];
    } else {
      if (!script.length && r.next() < 0.08) script = typingScript(text, r);
      edits = script.length ? script.shift()! : randomEdit(text, r);
    }
    if (!edits.length) continue;
    const before = text;
    assert.ok(
      edits.every((e) => e.start <= e.end),
      'edit in range',
    );
    const inverse: Edit[] = [];
    for (const e of edits) {
      inverse.unshift({ start: e.start, end: e.start + e.text.length, text: text.slice(e.start, e.end) });
      text = apply(text, e);
    }
    if (!undoing) undo.push(inverse);
    // Sometimes no change list: the texts are compared instead.
    const changes: TextChange[] | undefined = r.next() < 0.15 ? undefined : edits;
    const t0 = performance.now();
    state = inc.next(state, text, changes);
    const t1 = performance.now();
    const want = check(text, options);
    const t2 = performance.now();
    const where = `${name} step ${step} (seed ${SEED}) edits ${JSON.stringify(edits)} on ${JSON.stringify(before.length < 3000 ? before : before.length)}`;
    try {
      sameResult(state.result, want, text, where);
    } catch (e) {
      if (process.env.INC_DEBUG) writeFileSync('incremental-failure.json', JSON.stringify({ before, edits }));
      throw e;
    }
    TIME.inc += t1 - t0;
    TIME.full += t2 - t1;
    TIME.compare += performance.now() - t2;
    counts.total++;
    if (state.incremental) counts.incremental++;
    else if (process.env.INC_DEBUG)
      REASONS.set(state.fallback ?? '?', (REASONS.get(state.fallback ?? '?') ?? 0) + 1);
  }
}

const TIME = { inc: 0, full: 0, compare: 0 };
after(() => {
  if (process.env.INC_DEBUG) console.log(TIME);
});

describe('incremental re-check', function () {
  this.timeout(120_000);

  it('equals a full check after every step of random edit sequences (small generated files)', () => {
    const r = prng(SEED);
    const counts = { incremental: 0, inItem: 0, total: 0 };
    for (let f = 0; f < 40; f++) {
      const n = 2 + r.int(8);
      const options: CheckOptions =
        r.next() < 0.2 ? { rules: { 'free-friction': 'off', 'viral-wall': 'info' } } : {};
      const text = generatePackaging(n);
      // some files with CRLF line ends (Windows), where edits may leave a lone CR or LF
      // and some with the features list at the indentation of its key (`- id:` at column 0)
      // and some the yaml way (a tab, a BOM, a tag): an edited item is then read the yaml way too
      const variant =
        f % 5 === 4
          ? text.replace(/\n/g, '\r\n')
          : f % 5 === 2
            ? text.replace(/\nfeatures:\n[\s\S]*$/, (m) => m.replace(/\n {2}/g, '\n'))
            : f % 10 === 1
              ? `\ufeff${text.replace('# generated', '#\tgenerated')}`
              : f % 10 === 3
                ? text.replace('  name: Bench Boards', '  name: !!str Bench Boards 🎨')
                : text;
      run(`gen(${n}) #${f}`, variant, 60, r, options, counts);
    }
    // Most edits land inside an item: the incremental path must be what handles them.
    assert.ok(
      counts.incremental > counts.total * 0.3,
      `incremental ${counts.incremental} of ${counts.total}`,
    );
  });

  it('equals a full check on the examples', () => {
    const r = prng(SEED + 1);
    const counts = { incremental: 0, inItem: 0, total: 0 };
    for (const ex of ['whiteboard', 'suite', 'devdb']) {
      const text = readFileSync(path.join(ROOT, 'examples', ex, 'packaging.yaml'), 'utf8');
      for (let k = 0; k < 4; k++) run(`${ex} #${k}`, text, 60, r, {}, counts);
    }
    assert.ok(
      counts.incremental > counts.total * 0.2,
      `incremental ${counts.incremental} of ${counts.total}`,
    );
  });

  it('equals a full check on mid-size files', () => {
    const r = prng(SEED + 2);
    const counts = { incremental: 0, inItem: 0, total: 0 };
    for (let k = 0; k < 2; k++) run(`gen(150) #${k}`, generatePackaging(150), 40, r, {}, counts);
    assert.ok(
      counts.incremental > counts.total * 0.3,
      `incremental ${counts.incremental} of ${counts.total}`,
    );
  });

  it('re-checks an item incrementally beside anchors, aliases and tags elsewhere; in full when the item has one', () => {
    const base = generatePackaging(4);
    const outside = [
      base.replace('    plan: pro\n', '    plan: &p pro\n').replace('    plan: business\n', '    plan: *p\n'),
      base.replace('  name: Bench Boards', '  name: &n Bench Boards'),
      base.replace('    plan: free\n', '    plan: !!str free\n'),
    ];
    const inside = [
      base.replace('    name: Feature number 1\n', '    name: Feature number 1\n    unit: &u seats\n'),
      base.replace('    plan: pro\n', '    plan: &p pro\n').replace('    plan: business\n', '    plan: *p\n'),
      base.replace('    category: Category 1\n', '    category: !!str Category 1\n'),
      // YAML 1.1 reads `yes` as true: an item re-parsed alone would read it as 1.2 does
      `%YAML 1.1\n---\n${base}`,
    ];
    const editIn = (text: string, feature: number) => {
      const inc = createIncremental();
      let s = inc.first(text);
      const at = text.indexOf(`    name: Feature number ${feature}`) + 10;
      const next = `${text.slice(0, at)}X${text.slice(at)}`;
      s = inc.next(s, next, [{ start: at, end: at, text: 'X' }]);
      sameResult(s.result, check(next), next, 'anchors');
      return s;
    };
    for (const text of outside) assert.equal(editIn(text, 3).incremental, true, text);
    // the anchored value itself changes, or an alias in the item would read the new one: in full
    for (const text of inside) assert.equal(editIn(text, 1).incremental, false, text);
    // an item that gains an anchor is checked in full too
    const inc = createIncremental();
    let s = inc.first(base);
    const at = base.indexOf('    name: Feature number 3') + 10;
    const next = `${base.slice(0, at)}&a ${base.slice(at)}`;
    s = inc.next(s, next, [{ start: at, end: at, text: '&a ' }]);
    assert.equal(s.incremental, false);
    sameResult(s.result, check(next), next, 'a new anchor');
  });

  it('reads the edited item the yaml way whenever the whole file is (issue 19): same findings as check()', () => {
    const base = generatePackaging(4);
    const elsewhere: [string, string][] = [
      ['an emoji', base.replace('  name: Bench Boards', '  name: Bench Boards 🎨')],
      ['a tab', base.replace('# generated for benchmarks', '#\tgenerated for benchmarks')],
      ['a BOM', `\ufeff${base}`],
      ['a tag', base.replace('  name: Bench Boards', '  name: !!str Bench Boards')],
      ['nothing odd', base],
    ];
    const line = '    category: Category 2\n';
    const reproducers = [
      '    category: {unit: -}\n',
      '    requestedBy: [sales, ?]\n',
      '    requestedBy: [-]\n',
      `${line}--- key: 1\n`,
      `${line}... key: 1\n`,
      `${line}--- &anchor a: b\n`,
      `${line}    "${'k'.repeat(1100)}": 1\n`,
      `${line}    unit: [}\n`,
    ];
    let incremental = 0;
    for (const [what, text] of elsewhere)
      for (const to of reproducers) {
        const inc = createIncremental();
        let s = inc.first(text);
        const at = text.indexOf(line);
        const next = text.slice(0, at) + to + text.slice(at + line.length);
        s = inc.next(s, next, [{ start: at, end: at + line.length, text: to }]);
        if (s.incremental) incremental++;
        const want = check(next);
        sameResult(s.result, want, next, `${what} + ${JSON.stringify(to.slice(0, 40))}`);
        assert.ok(
          want.diagnostics.some((d) => d.rule === 'syntax') || to.includes('?'),
          `${what} + ${to}: no syntax finding`,
        );
      }
    assert.ok(incremental > 0);
    // The item is read the yaml way (yaml's own nodes, a range array of their own) when the file is.
    for (const [k, byYaml] of [
      [3, true],
      [4, false],
    ] as const) {
      const text = elsewhere[k]![1];
      const inc = createIncremental();
      let s = inc.first(text);
      const at = text.indexOf(line) + line.length - 2;
      const next = `${text.slice(0, at)}X${text.slice(at)}`;
      s = inc.next(s, next, [{ start: at, end: at, text: 'X' }]);
      assert.equal(s.incremental, true, s.fallback);
      const list = (s.result.model!.rootNode as YAMLMap).get('features') as YAMLSeq;
      assert.equal(Object.hasOwn(list.items[2] as object, 'range'), byYaml, elsewhere[k]![0]);
    }
  });

  it('takes the incremental path for a one-line edit inside a feature, a plan and an add-on', () => {
    const text = readFileSync(path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml'), 'utf8');
    const inc = createIncremental();
    let s = inc.first(text);
    const edit = (from: string, to: string) => {
      const at = s.text.indexOf(from);
      assert.ok(at >= 0, from);
      const next = s.text.slice(0, at) + to + s.text.slice(at + from.length);
      s = inc.next(s, next, [{ start: at, end: at + from.length, text: to }]);
      assert.equal(s.incremental, true, `${from} -> ${to}: ${s.fallback}`);
      sameResult(s.result, check(next), next, `${from} -> ${to}`);
    };
    const feature = /\n {4}plan: ([a-z-]+)\n/.exec(text)!;
    edit(feature[0], feature[0].replace(feature[1]!, 'enterprise'));
    const price = /\n {4}price: ([0-9]+)\n/.exec(s.text)!;
    edit(price[0], price[0].replace(price[1]!, '7'));
    // the add-on is sold from another plan, then from one that does not exist
    edit('    from: starter', '    from: pro');
    edit('    from: pro', '    from: nowhere');
    // typing into a feature's name, one letter at a time
    const name = /\n {4}name: ([^\n]+)\n/.exec(s.text.slice(s.text.indexOf('features:')))!;
    for (const ch of 'abc')
      edit(
        `name: ${name[1]}${'abc'.slice(0, 'abc'.indexOf(ch))}\n`,
        `name: ${name[1]}${'abc'.slice(0, 'abc'.indexOf(ch) + 1)}\n`,
      );
    // a change that adds an item falls back
    const at = s.text.indexOf('\n  - id: ');
    const added = `${s.text.slice(0, at)}\n  - id: brand-new\n    plan: free${s.text.slice(at)}`;
    s = inc.next(s, added, [{ start: at, end: at, text: '\n  - id: brand-new\n    plan: free' }]);
    assert.equal(s.incremental, false);
    sameResult(s.result, check(added), added, 'added item');
  });
});
