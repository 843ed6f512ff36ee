// esbuild targets of the VS Code extension and its integration suite; esbuild.mjs builds them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// `yaml` reads process.env.LOG_TOKENS / LOG_STREAM on every token when they are present; pin them away.
const define = {
  'process.env.LOG_TOKENS': 'undefined',
  'process.env.LOG_STREAM': 'undefined',
};

/** @returns {import('esbuild').BuildOptions[]} */
export function extensionBuilds({ minify = true } = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    external: ['vscode'],
    minify,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    target: 'es2022',
    define,
  };
  const suites = readdirSync(path.join(root, 'test', 'integration'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `test/integration/${f}`);
  return [
    {
      ...common,
      entryPoints: ['src/extension/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      metafile: true,
    },
    {
      // vscode.dev / github.dev: a web worker extension host, no Node built-ins
      ...common,
      entryPoints: ['src/extension/extension.ts'],
      outfile: 'dist/web/extension.js',
      platform: 'browser',
      format: 'cjs',
      mainFields: ['browser', 'module', 'main'],
      define: { ...define, 'process.env.NODE_ENV': '"production"' },
    },
    {
      // the integration suite runs in the Node extension host; mocha comes from node_modules at run time
      ...common,
      minify: false,
      entryPoints: ['test/integration/index.ts', ...suites],
      outdir: 'dist/test/integration',
      platform: 'node',
      format: 'cjs',
      external: ['vscode', 'mocha'],
    },
  ];
}
