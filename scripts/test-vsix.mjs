#!/usr/bin/env node
// Checks the VSIX built by `npm run package`: it holds only what runs (no sources, tests or stray
// node_modules), stays small, and installs into the offline VS Code server and activates there.
// Usage: npm run test:vsix   (builds, then runs this)
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsix = path.join(root, 'dist', 'packaging-planner.vsix');
const MAX_BYTES = 1024 * 1024;

/** Names and uncompressed sizes from the zip's central directory. */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const size = buf.readUInt32LE(p + 24);
    const n = buf.readUInt16LE(p + 28);
    const m = buf.readUInt16LE(p + 30);
    const k = buf.readUInt16LE(p + 32);
    out.push({ name: buf.toString('utf8', p + 46, p + 46 + n), size });
    p += 46 + n + m + k;
  }
  return out;
}

const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/readme\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/dist\/extension\.js$/,
  /^extension\/dist\/server\.js$/,
  /^extension\/dist\/templates\.js$/,
  /^extension\/dist\/web\/extension\.js$/,
  /^extension\/dist\/web\/server\.js$/,
  /^extension\/dist\/webview\/[\w.-]+\.(js|css|ttf)$/,
  /^extension\/docs\/rules\/[\w-]+\.md$/,
  /^extension\/schemas\/packaging\.schema\.json$/,
];
const REQUIRED = [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/templates.js',
  'extension/dist/web/extension.js',
  'extension/dist/web/server.js',
  'extension/dist/webview/matrix.js',
  'extension/schemas/packaging.schema.json',
  'extension/docs/rules/gated-growth-driver.md',
];

const failures = [];
const entries = zipEntries(readFileSync(vsix));
const names = new Set(entries.map((e) => e.name));
for (const e of entries) {
  if (!ALLOWED.some((re) => re.test(e.name))) failures.push(`unexpected file in the VSIX: ${e.name}`);
}
for (const r of REQUIRED) if (!names.has(r)) failures.push(`missing from the VSIX: ${r}`);
const bytes = statSync(vsix).size;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizeOf = (n) => entries.find((e) => e.name === n)?.size ?? 0;
console.log(
  `VSIX: ${kb(bytes)} (${entries.length} files); client bundle ${kb(sizeOf('extension/dist/extension.js'))}, server bundle ${kb(sizeOf('extension/dist/server.js'))}, web client ${kb(sizeOf('extension/dist/web/extension.js'))}`,
);
if (bytes > MAX_BYTES) failures.push(`VSIX is ${kb(bytes)}, over ${kb(MAX_BYTES)}`);
// Regression guards, not the targets (bench/extension.mjs reports those): vscode-languageclient alone
// is ~437 KB minified, and the server carries the LSP libraries, yaml and the core (docs/extension.md).
// The server grew with revision 3 (seven rules, the question-answering suggester, the matrix cache): ~540 KB.
if (sizeOf('extension/dist/extension.js') > 470 * 1024) failures.push('client bundle over 470 KB');
if (sizeOf('extension/dist/server.js') > 580 * 1024) failures.push('server bundle over 580 KB');
if (failures.length) {
  for (const f of failures) console.error(`✘ ${f}`);
  process.exit(1);
}
console.log('✔ VSIX holds only the bundles, webview assets, rule docs, schema, manifest, README and LICENSE');
if (process.argv.includes('--no-install')) process.exit(0);
const r = spawnSync(
  process.execPath,
  [path.join(root, 'test', 'integration', 'run-offline.mjs'), '--vsix', vsix],
  {
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
