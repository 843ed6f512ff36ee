import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error: an .mjs build helper without types
import { yamlNoEnv } from '../scripts/esbuild-yaml-env.mjs';

export const ROOT = path.resolve(__dirname, '..');

/**
 * Bundles a bench entry exactly like the shipped CLI (minified, `yaml`'s per-token env read removed by the same
 * plugin), so a baseline such as bare `parseDocument` is yaml as we ship it, not a slower build.
 */
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
    plugins: [yamlNoEnv],
  });
  return outfile;
}
