// esbuild targets of the language server; esbuild.mjs builds them. dist/server.js is what an editor (or a
// future thin VS Code client) starts with --stdio or --node-ipc; dist/web/server.js runs in a web worker.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodSlim } from './esbuild-extension.mjs';
import { yamlNoEnv } from './esbuild-yaml-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

/** @returns {import('esbuild').BuildOptions[]} */
export function serverBuilds({ minify = true } = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    minify,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [zodSlim, yamlNoEnv],
    loader: { '.yaml': 'text' },
  };
  const define = {
    'process.env.LOG_TOKENS': 'undefined',
    'process.env.LOG_STREAM': 'undefined',
    __VERSION__: JSON.stringify(version),
  };
  return [
    {
      ...common,
      entryPoints: ['src/server/node.ts'],
      outfile: 'dist/server.js',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // the rule pages are read from docs/rules beside dist/ (src/server/node.ts), not carried
      define: { ...define, __SERVER_MAIN__: 'true' },
    },
    {
      ...common,
      entryPoints: ['src/server/browser.ts'],
      outfile: 'dist/web/server.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      define: { ...define, 'process.env.NODE_ENV': '"production"' },
    },
  ];
}

// `node scripts/esbuild-server.mjs`: build only these targets (the full build is esbuild.mjs).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const esbuild = await import('esbuild');
  await Promise.all(serverBuilds().map((b) => esbuild.build(b)));
}
