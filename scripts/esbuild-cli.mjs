// esbuild targets of the CLI; esbuild.mjs builds them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { yamlNoEnv } from './esbuild-yaml-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

/** The rule doc pages and the JSON Schema, carried by the bundles (src/cli/embedded.ts reads them). */
export function embedded() {
  const docsDir = path.join(root, 'docs', 'rules');
  const docs = {};
  for (const f of readdirSync(docsDir)) {
    if (f.endsWith('.md') && f !== 'README.md')
      docs[f.slice(0, -3)] = readFileSync(path.join(docsDir, f), 'utf8');
  }
  const schemaFile = path.join(root, 'schemas', 'packaging.schema.json');
  const schema = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : null;
  return JSON.stringify({ schema, docs });
}

/**
 * Parts of the CLI that only some commands need, each in a file of its own that the command `require`s when it
 * runs: node then parses ~370 KB at start-up instead of ~800 KB (cold start is most of a small `check`).
 */
const COMMAND_FILES = [
  'check',
  'matrix',
  'diff',
  'import',
  'export',
  'explain',
  'suggest',
  'market',
  'init',
  'lsp',
];
const LAZY = [
  // each command (src/cli/main.ts requires it when it runs)
  ...COMMAND_FILES.map((c) => ({
    filter: new RegExp(`^\\./${c}$`),
    importer: /[\\/]src[\\/]cli[\\/]main\.ts$/,
    entry: `src/cli/${c}.ts`,
    out: `cli-${c}.js`,
  })),
  // what only a few paths of a command need
  { filter: /[\\/]core[\\/]templates$/, entry: 'src/core/templates/index.ts', out: 'cli-templates.js' },
  { filter: /[\\/]server[\\/]node$/, entry: 'src/server/node.ts', out: 'cli-server.js' },
  {
    filter: /[\\/]interop[\\/]export[\\/]pricing2yaml$/,
    entry: 'src/core/interop/export/pricing2yaml.ts',
    out: 'cli-export-pricing2yaml.js',
  },
];

/** The files dist/cli.js loads on demand (the npm package ships them: scripts/test-pack.ts checks). */
export const CLI_LAZY_FILES = LAZY.map((l) => `dist/${l.out}`);

/** A `require()` of a LAZY module stays a require of its own file beside dist/cli.js. */
const lazyChunks = {
  name: 'lazy-chunks',
  setup(build) {
    for (const { filter, importer, out } of LAZY)
      build.onResolve({ filter }, (args) =>
        args.kind === 'require-call' && (!importer || importer.test(args.importer))
          ? { path: `./${out}`, external: true }
          : undefined,
      );
  },
};

/** The rule pages and schema for dist/cli.js, read when `explain`, `schema` or SARIF needs them. */
export const CLI_ASSETS = 'cli-assets.json';

/** @returns {import('esbuild').BuildOptions[]} */
export function cliBuilds({ minify = true } = {}) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    loader: { '.md': 'text', '.yaml': 'text' },
    // `yaml` reads these on every token when present; pinning them away saves ~20% of parse time.
    define: {
      'process.env.LOG_TOKENS': 'undefined',
      'process.env.LOG_STREAM': 'undefined',
      __VERSION__: JSON.stringify(version),
      __EMBEDDED__: embedded(),
    },
  };
  return [
    {
      ...common,
      entryPoints: ['src/cli/bin.ts'],
      outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node' },
      define: { ...common.define, __EMBEDDED__: 'undefined', __ASSETS_FILE__: JSON.stringify(CLI_ASSETS) },
      // yaml's per-token env read (the `define` above misses it); the Action bundle is committed, so it waits
      // for its own rebuild
      plugins: [yamlNoEnv, lazyChunks],
    },
    ...LAZY.map(({ entry, out }) => ({
      ...common,
      entryPoints: [entry],
      outfile: `dist/${out}`,
      define: { ...common.define, __EMBEDDED__: 'undefined', __ASSETS_FILE__: JSON.stringify(CLI_ASSETS) },
      // a lazy file may itself require another (the lsp command -> the server)
      plugins: [yamlNoEnv, lazyChunks],
    })),
    // The GitHub Action's entry; `npm run build:action` copies it to action/dist/index.js (committed).
    { ...common, entryPoints: ['src/cli/action-main.ts'], outfile: 'dist/action.js' },
  ];
}
