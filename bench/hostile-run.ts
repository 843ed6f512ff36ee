import { spawnSync } from 'node:child_process';
import { bundleForBench } from './bundle';
import { HOSTILE } from './hostile';
import { table } from './table';

// Each hostile case runs in its own process: an abort (exit 134) is a failed row, not a dead bench, and the
// heap budget is enforced by V8 itself (--max-old-space-size) rather than guessed from a sample.

const CHILD = `
const core = require(process.argv[1]);
const c = core.HOSTILE[Number(process.argv[2])];
const text = c.text();
global.gc?.();
const before = process.memoryUsage().heapUsed;
let peak = 0;
const t = performance.now();
const r = core.check(text);
const ms = performance.now() - t;
peak = Math.max(peak, process.memoryUsage().heapUsed - before);
process.stdout.write(JSON.stringify({ ms, mb: text.length / 1e6, diags: r.diagnostics.length, heap: peak / 2 ** 20 }));
`;

export async function runHostile(): Promise<boolean> {
  const bundle = await bundleForBench('bench/hostile-entry.ts', 'hostile.js');
  const rows: string[][] = [];
  let ok = true;
  HOSTILE.forEach((c, i) => {
    const heapLimit = c.heapMb ?? 2048;
    const r = spawnSync(
      process.execPath,
      [`--max-old-space-size=${heapLimit}`, '--expose-gc', '-e', CHILD, bundle, String(i)],
      { encoding: 'utf8', maxBuffer: 1 << 20, timeout: Math.max(60_000, c.budgetMs * 4) },
    );
    let cells: string[];
    if (r.status !== 0) {
      ok = false;
      cells = ['—', '—', '—', `exit ${r.status ?? r.signal}`, 'NO'];
    } else {
      const m = JSON.parse(r.stdout) as { ms: number; mb: number; diags: number; heap: number };
      const met = m.ms <= c.budgetMs;
      if (!met) ok = false;
      cells = [
        `${m.mb.toFixed(2)} MB`,
        `${m.ms.toFixed(0)} ms`,
        String(m.diags),
        `≤ ${heapLimit} MB heap`,
        met ? 'yes' : 'NO',
      ];
    }
    rows.push([c.name, `< ${c.budgetMs} ms`, ...cells]);
  });
  table(
    'Hostile input (issue 10): each in its own process, budget per case; a heap budget is V8’s --max-old-space-size',
    ['case', 'budget', 'size', 'check()', 'findings', 'heap', 'met'],
    rows,
  );
  return ok;
}

if (require.main === module) {
  runHostile().then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
