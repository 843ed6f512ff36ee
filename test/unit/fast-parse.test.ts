import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { generatePackaging } from '../../bench/gen';
import { type CheckResult, check } from '../../src/core/check';
import { importPricing2Yaml } from '../../src/core/interop/import/pricing2yaml';
import { TEMPLATES } from '../../src/core/templates';
import { reader } from '../../src/core/yaml/parse';
import { compareWithYaml } from './helpers/fast-diff';

// The one-pass reader against yaml itself: whenever it returns a document, that document must be yaml's
// (every node's class, range, type, value, source...), its plain values toPlain's, and check() the same.

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'pricing2yaml');
const SEED = Number(process.env.FAST_PARSE_SEED ?? 20261127);

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

const view = (r: CheckResult) =>
  JSON.stringify({ d: r.diagnostics, f: r.features, s: r.syntaxError, m: r.model?.features.length });

function checkBothWays(text: string): [string, string] {
  const fast = view(check(text));
  reader.fast = false;
  try {
    return [fast, view(check(text))];
  } finally {
    reader.fast = true;
  }
}

function assertSame(name: string, text: string): boolean {
  const r = compareWithYaml(text);
  assert.equal(r.problem, undefined, `${name}: ${r.problem}\n--- text ---\n${text.slice(0, 2000)}`);
  return r.taken;
}

/** Seeded PRNG (mulberry32): the same texts every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  ' ',
  '  ',
  '\n',
  '\n\n',
  '#',
  ' # c',
  '\n# c\n',
  '\n  # c\n',
  '\n    # c\n',
  '\n      # c\n',
  ':',
  ': ',
  'k: v',
  '\nk: v\n',
  '\n  k: v\n',
  '\n  - x\n',
  '\n- x\n',
  '- ',
  '-',
  '"',
  "'",
  '"a b"',
  "'it''s'",
  '"x\\ny"',
  '"\\u00e9\\"x\\/"',
  '"\\q"',
  '"\\x4"',
  '\\',
  '"a\\',
  '"\\U0001F3A8"',
  '[',
  ']',
  '[a, b]',
  '[ ]',
  '[a,]',
  '[a, [b]]',
  '{',
  '}',
  '{a: 1}',
  '{ a: x, "b": 2 }',
  '{a:1}',
  '{a}',
  ',',
  '|',
  '>',
  '|-',
  '>-',
  '|+',
  '|2',
  '&a ',
  '*a',
  '!!str ',
  '? ',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '\t',
  '\r',
  '\r\n',
  '0',
  '-1',
  '+1',
  '0x1F',
  '0o17',
  '017',
  '1.50',
  '1e3',
  '1e-400',
  '.inf',
  '-.inf',
  '.nan',
  '.NaN',
  'null',
  'Null',
  '~',
  'true',
  'True',
  'FALSE',
  'yes',
  'no',
  '2026-11-27',
  'a:b',
  'http://x',
  'a #b',
  'a#b',
  '@',
  '`',
  '\u00e9',
  '\ud83c\udfa8',
  '\ud83c',
  '\udfa8',
  '\u0000',
  '\ufeff',
  '__proto__: 1',
  '---: 1\n',
  '<<: x\n',
  '- - x\n',
  '  - a: 1\n',
];

function mutate(text: string, rnd: () => number): string {
  let t = text;
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(rnd() * (t.length + 1));
    const lineStart = t.lastIndexOf('\n', at - 1) + 1;
    const op = Math.floor(rnd() * 7);
    if (op <= 1) t = t.slice(0, at) + SNIPPETS[Math.floor(rnd() * SNIPPETS.length)] + t.slice(at);
    else if (op === 2) t = t.slice(0, at) + t.slice(Math.min(t.length, at + 1 + Math.floor(rnd() * 12)));
    else if (op === 3)
      t = `${t.slice(0, lineStart)}${' '.repeat(1 + Math.floor(rnd() * 4))}${t.slice(lineStart)}`;
    else if (op === 4) t = t.slice(0, lineStart) + t.slice(lineStart).replace(/^ {1,2}/, '');
    else if (op === 5) {
      const end = t.indexOf('\n', at);
      const line = t.slice(lineStart, end < 0 ? t.length : end + 1);
      t = t.slice(0, lineStart) + line + (line.endsWith('\n') ? '' : '\n') + t.slice(lineStart);
    } else {
      const indent = ' '.repeat(Math.floor(rnd() * 9));
      t = `${t.slice(0, lineStart)}${rnd() < 0.5 ? `${indent}# note\n` : '\n'}${t.slice(lineStart)}`;
    }
  }
  return t;
}

const WORDS = [
  'a',
  'id',
  'x y',
  'Free',
  'null',
  '~',
  'true',
  'False',
  '0',
  '12',
  '-3',
  '1.50',
  '0x1F',
  '1e3',
  '1e-400',
  '.inf',
  'a:b',
  'http://x.y/#z',
  'a#b',
  "it's",
  'é',
  '__proto__',
  'constructor',
  '-x',
  '?x',
  ':x',
  '',
  'a b ',
  ' a',
];

/** A random block-style document of the reader's subset (and a little beyond), `indent` deep. */
function randomDoc(rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const scalar = (): string => {
    const w = pick(WORDS);
    const r = rnd();
    if (r < 0.12) return `"${w.replace(/"/g, '')}"`;
    if (r < 0.15) return JSON.stringify(`${w}"\\\n\t${pick(WORDS)}é`);
    if (r < 0.25) return `'${w.replace(/'/g, "''")}'`;
    if (r < 0.3)
      return `[${[pick(WORDS), pick(WORDS)].filter((x) => !/[,#:]|^[-?:]?$|^ | $/.test(x)).join(', ')}]`;
    if (r < 0.33) return `{ k: ${pick(['1', 'v', '"q"'])}, j: x }`;
    // anchors and aliases (issue 23): defined once, or twice, or not at all before their use
    if (r < 0.36) return `&a${Math.floor(rnd() * 3)} ${w || 'x'}`;
    if (r < 0.39) return `*a${Math.floor(rnd() * 3)}`;
    if (r < 0.4) return `[x, *a${Math.floor(rnd() * 3)}]`;
    return w;
  };
  const gap = (indent: number): string => {
    let out = '';
    while (rnd() < 0.25)
      out += rnd() < 0.5 ? '\n' : `${' '.repeat(Math.max(0, indent + Math.floor(rnd() * 5) - 2))}# c\n`;
    return out;
  };
  const tail = () => (rnd() < 0.15 ? '  # t' : rnd() < 0.05 ? '   ' : '');
  const block = (indent: number, depth: number, kind: 'map' | 'seq'): string => {
    let out = '';
    const n = 1 + Math.floor(rnd() * 4);
    const pad = ' '.repeat(indent);
    for (let i = 0; i < n; i++) {
      out += gap(indent);
      const head = kind === 'map' ? `${pad}k${Math.floor(rnd() * 6)}${rnd() < 0.1 ? ' x' : ''}:` : `${pad}-`;
      const r = rnd();
      if (depth < 4 && r < 0.3) {
        const sub = rnd() < 0.5 ? 'map' : 'seq';
        const same = kind === 'map' && sub === 'seq' && rnd() < 0.3;
        out += `${head}${tail()}\n${gap(indent + 2)}${block(same ? indent : indent + 2 + Math.floor(rnd() * 2), depth + 1, sub)}`;
      } else if (kind === 'seq' && depth < 4 && r < 0.45) {
        out += `${head} ${block(indent + 2, depth + 1, 'map').slice(indent + 2)}`;
      } else if (r < 0.55) out += `${head}${tail()}\n`;
      else if (r < 0.62) {
        const ind = ' '.repeat(indent + 2);
        out += `${head} ${pick(['|', '>', '|-', '>-'])}\n${ind}line one\n${rnd() < 0.3 ? '\n' : ''}${ind}line #2\n${rnd() < 0.3 ? '\n' : ''}`;
      } else if (r < 0.68) {
        // a plain scalar wrapped onto more lines (issue 23), blank lines between at times
        const ind = ' '.repeat(indent + 1 + Math.floor(rnd() * 3));
        const q = pick(['', '', "'", '"']);
        out += `${head} ${q}${pick(WORDS)}\n${rnd() < 0.2 ? '\n' : ''}${ind}${pick(WORDS)}${q}${tail()}\n`;
      } else out += `${head} ${scalar()}${tail()}\n`;
    }
    return out;
  };
  const text = gap(0) + block(0, 0, 'map') + gap(0);
  const crlf = rnd() < 0.2 ? text.replace(/\n/g, '\r\n') : text;
  return rnd() < 0.1 ? crlf.replace(/\r?\n$/, '') : crlf;
}

const HAND = [
  'a: 1\n',
  'a: 1',
  '# lead\n\na:   # c\n  b: x  # c\n  c:\n\nd:\n- 1\n- two\n-\n- [a, "b", \'c\' ]   # c\ne: |\n  x\n\n  y\n\nf: >-\n  p\n  q\n\n  r\n',
  'a:\n  b:\n    c: 1\n    # kept\n  d: 2\n  # kept too\n# and this\ne: 3\n\n# end\n',
  'a:\n  - b: 1\n    c: [x]\n  # c\n  - d: ""\n    e: \'\'\n',
  'k: 0x1F\nl: 0o17\nm: 1.50\nn: 1e3\no: .inf\np: -.Inf\nq: .nan\nr: ~\ns: Null\nt: TRUE\nu: 1e-400\nv: 017\nw: +5\n',
  '1: a\ntrue: b\nnull: c\n~x: d\n"q": e\n\'r\': f\n',
  'a: x:y\nb: "x: y"\nc: x #y\nd: http://e.x/a#b\n',
  'a: { x: 1 , y: "b" ,z:  q}   # c\nb: {}\nc: { }\nd:\n  - {id: x, plan: free}\n  - [ ]\n',
  // issue 23: anchors and aliases on scalars, flow lists and whole items
  'a: &p pro\nb: *p\nc: &m\n  x: 1\nd: *m  # c\ne:\n  - &i x\n  - *i\nf: &f [1, 2]\ng: [*p, y]\nh: &h "q"\ni: { k: *f }\n',
  'a:\n  - &f\n    id: x\n  - *f\nb: &x 1e-400\nc: [*x , *x]\n',
  // issue 23: quoted scalars wrapped onto more lines
  "a: 'one\n  two  \n\n   three'\nb: 1\n",
  'a: "one\n  two"  # c\nb: "\n  b"\nc:\n  - "one\n    two"\n  - \'x \'\' y\n    z\'\n',
  'a: \'  x  \n  y  \'\r\nb: "x\r\n\r\n  y"\r\n',
  // issue 23: plain scalars wrapped onto more lines
  'a: one\n  two  \n\n   three\nb: 1\n',
  'a: one\n  two',
  'a:\n  - one\n    two\n  - x\n',
  'a: 1\n  2\nb: true\n  false\nc: ~\n  x\n',
  'a: one\n\n\n  two\n\n\nb: 1\n',
  'a:\n  - b: one\n    c: two\n      three\n    d: x\n',
  // issue 23: an item of a top-level list read the yaml way (a tag, a tab, a `? ` key, an escaped line break)
  'features:\n  - id: a\n    name: !!str x\n  - id: b\n    note: "a\\\n      b"\n  - id: c\n    d: x\ty\n  - id: e\n    ? k\n    : v\n',
  // issue 23: a BOM at the start, tabs in comments
  '\ufeff# c\t1\na: 1 #\tx\nb: # \t\n  c: "q" #\t\n  d: [x] #\t\n',
  '\ufeff--- #\t\na: 1\n',
  // issue 23: a document start line, astral characters
  '---\na: 1\n',
  '# x\n\n---   # c\n# y\n\na: 🎨 x\n"é🎨": [🎨, "🎨"]\nb:\n  - 🎨\n',
  // the same literal texts as keys and values, again and again (each text is resolved once per file)
  '1.50: a\nb: 1.50\nc: [1.50, 0x1F, 1.50]\n0x1F: 0x1F\ntrue: true\nd:\n  true: 1.50\n  e: 0x1F\n  f: TRUE\n<<: 1\ng: <<\nh: [<<, true]\n',
];

describe('fast-parse: the one-pass reader equals yaml', function () {
  this.timeout(600_000);

  it('is taken for, and equal on, every example, template and generated file', () => {
    const texts: [string, string][] = [
      ...readdirSync(path.join(ROOT, 'examples'))
        .map((d) => path.join(ROOT, 'examples', d, 'packaging.yaml'))
        .filter(existsSync)
        .map((f): [string, string] => [path.relative(ROOT, f), readFileSync(f, 'utf8')]),
      ...TEMPLATES.map((t): [string, string] => [`template ${t.name}`, t.text]),
      ...[0, 1, 10, 100, 1000, 5000].map((n): [string, string] => [`generated ${n}`, generatePackaging(n)]),
      // anchors and aliases on values and on whole items (issue 23)
      [
        'generated 100, anchors and aliases',
        generatePackaging(100)
          .replace('    plan: pro\n', '    plan: &p pro\n')
          .replace(/ {4}plan: pro\n/g, '    plan: *p\n')
          .replace('    signals:\n', '    signals: &s\n')
          .replace(/\n {4}signals:\n(?: {6}[^\n]*\n)+(?=\s*#? ?feature 9\b)/, '\n    signals: *s\n'),
      ],
    ];
    // The same files saved with Windows line ends.
    for (const [name, text] of [...texts]) texts.push([`${name} (CRLF)`, text.replace(/\n/g, '\r\n')]);
    assert.ok(texts.length >= 10);
    for (const [name, text] of texts) {
      assert.ok(assertSame(name, text), `${name}: the fast path was not taken`);
      const [fast, slow] = checkBothWays(text);
      assert.equal(fast, slow, `${name}: check() differs`);
    }
  });

  it('is equal whenever taken on the pricing2yaml fixtures and corpus', () => {
    const files = [...yamlFiles(path.join(ROOT, 'test', 'fixtures')), ...yamlFiles(CORPUS)];
    if (!existsSync(CORPUS)) console.log(`      (${CORPUS} absent: fixtures only)`);
    let taken = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      if (assertSame(path.relative(ROOT, f), text)) {
        taken++;
        const [fast, slow] = checkBothWays(text);
        assert.equal(fast, slow, `${f}: check() differs`);
      }
    }
    console.log(`      fast path taken for ${taken} of ${files.length} files`);
    // What `packaging-planner import` writes from them: packaging files, so the fast path must take them.
    let imported = 0;
    let importedTaken = 0;
    for (const f of yamlFiles(CORPUS)) {
      const text = importPricing2Yaml(readFileSync(f, 'utf8')).text;
      imported++;
      if (assertSame(`import of ${path.relative(CORPUS, f)}`, text)) importedTaken++;
    }
    if (imported) {
      console.log(`      fast path taken for ${importedTaken} of ${imported} imported files`);
      assert.ok(importedTaken >= imported * 0.9, `fast path taken for only ${importedTaken} imported files`);
    }
    assert.ok(files.length > 0);
    if (existsSync(CORPUS)) assert.ok(taken > files.length / 4, `fast path taken for only ${taken}`);
  });

  it('is equal on hand-written edge cases', () => {
    for (const text of HAND)
      assert.ok(assertSame(JSON.stringify(text), text), `not taken: ${JSON.stringify(text)}`);
  });

  it('is equal whenever taken on thousands of random block documents', () => {
    const rnd = prng(SEED + 1);
    const N = Number(process.env.FAST_PARSE_RUNS ?? 4000);
    let taken = 0;
    for (let i = 0; i < N; i++)
      if (assertSame(`random document #${i} (seed ${SEED})`, randomDoc(rnd))) taken++;
    console.log(`      fast path taken for ${taken} of ${N} random documents`);
    assert.ok(
      taken > N / 4,
      `the fast path was taken for only ${taken} of ${N}: the comparison proves little`,
    );
  });

  it('is equal whenever taken on thousands of mutated texts, and check() agrees', () => {
    const rnd = prng(SEED);
    const bases = [
      ...HAND,
      ...readdirSync(path.join(ROOT, 'examples'))
        .map((d) => path.join(ROOT, 'examples', d, 'packaging.yaml'))
        .filter(existsSync)
        .map((f) => readFileSync(f, 'utf8')),
      generatePackaging(12),
    ];
    const N = Number(process.env.FAST_PARSE_RUNS ?? 4000);
    let taken = 0;
    for (let i = 0; i < N; i++) {
      const text = mutate(bases[i % bases.length]!, rnd);
      if (assertSame(`mutation #${i} (seed ${SEED})`, text)) {
        taken++;
        if (i % 8 === 0) {
          const [fast, slow] = checkBothWays(text);
          assert.equal(fast, slow, `mutation #${i}: check() differs\n${text}`);
        }
      }
    }
    console.log(`      fast path taken for ${taken} of ${N} mutated texts`);
    assert.ok(
      taken > N / 5,
      `the fast path was taken for only ${taken} of ${N}: the comparison proves little`,
    );
  });
});
