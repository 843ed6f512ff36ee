import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(__dirname, '..');

/** Bundles a bench entry like the shipped CLI (minified, `yaml`'s env reads defined away); returns the file. */
export async function bundleForBench(entry: string, name: string): Promise<string> {
  const out = path.join(ROOT, 'dist', 'bench');
  mkdirSync(out, { recursive: true });
  const outfile = path.join(out, name);
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    minify: true,
    logLevel: 'warning',
    define: { 'process.env.LOG_TOKENS': 'undefined', 'process.env.LOG_STREAM': 'undefined' },
  });
  return outfile;
}
