// esbuild targets of the matrix webview; esbuild.mjs builds them. Output: dist/webview/{matrix.js,matrix.css,
// codicon.css,codicon.ttf} — the only folder the webview may load from (localResourceRoots).
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'webview');

/** Copies the codicon font and stylesheet next to the bundle (the icon components link it by id). */
const copyCodicons = {
  name: 'copy-codicons',
  setup(build) {
    build.onEnd(() => {
      mkdirSync(outdir, { recursive: true });
      const src = path.join(root, 'node_modules', '@vscode', 'codicons', 'dist');
      for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(path.join(src, f), path.join(outdir, f));
    });
  },
};

/** @returns {import('esbuild').BuildOptions[]} */
export function webviewBuilds({ minify = true } = {}) {
  return [
    {
      absWorkingDir: root,
      entryPoints: [
        { in: 'webview/main.ts', out: 'matrix' },
        { in: 'webview/matrix.css', out: 'matrix' },
      ],
      outdir: 'dist/webview',
      entryNames: '[name]',
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify,
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning',
      plugins: [copyCodicons],
    },
  ];
}
