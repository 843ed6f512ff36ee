// Extension performance figures (bench/extension.mjs runs this with PP_BENCH=1; skipped otherwise).
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

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

(process.env.PP_BENCH ? describe : describe.skip)('bench', function () {
  this.timeout(300_000);
  it('edit -> published diagnostics at 100, 1,000 and 5,000 features', async () => {
    const ext = vscode.extensions.getExtension<PackagingPlannerApi>('packaging-planner.packaging-planner')!;
    const api = await ext.activate();
    const sizes = [];
    for (const n of [100, 1000, 5000]) sizes.push(await measure(api, n));
    const figures = { activateMs: Number(api.activationMs.toFixed(1)), sizes };
    console.log(`BENCH ${JSON.stringify(figures)}`);
  });
});
