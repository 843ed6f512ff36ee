// CLI figures for `npm run bench` (bench/run.ts calls benchCli; `tsx bench/cli.ts` runs it alone):
// - cold start: `packaging-planner check` on one small file vs `node -e ""`, target <= 1.6x (issue 23);
// - check of a 5,000-feature file vs parseDocument of it, each as a process, target <= 1.05x (turn 2);
// - import + check of the whole Pricing2Yaml corpus in one process, target < 3 s.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleForBench } from './bundle';
import { generatePackaging } from './gen';
import { median } from './stats';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'pricing2yaml');
const SMALL = path.join(ROOT, 'examples', 'whiteboard', 'packaging.yaml');

export interface BenchLine {
  name: string;
  value: string;
  target: string;
  ok: boolean;
}

const med = median;

function timeSpawn(args: string[], env: Record<string, string> = {}): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

/**
 * Medians of the commands run in turn, so machine load hits each alike: bare node, `check` as every run after the
 * first (V8's code cache written, src/cli/compile-cache.ts), and `check` with the cache off (a first run).
 */
function coldStart(runs = 21): { bare: number; check: number; uncached: number } {
  const CHECK = [CLI, 'check', SMALL, '--format', 'json'];
  const OFF = { PACKAGING_PLANNER_NO_COMPILE_CACHE: '1' };
  timeSpawn(['-e', '']);
  timeSpawn(CHECK);
  const bare: number[] = [];
  const chk: number[] = [];
  const off: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timeSpawn(['-e', '']));
    chk.push(timeSpawn(CHECK));
    off.push(timeSpawn(CHECK, OFF));
  }
  return { bare: med(bare), check: med(chk), uncached: med(off) };
}

/**
 * Turn 2's "check <= 1.05x parse as processes": `packaging-planner check` of a 5,000-feature file against a process
 * that only runs yaml's parseDocument on it (yaml bundled as shipped), run in turn; medians.
 */
async function checkVsParseProcesses(runs = 11): Promise<{ check: number; parse: number }> {
  const parser = await bundleForBench('bench/parse-file-entry.ts', 'parse-file.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-bench-'));
  const file = path.join(dir, 'packaging.yaml');
  writeFileSync(file, generatePackaging(5000));
  try {
    const CHECK = [CLI, 'check', file, '--format', 'json', '--max-warnings', '-1'];
    timeSpawn(CHECK);
    timeSpawn([parser, file]);
    const chk: number[] = [];
    const parse: number[] = [];
    for (let i = 0; i < runs; i++) {
      chk.push(timeSpawn(CHECK));
      parse.push(timeSpawn([parser, file]));
    }
    return { check: med(chk), parse: med(parse) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function corpus(): Promise<{ ms: number; files: number; errors: number } | undefined> {
  if (!existsSync(CORPUS)) return undefined;
  const outfile = await bundleForBench('bench/import-corpus-entry.ts', 'import-corpus.js');
  // median of three cold processes
  const results = [0, 1, 2].map(() => {
    const r = spawnSync(process.execPath, [outfile, CORPUS], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`import-corpus failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as { ms: number; files: number; errors: number };
  });
  return results.sort((a, b) => a.ms - b.ms)[1];
}

export async function benchCli(): Promise<BenchLine[]> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs` first');
  const lines: BenchLine[] = [];
  const cs = coldStart();
  const ratio = cs.check / cs.bare;
  lines.push({
    name: 'CLI cold start: check one small file',
    value:
      `${cs.check.toFixed(0)} ms vs node -e "" ${cs.bare.toFixed(0)} ms = ${ratio.toFixed(2)}x (medians of 21 ` +
      `rounds; a first run, before the code cache exists: ${(cs.uncached / cs.bare).toFixed(2)}x)`,
    target: '<= 1.6x',
    ok: ratio <= 1.6,
  });
  const pp = await checkVsParseProcesses();
  lines.push({
    name: 'check vs parseDocument as processes, 5,000 features',
    value: `${pp.check.toFixed(0)} ms vs ${pp.parse.toFixed(0)} ms = ${(pp.check / pp.parse).toFixed(2)}x (medians of 11)`,
    target: '<= 1.05x',
    ok: pp.check / pp.parse <= 1.05,
  });
  const c = await corpus();
  if (c) {
    lines.push({
      name: `import + check, Pricing2Yaml corpus (${c.files} files)`,
      value: `${c.ms.toFixed(0)} ms${c.errors ? `, ${c.errors} errors!` : ''}`,
      target: '< 3000 ms, 0 errors',
      ok: c.ms < 3000 && c.errors === 0,
    });
  } else {
    lines.push({
      name: 'import + check, Pricing2Yaml corpus',
      value: 'skipped (../shared absent)',
      target: '-',
      ok: true,
    });
  }
  return lines;
}

if (require.main === module) {
  benchCli().then(
    (lines) => {
      for (const l of lines) console.log(`${l.ok ? '✔' : '✖'} ${l.name}: ${l.value} (target ${l.target})`);
      process.exitCode = lines.every((l) => l.ok) ? 0 : 1;
    },
    (e) => {
      console.error(`bench/cli: ${(e as Error).message}`);
      process.exitCode = 2;
    },
  );
}
