// Extension performance figures (bench/extension.mjs runs this with PP_BENCH=1; skipped otherwise).
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { median, spread as spreadOf } from '../../bench/stats';
import { check } from '../../src/core/check';
import type { PackagingPlannerApi } from '../../src/extension/extension';

function bigFile(n: number): string {
  const lines = [
    'version: 1',
    'product:',
    '  name: Bench',
    'growth:',
    '  freeOffer: freemium',
    '  freemiumGoals: [poc]',
    'plans:',
    '  - id: free',
    '    price: 0',
    '  - id: pro',
    '    price: 10',
    '  - id: enterprise',
    '    price: contact-sales',
    'features:',
  ];
  for (let i = 0; i < n; i++) {
    lines.push(
      `  - id: feature-${i}`,
      `    name: Feature ${i}   # comment ${i}`,
      `    plan: ${['free', 'pro', 'enterprise'][i % 3]}`,
      '    signals:',
      `      virality: ${i % 5 === 0}`,
      `      habitLoop: ${i % 7 === 0}`,
      `      friction: ${i % 2 === 0}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const round = (x: number) => Number(x.toFixed(1));
/** median, p90 and max of `xs`, rounded to 0.1 ms */
function spread(xs: number[]) {
  const s = spreadOf(xs);
  return { median: round(s.median), p90: round(s.p90), max: round(s.max) };
}

/** Keystroke -> published diagnostics at one file size, and how long the extension host's thread was blocked. */
async function measure(api: PackagingPlannerApi, features: number) {
  const text = bigFile(features);
  const uri = vscode.Uri.joinPath(
    vscode.workspace.workspaceFolders![0]!.uri,
    `bench-${features}.packaging.yaml`,
  );
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const checks: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    check(text);
    checks.push(performance.now() - t);
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const waitPublish = (version: number) =>
    new Promise<number>((resolve) => {
      const sub = api.onDidPublishDiagnostics((e) => {
        if (e.uri.toString() === uri.toString() && e.version === version) {
          sub.dispose();
          resolve(performance.now());
        }
      });
    });
  // the first check of the opened file (it may be published before this subscribes: then 5 s pass)
  await Promise.race([waitPublish(doc.version), new Promise((r) => setTimeout(r, 5000))]);
  // the longest the extension host's event loop waited while we typed (our code runs on it)
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const ours = (api.pushedMs as number[]).length;
  const times: number[] = [];
  const applied: number[] = [];
  for (let i = 0; i < 9; i++) {
    const line = 16 + 7 * ((i * 97) % features); // the `plan:` line of a feature
    const lineText = doc.lineAt(line).text;
    assert.match(lineText, /^ {4}plan: /);
    const t0 = performance.now();
    const next = doc.version + 1;
    const published = waitPublish(next);
    await editor.edit((b) =>
      b.replace(new vscode.Range(line, 10, line, lineText.length), i % 2 ? 'free' : 'enterprise'),
    );
    // VS Code's own part: the edit applied in the editor and back on the extension host
    applied.push(performance.now() - t0);
    times.push((await published) - t0);
  }
  lag.disable();
  const pushed = api.pushedMs.slice(ours);
  const diagnostics = vscode.languages.getDiagnostics(uri).length;
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(uri);
  return {
    features,
    fileBytes: text.length,
    diagnostics,
    checkMsMedian: Number(median(checks).toFixed(1)),
    editToDiagnosticsMsMedian: Number(median(times).toFixed(1)),
    editToDiagnosticsMsMax: Number(Math.max(...times).toFixed(1)),
    editAppliedMsMedian: Number(median(applied).toFixed(1)),
    hostBlockedMsMax: Number((lag.max / 1e6).toFixed(1)),
    // our own code on the extension host per keystroke: converting and showing the pushed findings
    ourHostMsMax: Number(Math.max(0, ...pushed).toFixed(1)),
  };
}

/**
 * Issue 21 in the real VS Code, with the matrix open beside a `features`-feature file: opening the matrix
 * (command → the webview painted the rows), and one-character edits typed in the text editor → the matrix
 * painted that version, and → its diagnostics published (both waited for on every keystroke).
 */
async function measureMatrix(api: PackagingPlannerApi, features: number, keystrokes = 16, opens = 5) {
  const text = bigFile(features);
  const uri = vscode.Uri.joinPath(
    vscode.workspace.workspaceFolders![0]!.uri,
    `matrix-${features}.packaging.yaml`,
  );
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  const sameUri = (u: vscode.Uri) => u.toString() === uri.toString();
  type Painted = Parameters<Parameters<PackagingPlannerApi['onDidRenderMatrix']>[0]>[0];
  const waitPainted = (version: number, timeoutMs = 20_000) =>
    new Promise<{ at: number; e: Painted }>((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error(`the matrix did not paint version ${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      const sub = api.onDidRenderMatrix((e) => {
        if (sameUri(e.uri) && e.version === version) {
          clearTimeout(timer);
          sub.dispose();
          resolve({ at: performance.now(), e });
        }
      });
    });
  const waitPublished = (version: number) =>
    new Promise<number>((resolve) => {
      const sub = api.onDidPublishDiagnostics((e) => {
        if (sameUri(e.uri) && e.version === version) {
          sub.dispose();
          resolve(performance.now());
        }
      });
    });
  await Promise.race([waitPublished(doc.version), new Promise((r) => setTimeout(r, 5000))]);
  const isMatrixTab = (t: vscode.Tab) =>
    t.input instanceof vscode.TabInputCustom && t.input.viewType === 'packagingPlanner.matrix';

  /** the moment the webview painted, on our clock (its epoch time; the ack's arrival when it sent none) */
  const paintedAt = (p: { at: number; e: Painted }) =>
    p.e.paintedAt !== undefined && p.e.paintedAt <= p.at + 5 ? p.e.paintedAt : p.at;

  // VS Code's own first webview in this window (its webview host and service worker boot): a blank page that
  // posts once loaded, so the first matrix open below is the first load of our page only
  const blankBoot = await blankWebview();
  // and a blank page again: what any webview's page costs once VS Code's webviews are up
  const blankWarm = await blankWebview();

  // (a) opening: the first matrix in this window (our page loads cold), then re-opens
  const opened = samples();
  let firstOpen: Record<string, number> = {};
  for (let i = 0; i < opens; i++) {
    const painted = waitPainted(doc.version, 60_000);
    const t0 = performance.now();
    await vscode.commands.executeCommand('packagingPlanner.openMatrix', uri);
    const p = await painted;
    const at = paintedAt(p);
    const one: Record<string, number> = {
      open: at - t0,
      // VS Code opening the editor, then its webview loading our page and script, then our render
      commandToResolve: p.e.resolvedAt - t0,
      resolveToReady: (p.e.readyAt ?? Number.NaN) - p.e.resolvedAt,
      readyToPainted: at - (p.e.readyAt ?? Number.NaN),
      request: p.e.requestMs ?? Number.NaN,
      postToPaint: (p.e.postToPaintMs ?? Number.NaN) - (p.at - at),
      webviewArrivalToPaint: p.e.arrivalToPaintMs ?? Number.NaN,
    };
    if (i === 0) firstOpen = Object.fromEntries(Object.entries(one).map(([k, v]) => [k, round(v)]));
    else opened.add(one);
    if (i === opens - 1) break;
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter(isMatrixTab);
    await vscode.window.tabGroups.close(tabs);
    await new Promise((r) => setTimeout(r, 300));
  }

  // (b) and (c): type one character at the end of a feature's name, then delete it, in the focused text editor
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
  await new Promise((r) => setTimeout(r, 300));
  const typed = samples();
  for (let i = 0; i < keystrokes; i++) {
    const k = Math.floor(i / 2);
    const line = 15 + 7 * ((k * 997) % features); // the `name:` line of a feature
    const name = `    name: Feature ${(k * 997) % features}`;
    assert.ok(doc.lineAt(line).text.startsWith(name), doc.lineAt(line).text);
    const col = name.length + (i % 2);
    editor.selection = new vscode.Selection(line, col, line, col);
    const next = doc.version + 1;
    const painted = waitPainted(next);
    const diagnostics = waitPublished(next);
    const t0 = performance.now();
    if (i % 2 === 0) await vscode.commands.executeCommand('type', { text: 'x' });
    else await vscode.commands.executeCommand('deleteLeft');
    // VS Code's own part: the keystroke applied in the editor and the change back on the extension host
    const applied = performance.now() - t0;
    assert.equal(doc.version, next, 'one keystroke, one version');
    assert.equal(doc.lineAt(line).text.startsWith(`${name}x`), i % 2 === 0);
    const [p, d] = await Promise.all([painted, diagnostics]);
    const at = paintedAt(p);
    typed.add({
      toMatrix: at - t0,
      // the same, up to the webview's "painted" reaching the extension host again
      toMatrixAck: p.at - t0,
      toDiagnostics: d - t0,
      applied,
      request: p.e.requestMs ?? Number.NaN,
      postToPaint: (p.e.postToPaintMs ?? Number.NaN) - (p.at - at),
      webviewArrivalToPaint: p.e.arrivalToPaintMs ?? Number.NaN,
      webviewApply: p.e.applyMs,
    });
    // a pause between keystrokes, as a PM's typing has
    await new Promise((r) => setTimeout(r, 150));
  }
  assert.equal(doc.getText(), text, 'every typed character was deleted again');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(uri);
  const o = opened.spreads();
  const t = typed.spreads();
  return {
    features,
    blankWebviewMs: round(blankBoot),
    blankWebviewWarmMs: round(blankWarm),
    open: { first: firstOpen.open!, ...o.open! },
    firstOpen,
    reopen: o,
    keystrokes,
    keystrokeToMatrix: t.toMatrix!,
    keystrokeToDiagnostics: t.toDiagnostics!,
    keystroke: t,
  };
}

/** Opens a blank webview that posts when its script runs; the ms until it did (the first boots VS Code's webviews). */
async function blankWebview(): Promise<number> {
  const t0 = performance.now();
  const panel = vscode.window.createWebviewPanel('ppBenchBlank', 'blank', vscode.ViewColumn.Two, {
    enableScripts: true,
  });
  const loaded = new Promise<number>((resolve) => {
    panel.webview.onDidReceiveMessage(() => resolve(performance.now() - t0));
  });
  panel.webview.html =
    '<!DOCTYPE html><html><body><p>blank</p><script>acquireVsCodeApi().postMessage("up")</script></body></html>';
  const ms = await loaded;
  panel.dispose();
  return ms;
}

/** Named samples: add one record per run, then the spread of each name over the runs. */
function samples() {
  const by = new Map<string, number[]>();
  return {
    add(record: Record<string, number>) {
      for (const [k, v] of Object.entries(record))
        if (Number.isFinite(v)) by.set(k, [...(by.get(k) ?? []), v]);
    },
    spreads(): Record<string, ReturnType<typeof spread>> {
      return Object.fromEntries([...by].map(([k, xs]) => [k, spread(xs)]));
    },
  };
}

(process.env.PP_BENCH ? describe : describe.skip)('bench', function () {
  this.timeout(300_000);
  it('edit -> published diagnostics at 100, 1,000 and 5,000 features', async () => {
    const ext = vscode.extensions.getExtension<PackagingPlannerApi>('packaging-planner.packaging-planner')!;
    const api = await ext.activate();
    const sizes = [];
    for (const n of [100, 1000, 5000]) sizes.push(await measure(api, n));
    const matrix = await measureMatrix(api, 5000);
    const figures = { activateMs: Number(api.activationMs.toFixed(1)), sizes, matrix };
    console.log(`BENCH ${JSON.stringify(figures)}`);
  });
});
