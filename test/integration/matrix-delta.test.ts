// The matrix follows typing through deltas in real VS Code: the first render of a matrix is the whole model, each
// keystroke after it only the rows that changed, and the webview (driven by the launcher's Playwright, see
// webview-driver.mjs) shows exactly what the text says, also after a new line moved every row below it.
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

describe('Packaging matrix deltas in VS Code', function () {
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
});
