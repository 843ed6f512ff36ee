// esbuild targets of the CLI; esbuild.mjs builds them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

/** @returns {import('esbuild').BuildOptions[]} */
export function cliBuilds({ minify = true } = {}) {
  return [
    {
      absWorkingDir: root,
      entryPoints: ['src/cli/bin.ts'],
      outfile: 'dist/cli.js',
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify,
      legalComments: 'none',
      logLevel: 'warning',
      banner: { js: '#!/usr/bin/env node' },
      loader: { '.md': 'text' },
      // `yaml` reads these on every token when present; pinning them away saves ~20% of parse time.
      define: {
        'process.env.LOG_TOKENS': 'undefined',
        'process.env.LOG_STREAM': 'undefined',
        __VERSION__: JSON.stringify(version),
      },
    },
  ];
}
