// What a keystroke sends in real VS Code. The matrix follows typing through deltas: the first render of a matrix
// is the whole model, each keystroke after it only the rows that changed, and the webview (driven by the
// launcher's Playwright, see webview-driver.mjs) shows exactly what the text says, also after a new line moved
// every row below it. And a keystroke that changes no finding leaves VS Code's markers alone.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PackagingPlannerApi } from '../../src/extension/extension';
import type { MatrixRendered } from '../../src/extension/matrixEditor';

const WEBVIEW_PREFIX = '__PP_WEBVIEW__ ';

/** Asks the launcher to read texts in the matrix webview once `waitFor` is there. */
async function webviewTexts(waitFor: string, texts: string[]): Promise<(string | null)[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-webview-'));
  const resultFile = path.join(dir, 'result.json');
  try {
    const steps = [{ waitFor }, ...texts.map((text) => ({ text }))];
    console.log(`${WEBVIEW_PREFIX}${JSON.stringify({ frame: '#grid .feature-row', steps, resultFile })}`);
    const end = Date.now() + 40_000;
    while (!existsSync(resultFile)) {
      if (Date.now() > end) throw new Error('timed out waiting for the webview driver');
      await new Promise((r) => setTimeout(r, 50));
    }
    const r = JSON.parse(readFileSync(resultFile, 'utf8')) as { ok: boolean; out?: string[]; error?: string };
    if (!r.ok) throw new Error(`webview driver: ${r.error}`);
    return r.out ?? [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Keystrokes in VS Code: matrix deltas, unchanged findings', function () {
  this.timeout(90_000);
  let api: PackagingPlannerApi;
  let example: vscode.Uri;

  // a copy in the launcher's temporary workspace: whatever happens to it, the repository's example stays as it is
  before(async () => {
    const ext = vscode.extensions.getExtension<PackagingPlannerApi>('packaging-planner.packaging-planner');
    assert.ok(ext);
    api = await ext.activate();
    const text = await vscode.workspace.fs.readFile(
      vscode.Uri.joinPath(ext.extensionUri, 'examples', 'whiteboard', 'packaging.yaml'),
    );
    example = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'delta.packaging.yaml');
    await vscode.workspace.fs.writeFile(example, text);
  });

  after(async () => {
    for (const doc of vscode.workspace.textDocuments)
      if (doc.uri.toString() === example.toString() && doc.isDirty) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(example);
  });

  const painted = (version: number) =>
    new Promise<MatrixRendered>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`version ${version} not painted`)), 30_000);
      const sub = api.onDidRenderMatrix((e) => {
        if (e.uri.toString() === example.toString() && e.version === version) {
          clearTimeout(timer);
          sub.dispose();
          resolve(e);
        }
      });
    });

  it('renders whole first, then each keystroke as a delta; the webview shows what the text says', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const doc = await vscode.workspace.openTextDocument(example);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const first = painted(doc.version);
    await vscode.commands.executeCommand('packagingPlanner.openMatrix', example);
    assert.equal((await first).delta, false, 'a new webview gets the whole model');
    const row = (id: string) => `.feature-row[data-id="${id}"] .name`;
    // a character typed at the end of a feature's name, in the focused text editor
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const line = doc.getText().split('\n').indexOf('    name: Private boards');
    assert.ok(line > 0, 'the fixture line');
    const end = doc.lineAt(line).text.length;
    editor.selection = new vscode.Selection(line, end, line, end);
    let next = painted(doc.version + 1);
    await vscode.commands.executeCommand('type', { text: 's' });
    const typed = await next;
    assert.equal(typed.delta, true, 'a keystroke is a delta');
    assert.ok(typed.paintedAt !== undefined && typed.applyMs >= 0);
    assert.deepEqual(
      await webviewTexts(`${row('private-boards')}:text("Private boardss")`, [
        row('private-boards'),
        row('templates'),
      ]),
      ['Private boardss', 'Templates'],
    );
    // a new line above every feature: each row's ranges move, and the rows still match the text
    const features = doc.getText().split('\n').indexOf('features:');
    next = painted(doc.version + 1);
    await editor.edit((b) => b.insert(new vscode.Position(features, 0), '# the features\n'));
    assert.equal((await next).delta, true);
    assert.deepEqual(await webviewTexts(row('templates'), [row('private-boards'), row('templates')]), [
      'Private boardss',
      'Templates',
    ]);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a keystroke that changes no finding publishes its version without touching the markers', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const doc = await vscode.workspace.openTextDocument(example);
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const published = (version: number) =>
      new Promise<void>((resolve) => {
        const sub = api.onDidPublishDiagnostics((e) => {
          if (e.uri.toString() === example.toString() && e.version === version) {
            sub.dispose();
            resolve();
          }
        });
      });
    if (vscode.languages.getDiagnostics(example).length === 0) await published(doc.version);
    const before = vscode.languages.getDiagnostics(example).map((d) => `${d.code}@${d.range.start.line}`);
    assert.ok(before.length > 0, 'the example has findings');
    const settle = () => new Promise((r) => setTimeout(r, 400));
    await settle();
    let changes = 0;
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === example.toString())) changes++;
    });
    try {
      // a character at the end of a comment: the same findings at the same places
      const line = doc
        .getText()
        .split('\n')
        .findIndex((l) => l.startsWith('  acquisition: product-led'));
      const end = doc.lineAt(line).text.length;
      let next = published(doc.version + 1);
      await editor.edit((b) => b.insert(new vscode.Position(line, end), '!'));
      await next;
      // VS Code fires onDidChangeDiagnostics 50 ms after a set (it merges them)
      await settle();
      assert.equal(changes, 0, 'no marker replaced');
      assert.deepEqual(
        vscode.languages.getDiagnostics(example).map((d) => `${d.code}@${d.range.start.line}`),
        before,
      );
      // a new line above them all: every finding moves, and VS Code gets them
      next = published(doc.version + 1);
      await editor.edit((b) => b.insert(new vscode.Position(line, 0), '# moved\n'));
      await next;
      await settle();
      assert.ok(changes > 0, 'the moved findings were set');
      assert.deepEqual(
        vscode.languages.getDiagnostics(example).map((d) => `${d.code}@${d.range.start.line}`),
        before.map((b) => {
          const [code, at] = b.split('@');
          return `${code}@${Number(at) >= line ? Number(at) + 1 : at}`;
        }),
      );
    } finally {
      sub.dispose();
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
