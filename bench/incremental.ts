// Core re-check after a one-line edit inside a feature of a 5,000-feature file (issue 13: ≤ 50 ms median),
// beside a full check and a bare re-parse of the same text. Runs alone (`npx tsx bench/incremental.ts`) or from
// bench/run.ts.
import { bundleForBench } from './bundle';
import { generatePackaging } from './gen';
import { median, quantile } from './stats';
import { table } from './table';

type Entry = typeof import('./incremental-entry');

const p90 = (xs: number[]) => quantile(xs, 0.9);

/**
 * Issue 23: what real files contain, one thing each, in a generated file. Each must keep the one-pass reader
 * for the whole file (or the item) and incremental re-checks.
 */
export const REAL_FILE_VARIANTS: [string, (text: string) => string][] = [
  ['nothing odd', (t) => t],
  ['an emoji', (t) => t.replace('  name: Bench Boards', '  name: Bench Boards 🎨')],
  ['a tab in a comment', (t) => t.replace('# generated for benchmarks', '# generated\tfor benchmarks')],
  ['a `---` line first', (t) => `---\n${t}`],
  [
    'a description wrapped onto a second line',
    (t) =>
      t.replace(
        '    description: Does thing 1 for the team, with care.',
        '    description: Does thing 1\n      for the team, with care.',
      ),
  ],
  [
    'an anchor and an alias',
    (t) =>
      t.replace('    plan: pro\n', '    plan: &p pro\n').replace('    plan: business\n', '    plan: *p\n'),
  ],
  [
    'a tag (`!!str`) in one feature',
    (t) => t.replace('    category: Category 2\n', '    category: !!str Category 2\n'),
  ],
];
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/** Returns whether the target is met. */
export async function benchIncremental(n = 5000, edits = 60): Promise<boolean> {
  const core = require(await bundleForBench('bench/incremental-entry.ts', 'incremental.js')) as Entry;
  const ok = await editBench(core, n, edits);
  return (await realFiles(core, n)) && ok;
}

/** Issue 23: a full check and a one-line edit's re-check of each real-file variant (median, p90). */
async function realFiles(core: Entry, n: number): Promise<boolean> {
  const rows: string[][] = [];
  let ok = true;
  for (const [name, variant] of REAL_FILE_VARIANTS) {
    let text = variant(generatePackaging(n));
    const full: number[] = [];
    const incr: number[] = [];
    const inc = core.createIncremental();
    let state = inc.first(text);
    let fellBack = 0;
    for (let k = 0; k < 11; k++) {
      let t = performance.now();
      core.check(text);
      full.push(performance.now() - t);
      const i = 10 + ((k * 7919) % (n - 20));
      const line = `    name: Feature number ${i}`;
      const at = text.indexOf(`${line}\n`) + line.length;
      const add = k % 2 ? 'x' : 'y';
      const next = text.slice(0, at) + add + text.slice(at);
      t = performance.now();
      state = inc.next(state, next, [{ start: at, end: at, text: add }]);
      incr.push(performance.now() - t);
      if (!state.incremental) fellBack++;
      text = next;
    }
    if (fellBack) ok = false;
    rows.push([
      name,
      `${fmt(median(full))} / ${fmt(p90(full))}`,
      `${fmt(median(incr))} / ${fmt(p90(incr))}`,
      `${fellBack} of ${incr.length}`,
    ]);
  }
  table(
    `Core: issue 23, a ${n.toLocaleString('en-US')}-feature file with one real-file feature (11 runs each; median / p90)`,
    ['the file has', 'full check()', 'edit in another feature: re-check', 'fell back to a full check'],
    rows,
  );
  return ok;
}

async function editBench(core: Entry, n: number, edits: number): Promise<boolean> {
  let text = generatePackaging(n);
  const inc = core.createIncremental();
  let state = inc.first(text);
  const reparse: number[] = [];
  const full: number[] = [];
  const incr: number[] = [];
  let fellBack = 0;
  // One-line edits spread over the file, each on the latest text: a feature's description changes, alternately
  // growing and shrinking it, as typing does; the full check and the re-parse run on the same text, interleaved.
  for (let k = 0; k < edits; k++) {
    const i = Math.floor(((k * 7919) % n) + 0.5);
    const line = `    description: Does thing ${i} for the team, with care.`;
    const at = text.indexOf(`${line}\n`, text.indexOf(`  - id: feature-${i}\n`));
    const next = k % 2 ? `${line.slice(0, -1)} (edited ${k}).` : `${line.slice(0, -10)}.`;
    const change = { start: at, end: at + line.length, text: next };
    const after = text.slice(0, at) + next + text.slice(at + line.length);
    let t = performance.now();
    state = inc.next(state, after, [change]);
    incr.push(performance.now() - t);
    if (!state.incremental) fellBack++;
    text = after;
    t = performance.now();
    core.parseDocument(text, { lineCounter: new core.LineCounter() });
    reparse.push(performance.now() - t);
    if (k % 4 === 0) {
      t = performance.now();
      core.check(text);
      full.push(performance.now() - t);
    }
  }
  // A plan's price changes: every feature's placement may change, so the model and the rules run in full.
  const planEdits: number[] = [];
  for (let k = 0; k < 12; k++) {
    const from = `    price: ${12 + (k % 2)}\n`;
    const at = text.indexOf(from);
    const to = `    price: ${13 - (k % 2)}\n`;
    const after = text.slice(0, at) + to + text.slice(at + from.length);
    const t = performance.now();
    state = inc.next(state, after, [{ start: at, end: at + from.length, text: to }]);
    planEdits.push(performance.now() - t);
    if (!state.incremental) fellBack++;
    text = after;
  }
  const same = JSON.stringify(state.result.diagnostics) === JSON.stringify(core.check(text).diagnostics);
  const med = median(incr.slice(2));
  const ok = med <= 50 && fellBack === 0 && same;
  table(
    `Core: re-check after a one-line edit inside a feature, ${n.toLocaleString('en-US')} features (${edits} edits; target ≤ 50 ms median)`,
    ['measure', 'median', 'max', 'note'],
    [
      [
        'incremental re-check, one-line edit inside a feature',
        `${fmt(med)} (p90 ${fmt(p90(incr.slice(2)))})`,
        fmt(Math.max(...incr.slice(2))),
        `${fellBack} fell back; same findings as check(): ${same}`,
      ],
      [
        'incremental re-check, one-line edit inside a plan',
        fmt(median(planEdits.slice(2))),
        fmt(Math.max(...planEdits.slice(2))),
        'model and rules in full (no target)',
      ],
      [
        'full check()',
        fmt(median(full)),
        fmt(Math.max(...full)),
        `${(median(full) / med).toFixed(1)}× the incremental one`,
      ],
      ['yaml.parseDocument (re-parse only)', fmt(median(reparse)), fmt(Math.max(...reparse)), ''],
    ],
  );
  return ok;
}

if (require.main === module) {
  benchIncremental().then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(2);
    },
  );
}
