// esbuild targets of the VS Code extension and its integration suite; esbuild.mjs builds them.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// `yaml` reads process.env.LOG_TOKENS / LOG_STREAM on every token when they are present; pin them away.
const define = {
  'process.env.LOG_TOKENS': 'undefined',
  'process.env.LOG_STREAM': 'undefined',
};

// zod's `z` namespace drags in every locale, JSON Schema conversion and the JIT compiler; the extension
// only validates (with English messages). Those modules become stubs that throw if ever called, which
// halves the bundle. The CLI (which prints the JSON Schema) keeps the real ones.
const ZOD_STUBS =
  /[\\/]zod[\\/]v4[\\/](locales[\\/]index|core[\\/](compile|json-schema-processors|to-json-schema|json-schema-generator)|classic[\\/]from-json-schema)\.js$/;

/** @type {import('esbuild').Plugin} */
export const zodSlim = {
  name: 'zod-slim',
  setup(build) {
    build.onLoad({ filter: ZOD_STUBS }, (args) => {
      if (/locales[\\/]index\.js$/.test(args.path)) return { contents: 'export {};', loader: 'js' };
      const src = readFileSync(args.path, 'utf8');
      const names = [
        ...src.matchAll(/^export (?:async )?(function\*?|class|const|let|var) ([A-Za-z_$][\w$]*)/gm),
      ];
      const lines = [
        'const fail = () => { throw new Error("zod JSON Schema/compile support is not bundled in the extension"); };',
        ...names.map(([, kind, name]) =>
          kind === 'class' ? `export class ${name} extends Error {}` : `export const ${name} = () => fail;`,
        ),
      ];
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

/**
 * The starting-file templates are ~23 KB of commented YAML that only "New Packaging File" reads: the Node
 * extension host loads them from their own file (dist/templates.js) instead of the activation bundle, which keeps the
 * activation bundle under its 300 KB budget. The web host, which cannot require a file, keeps them inline.
 * @type {import('esbuild').Plugin}
 */
const templatesApart = {
  name: 'templates-apart',
  setup(build) {
    build.onResolve({ filter: /[\\/]core[\\/]templates$/ }, () => ({
      path: './templates.js',
      external: true,
    }));
  },
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
    plugins: [zodSlim],
    loader: { '.yaml': 'text' },
  };
  // stale suites of removed test files must not run
  rmSync(path.join(root, 'dist', 'test', 'integration'), { recursive: true, force: true });
  const suites = readdirSync(path.join(root, 'test', 'integration'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `test/integration/${f}`);
  return [
    {
      ...common,
      entryPoints: ['src/extension/node.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      metafile: true,
      plugins: [zodSlim, templatesApart],
    },
    {
      ...common,
      entryPoints: ['src/core/templates/index.ts'],
      outfile: 'dist/templates.js',
      platform: 'node',
      format: 'cjs',
    },
    {
      // vscode.dev / github.dev: a web worker extension host, no Node built-ins
      ...common,
      entryPoints: ['src/extension/web.ts'],
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

// `node scripts/esbuild-extension.mjs`: build only these targets (the full build is esbuild.mjs).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const esbuild = await import('esbuild');
  await Promise.all(extensionBuilds().map((b) => esbuild.build(b)));
}
