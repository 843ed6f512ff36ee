#!/usr/bin/env node
// Extension figures: bundle sizes, activation time, edit -> published diagnostics at 100 / 1,000 / 5,000
// features, and the matrix at 5,000 features (opening, keystroke -> the matrix painted it, keystroke ->
// diagnostics with the matrix open), measured in the real VS Code server (offline launcher).
// Usage: node bench/extension.mjs [--json]; exits 1 when a target is missed.
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const size = (f) => statSync(path.join(root, f)).size;
const t0 = Date.now();
const run = spawnSync(process.execPath, [path.join(root, 'test', 'integration', 'run-offline.mjs')], {
  encoding: 'utf8',
  env: {
    INTEGRATION_TIMEOUT_MS: '600000',
    ...process.env,
    PP_BENCH: '1',
    INTEGRATION_GREP: 'bench',
  },
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
  serverBundleBytes: size('dist/server.js'),
  webServerBundleBytes: size('dist/web/server.js'),
  ...JSON.parse(line.slice(6)),
  wholeRunMs: Date.now() - t0,
};
const TARGET_MS = { 100: 100, 1000: 150, 5000: 200 };
// PP_BENCH_OUT=file: the figures as JSON too (to compare runs)
if (process.env.PP_BENCH_OUT) writeFileSync(process.env.PP_BENCH_OUT, JSON.stringify(figures, null, 2));
let ok = figures.activateMs <= 50;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(figures, null, 2));
  const m = figures.matrix;
  ok &&=
    Object.values(TARGET_MS).every((t, i) => figures.sizes[i].editToDiagnosticsMsMedian <= t) &&
    m.open.first <= 1000 &&
    m.open.median <= 1000 &&
    m.keystrokeToMatrix.median <= 300 &&
    m.keystrokeToDiagnostics.median <= TARGET_MS[5000];
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  // vscode-languageclient alone bundles to ~437 KB minified: the < 150 KB client target cannot be met with it
  console.log(
    `client bundle (extension host)  ${kb(figures.extensionBundleBytes)} (target < 150 KB; vscode-languageclient alone is ~437 KB)`,
  );
  console.log(`client bundle (web)             ${kb(figures.webBundleBytes)}`);
  console.log(`server bundle (Node)            ${kb(figures.serverBundleBytes)} (target < 300 KB)`);
  console.log(`server bundle (web worker)      ${kb(figures.webServerBundleBytes)}`);
  console.log(`activate()                      ${figures.activateMs} ms (target <= 50 ms)`);
  for (const s of figures.sizes) {
    const target = TARGET_MS[s.features];
    const met = s.editToDiagnosticsMsMedian <= target;
    if (!met) ok = false;
    console.log(
      `${String(s.features).padStart(5)} features: keystroke -> diagnostics ${s.editToDiagnosticsMsMedian} ms median, ${s.editToDiagnosticsMsMax} ms max (target <= ${target} ms) ${met ? 'met' : 'MISSED'}, of which VS Code applying the edit ${s.editAppliedMsMedian} ms; our code on the extension host at most ${s.ourHostMsMax} ms per keystroke (event loop blocked at most ${s.hostBlockedMsMax} ms, VS Code's own work included); check() ${s.checkMsMedian} ms`,
    );
  }
  // issue 21: the matrix open beside a 5,000-feature file
  const m = figures.matrix;
  const sp = (x) => `${x.median} ms median, p90 ${x.p90}, max ${x.max}`;
  const verdict = (met) => {
    if (!met) ok = false;
    return met ? 'met' : 'MISSED';
  };
  console.log(`matrix at ${m.features} features (in the real VS Code):`);
  const f = m.firstOpen;
  const r = m.reopen;
  const k = m.keystroke;
  console.log(
    `  open (command -> rows painted)         first ${m.open.first} ms, re-open ${sp(m.open)} (target <= 1000 ms) ${verdict(m.open.first <= 1000 && m.open.median <= 1000)}`,
  );
  console.log(
    `    before it, VS Code's first webview in the window (a blank page) booted in ${m.blankWebviewMs} ms, a second blank page took ${m.blankWebviewWarmMs} ms; first: VS Code opening the editor ${f.commandToResolve} ms, its webview loading our page ${f.resolveToReady} ms, our render ${f.readyToPainted} ms (request ${f.request}, post -> painted ${f.postToPaint}, in the webview ${f.webviewArrivalToPaint})`,
  );
  console.log(
    `    re-open medians: VS Code ${r.commandToResolve?.median} ms, webview page ${r.resolveToReady?.median} ms, our render ${r.readyToPainted?.median} ms (request ${r.request?.median}, post -> painted ${r.postToPaint?.median}, in the webview ${r.webviewArrivalToPaint?.median})`,
  );
  console.log(
    `  keystroke -> matrix painted           ${sp(m.keystrokeToMatrix)} over ${m.keystrokes} keystrokes (target <= 300 ms median) ${verdict(m.keystrokeToMatrix.median <= 300)}`,
  );
  console.log(
    `    medians: VS Code applying the keystroke ${k.applied.median} ms; the view-model request ${k.request.median} ms; post -> painted ${k.postToPaint.median} ms, of which in the webview ${k.webviewArrivalToPaint.median} ms (its patch ${k.webviewApply.median} ms); painted -> acknowledged on the extension host ${k.toMatrixAck.median} ms after the keystroke`,
  );
  console.log(
    `  keystroke -> diagnostics (matrix open) ${sp(m.keystrokeToDiagnostics)} (target <= ${TARGET_MS[5000]} ms median) ${verdict(m.keystrokeToDiagnostics.median <= TARGET_MS[5000])}`,
  );
}
process.exitCode = ok ? 0 : 1;
