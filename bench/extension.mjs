#!/usr/bin/env node
// Extension figures: bundle sizes, activation time, edit -> published diagnostics on a 1,000-feature
// file, measured in the real VS Code server (offline launcher). Usage: node bench/extension.mjs [--json]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'esbuild-extension.mjs')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const size = (f) => statSync(path.join(root, f)).size;
const t0 = Date.now();
const run = spawnSync(process.execPath, [path.join(root, 'test', 'integration', 'run-offline.mjs')], {
  encoding: 'utf8',
  env: { ...process.env, PP_BENCH: '1', INTEGRATION_GREP: 'bench' },
  maxBuffer: 64 * 1024 * 1024,
});
const line = `${run.stdout}`.split('\n').find((l) => l.startsWith('BENCH '));
if (run.status !== 0 || !line) {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}
const figures = {
  extensionBundleBytes: size('dist/extension.js'),
  webBundleBytes: size('dist/web/extension.js'),
  ...JSON.parse(line.slice(6)),
  wholeRunMs: Date.now() - t0,
};
if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`extension host bundle      ${kb(figures.extensionBundleBytes)} (target < 300 KB)`);
  console.log(`web (browser) bundle       ${kb(figures.webBundleBytes)}`);
  console.log(`activate()                 ${figures.activateMs} ms`);
  console.log(
    `check() of ${figures.features} features   ${figures.checkMsMedian} ms (median, ${kb(figures.fileBytes)} file)`,
  );
  console.log(
    `edit -> diagnostics        ${figures.editToDiagnosticsMsMedian} ms median, ${figures.editToDiagnosticsMsMax} ms max (includes the ${figures.debounceMs} ms debounce)`,
  );
}
