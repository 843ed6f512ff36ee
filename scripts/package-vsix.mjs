#!/usr/bin/env node
// Builds dist/packaging-planner.vsix from the bundles (run `node esbuild.mjs` first; `npm run package` does).
// The npm package lists its files in package.json `files` and the VSIX in .vscodeignore, and vsce refuses a
// folder with both: so vsce packs a staging copy whose package.json has no `files`, and the two stay apart.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = path.join(root, 'dist', 'vsix-stage');
const out = path.join(root, 'dist', 'packaging-planner.vsix');

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
try {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  delete pkg.files;
  writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  // what .vscodeignore lets in; the ignore file itself keeps vsce from adding anything else
  for (const p of [
    '.vscodeignore',
    'README.md',
    'LICENSE',
    'dist/extension.js',
    'dist/server.js',
    'dist/templates.js',
    'dist/web',
    'dist/webview',
    'docs/rules',
    'schemas/packaging.schema.json',
  ]) {
    cpSync(path.join(root, p), path.join(stage, p), { recursive: true });
  }
  const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(
    process.execPath,
    [
      vsce,
      'package',
      '--no-dependencies',
      '--no-rewrite-relative-links',
      // no public repository yet (README: "Not yet published")
      '--allow-missing-repository',
      '--out',
      out,
    ],
    { cwd: stage, stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
