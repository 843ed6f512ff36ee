// The matrix view model at 5,000 features (issue 21.4): what the language server computes for the matrix after
// each edit, `createMatrixBuilder().build(result, text)` (buildMatrix + each row's suggestion and market figure,
// cached per feature), against the uncached `withInsights(buildMatrix(result), result, text)`. The file is an
// imported-like one (bench/gen.ts `generateImported`): real products' feature names, most without signals, so
// the suggester and the market figure speak on most rows. Target: ≤ 100 ms median after a one-character edit.
// Runs alone (`npx tsx bench/matrix-model.ts`) or from bench/run.ts.
import { bundleForBench } from './bundle';
import { generateImported } from './gen';
import { spread } from './stats';
import { table } from './table';

type Entry = typeof import('./matrix-model-entry');

const TARGET_MS = 100;

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const fmt = (x: { median: number; p90: number; max: number }) =>
  [x.median, x.p90, x.max].map((v) => `${v.toFixed(1)} ms`);

/** Returns whether the target is met. */
export async function benchMatrixModel(n = 5000, edits = 60): Promise<boolean> {
  const core = require(await bundleForBench('bench/matrix-model-entry.ts', 'matrix-model.js')) as Entry;
  let text = generateImported(n);
  const inc = core.createIncremental();
  let state = inc.first(text);
  const builder = core.createMatrixBuilder();
  const c = cpu();
  let t = performance.now();
  const firstModel = builder.build(state.result, text);
  const first = performance.now() - t;
  const firstCpu = cpu() - c;
  const rows = firstModel.groups.flatMap((g) => g.rows);
  const shown = `${rows.filter((r) => r.suggestion).length} suggestions, ${rows.filter((r) => r.market).length} market figures`;
  const cached: number[] = [];
  /** the process's CPU time over the same builds: what a busy machine's wall clock hides */
  const cpus: number[] = [];
  const checks: number[] = [];
  const uncached: number[] = [];
  let same = true;
  // One-character edits spread over the file, each on the latest text, alternately typing into a feature's name
  // and deleting that character again, as the server sees them (an incremental re-check, then the view model).
  for (let k = 0; k < edits; k++) {
    const i = (k * 7919) % n;
    const at = text.indexOf('name: ', text.indexOf(`  - id: feature-${i}\n`)) + 8;
    const change = k % 2 ? { start: at, end: at + 1, text: '' } : { start: at, end: at, text: 'x' };
    text = text.slice(0, change.start) + change.text + text.slice(change.end);
    t = performance.now();
    state = inc.next(state, text, [change]);
    checks.push(performance.now() - t);
    const c0 = cpu();
    t = performance.now();
    const model = builder.build(state.result, text);
    cached.push(performance.now() - t);
    cpus.push(cpu() - c0);
    if (k % 6 === 0) {
      t = performance.now();
      const fresh = core.withInsights(core.buildMatrix(state.result), state.result, text);
      uncached.push(performance.now() - t);
      if (JSON.stringify(fresh) !== JSON.stringify(model)) same = false;
    }
  }
  const st = spread(cached.slice(2));
  const u = spread(uncached);
  const ok = st.median <= TARGET_MS && same;
  table(
    `Matrix view model, ${n.toLocaleString('en-US')} features (imported-like: ${shown}; ${edits} one-character edits; target ≤ ${TARGET_MS} ms median after an edit)`,
    ['measure', 'median', 'p90', 'max', 'note'],
    [
      [
        'view model after a one-character edit (createMatrixBuilder().build)',
        ...fmt(st),
        `same as the uncached path: ${same}; CPU ${spread(cpus.slice(2)).median.toFixed(1)} ms median; ${ok ? 'met' : 'NOT met'}`,
      ],
      [
        'view model, uncached (withInsights(buildMatrix()))',
        ...fmt(u),
        `${(u.median / st.median).toFixed(1)}× the cached one`,
      ],
      [
        'first build (opening the matrix)',
        `${first.toFixed(1)} ms`,
        '',
        '',
        `one run, a fresh builder; CPU ${firstCpu.toFixed(0)} ms`,
      ],
      [
        'incremental re-check of the same edits (for scale)',
        ...fmt(spread(checks.slice(2))),
        'the server runs it first',
      ],
    ],
  );
  return ok;
}

if (require.main === module) {
  benchMatrixModel().then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(2);
    },
  );
}
