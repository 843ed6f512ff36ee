// The matrix custom editor in real VS Code: open an example, open the matrix beside it, move a feature with
// the keyboard inside the real webview (driven by the launcher's Playwright, see webview-driver.mjs), check the
// YAML changed exactly as expected with its comments, and that undo restores it byte for byte.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'packaging-planner.packaging-planner';
const WEBVIEW_PREFIX = '__PP_WEBVIEW__ ';

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Step =
  | { width: true }
  | { waitFor: string }
  | { on: string; press: string }
  | { click: string }
  | { select: [string, string] }
  | { text: string }
  | { attr: [string, string] }
  | { screenshot: string };

async function waitForAsync<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Asks the launcher to run `steps` in the matrix webview; resolves with what the steps read. */
async function inWebview(steps: Step[]): Promise<(string | null)[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-webview-'));
  const resultFile = path.join(dir, 'result.json');
  try {
    console.log(`${WEBVIEW_PREFIX}${JSON.stringify({ frame: '#grid .feature-row', steps, resultFile })}`);
    await waitFor('the webview driver', () => existsSync(resultFile), 40_000);
    const r = JSON.parse(readFileSync(resultFile, 'utf8')) as {
      ok: boolean;
      out?: (string | null)[];
      error?: string;
    };
    if (!r.ok) throw new Error(`webview driver: ${r.error}`);
    return r.out ?? [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Packaging matrix editor in VS Code', function () {
  this.timeout(90_000);
  let example: vscode.Uri;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await ext.activate();
    // a copy in the launcher's temporary workspace: a failed test that left an edit behind, or an auto-save,
    // never reaches the repository's example
    const text = await vscode.workspace.fs.readFile(
      vscode.Uri.joinPath(ext.extensionUri, 'examples', 'whiteboard', 'packaging.yaml'),
    );
    example = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'matrix-suite.packaging.yaml');
    await vscode.workspace.fs.writeFile(example, text);
  });

  after(async () => {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.toString() === example.toString() && doc.isDirty) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(example);
  });

  it('contributes the custom editor (priority option) and the command', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const editor = pkg.contributes.customEditors.find(
      (e: { viewType: string }) => e.viewType === 'packagingPlanner.matrix',
    );
    assert.equal(editor.priority, 'option');
    assert.ok((await vscode.commands.getCommands(true)).includes('packagingPlanner.openMatrix'));
  });

  const matrixTabs = () =>
    vscode.window.tabGroups.all.flatMap((g) =>
      g.tabs
        .filter(
          (t) =>
            t.input instanceof vscode.TabInputCustom &&
            t.input.viewType === 'packagingPlanner.matrix' &&
            t.input.uri.toString() === example.toString(),
        )
        .map((t) => ({ column: g.viewColumn, tab: t })),
    );

  it('the text editor stays the default; "Reopen Editor With…" opens the matrix in the same group', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('vscode.open', example);
    const active = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(active?.input instanceof vscode.TabInputText, 'priority option: a plain open shows the text');
    assert.equal(matrixTabs().length, 0);
    // What the "Reopen Editor With…" picker runs for the chosen editor (the picker itself is a quick pick).
    await vscode.commands.executeCommand('vscode.openWith', example, 'packagingPlanner.matrix');
    const opened = await waitFor('the matrix tab', () => matrixTabs()[0]);
    assert.equal(opened.column, vscode.ViewColumn.One);
    assert.ok(opened.tab.isActive);
    await inWebview([{ waitFor: '.feature-row[data-id="private-boards"]' }]);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the editor title button and the `plans:` CodeLens open the matrix beside the text', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const title = pkg.contributes.menus['editor/title'].find(
      (m: { command: string }) => m.command === 'packagingPlanner.openMatrix',
    );
    assert.equal(title.group, 'navigation');
    const pattern = /resourceFilename =~ \/(.+)\/ &&/.exec(title.when)?.[1];
    assert.ok(pattern, title.when);
    for (const name of ['packaging.yaml', 'packaging.yml', 'acme.packaging.yaml', 'b.packaging.yml'])
      assert.ok(new RegExp(pattern).test(name), name);
    for (const name of ['packaging.json', 'mypackaging.yaml', 'packaging.yaml.bak'])
      assert.ok(!new RegExp(pattern).test(name), name);

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const doc = await vscode.workspace.openTextDocument(example);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      example,
    );
    const lens = lenses.find((l) => l.command?.command === 'packagingPlanner.openMatrix');
    assert.ok(lens?.command, 'an Open matrix lens');
    assert.equal(doc.lineAt(lens.range.start.line).text.trimEnd(), 'plans:');
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    const opened = await waitFor('the matrix tab', () => matrixTabs()[0]);
    assert.equal(opened.column, vscode.ViewColumn.Two, 'beside the text');
    await inWebview([{ waitFor: '.feature-row[data-id="private-boards"]' }]);
    // the title button runs the same command on the active text editor (no argument)
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('packagingPlanner.openMatrix');
    await waitFor('the matrix tab', () => matrixTabs().length > 0);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('moves a feature from the webview: exact YAML edit with comments, undo restores byte for byte', async () => {
    const doc = await vscode.workspace.openTextDocument(example);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const original = doc.getText();
    const versionBefore = doc.version;

    await vscode.commands.executeCommand('packagingPlanner.openMatrix', example);
    await waitFor('the matrix tab', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find(
          (t) =>
            t.input instanceof vscode.TabInputCustom &&
            t.input.viewType === 'packagingPlanner.matrix' &&
            t.input.uri.toString() === example.toString(),
        ),
    );

    // The webview shows the file: product, flagged row, the cell label a screen reader reads.
    const row = '.feature-row[data-id="private-boards"]';
    const [product, flag, label] = await inWebview([
      { waitFor: row },
      { text: '.summary .product' },
      { attr: [row, 'data-flag'] },
      { attr: [`${row} [data-col="3"]`, 'aria-label'] },
    ]);
    assert.equal(product, 'Sketchboard');
    // Its free-friction finding is accepted (revision 2): shown with its reason, never as a flag.
    assert.equal(flag, 'none');
    assert.equal(label, 'Private boards, Free plan, included, lowest plan, recommended paid');

    // Alt+→ on the row: Free -> Starter, as one minimal edit that keeps the trailing comment.
    await inWebview([{ on: `${row} [data-col="0"]`, press: 'Alt+ArrowRight' }]);
    const expected = original.replace(
      '    plan: free                 # free-friction, accepted below: privacy stops sharing',
      '    plan: starter              # free-friction, accepted below: privacy stops sharing',
    );
    assert.notEqual(expected, original, 'the fixture line is where the test expects it');
    await waitFor('the move to reach the document', () => doc.version > versionBefore);
    assert.equal(doc.getText(), expected);
    assert.ok(doc.isDirty);

    // The matrix follows: the row is now on the paid side.
    const [side] = await inWebview([{ waitFor: `${row}[data-side="paid"]` }, { attr: [row, 'data-side'] }]);
    assert.equal(side, 'paid');

    // Undo from the text editor restores the file byte for byte.
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => doc.getText() === original);
    assert.equal(doc.getText(), original);

    // ... and the matrix follows the text again.
    await inWebview([{ waitFor: `${row}[data-side="free"]` }]);
  });

  it('follows typing in the text editor (debounced) and shows a syntax error banner', async () => {
    const doc = await vscode.workspace.openTextDocument(example);
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('packagingPlanner.openMatrix', example);
    const at = doc.getText().indexOf('name: Sketchboard') + 'name: '.length;
    await editor.edit((b) => b.insert(doc.positionAt(at), 'New '));
    const [product] = await inWebview([
      { waitFor: '.summary .product:text("New Sketchboard")' },
      { text: '.summary .product' },
    ]);
    assert.equal(product, 'New Sketchboard');
    await editor.edit((b) => b.insert(doc.positionAt(0), 'plans: [\n'));
    const [banner] = await inWebview([{ waitFor: '.banner' }, { text: '.banner' }]);
    assert.match(banner ?? '', /does not parse/);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('classifies from the webview: a category in ONE edit, an unclassified row gets only the answer given; undo is exact', async () => {
    const doc = await vscode.workspace.openTextDocument(example);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const original = doc.getText();
    await vscode.commands.executeCommand('packagingPlanner.openMatrix', example);
    const sso = '.feature-row[data-id="sso"]';
    // Select the Admin category, then Space on one of its expansion checkboxes: all three rows, one edit.
    await inWebview([
      { waitFor: sso },
      { click: '.select-group[data-category="Admin"]' },
      { waitFor: `${sso}[aria-selected="true"]` },
      { on: `${sso} .sig[data-signal="expansion"]`, press: ' ' },
    ]);
    const admin = (id: string, plan: string) =>
      `  - id: ${id}\n    name: [^\n]+\n    category: Admin\n    plan: ${plan}\n    signals:\n      friction: true\n`;
    let expected = original;
    for (const [id, plan] of [
      ['guest-restrictions', 'business'],
      ['sso', 'enterprise'],
      ['audit-log', 'enterprise'],
    ] as const) {
      const m = new RegExp(admin(id, plan)).exec(expected);
      assert.ok(m, `fixture block of ${id}`);
      expected = expected.replace(m[0], `${m[0]}      expansion: true\n`);
    }
    await waitFor('the bulk edit', () => doc.getText() !== original);
    assert.equal(doc.getText(), expected);
    const [status] = await inWebview([
      { waitFor: '#status:text("Set expansion for 3 features")' },
      { text: '#status' },
    ]);
    assert.match(status ?? '', /Set expansion for 3 features/);
    // One undo takes the whole bulk edit back, byte for byte; the status line clears with it.
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => doc.getText() === original);
    await inWebview([{ waitFor: `${sso} .sig[data-signal="expansion"][data-state="unanswered"]` }]);
    const [after] = await inWebview([{ text: '#status' }]);
    assert.equal((after ?? '').trim(), '');

    // An unclassified row: one checkbox writes one answer, nothing else.
    const tt = '.feature-row[data-id="talktrack"]';
    await inWebview([
      { on: `${tt} [data-col="0"]`, press: 'Escape' },
      { click: `${tt} .sig[data-signal="virality"]` },
    ]);
    const line = '    plan: starter              # expect unclassified-feature: nobody ran the test yet\n';
    await waitFor('the toggle', () => doc.getText() !== original);
    assert.equal(doc.getText(), original.replace(line, `${line}    signals:\n      virality: true\n`));
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => doc.getText() === original);
  });

  it('the bulk bar writes nothing until a signal and an answer are chosen, then says what it writes', async () => {
    const doc = await vscode.workspace.openTextDocument(example);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const original = doc.getText();
    await vscode.commands.executeCommand('packagingPlanner.openMatrix', example);
    const sso = '.feature-row[data-id="sso"]';
    const [none, noneText] = await inWebview([
      { waitFor: sso },
      { click: '.select-group[data-category="Admin"]' },
      { waitFor: `${sso}[aria-selected="true"]` },
      { waitFor: '.toolbar .bulk #bulk-set' },
      { attr: ['#bulk-set', 'disabled'] },
      { text: '#bulk-set' },
      // Enter on the disabled button: nothing may be written
      { on: '#bulk-set', press: 'Enter' },
    ]);
    assert.equal(none, '', 'Set is disabled with nothing chosen');
    assert.doesNotMatch(noneText ?? '', /=/);
    // only a signal: still disabled, and the question it asks is shown
    const [signalOnly, question] = await inWebview([
      { select: ['#bulk-signal', 'expansion'] },
      { attr: ['#bulk-set', 'disabled'] },
      { text: '.bulk-question' },
      { on: '#bulk-set', press: 'Enter' },
    ]);
    assert.equal(signalOnly, '', 'Set is disabled with a signal and no answer');
    assert.match(question ?? '', /\S/);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(doc.getText(), original, 'nothing written before both choices');
    // both chosen: the button says what it writes to how many rows, and writes exactly that in one edit
    const [enabled, label] = await inWebview([
      { select: ['#bulk-value', 'yes'] },
      { attr: ['#bulk-set', 'disabled'] },
      { text: '#bulk-set' },
      { click: '#bulk-set' },
    ]);
    assert.equal(enabled, null);
    assert.equal(label?.trim(), 'Set expansion = yes on 3 features');
    let expected = original;
    for (const [id, plan] of [
      ['guest-restrictions', 'business'],
      ['sso', 'enterprise'],
      ['audit-log', 'enterprise'],
    ] as const) {
      const block = new RegExp(
        `  - id: ${id}\n    name: [^\n]+\n    category: Admin\n    plan: ${plan}\n    signals:\n      friction: true\n`,
      ).exec(expected);
      assert.ok(block, `fixture block of ${id}`);
      expected = expected.replace(block[0], `${block[0]}      expansion: true\n`);
    }
    await waitFor('the bulk edit', () => doc.getText() !== original);
    assert.equal(doc.getText(), expected);
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo', () => doc.getText() === original);
  });

  it('a click selects without revealing; Enter shows the feature in the text; a maximised matrix stays maximised', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const doc = await vscode.workspace.openTextDocument(example);
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('packagingPlanner.openMatrix', example);
    const text = () => vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const lineOf = (id: string) => doc.positionAt(doc.getText().indexOf(`- id: ${id}\n`)).line;
    // a single click on a row selects it in the matrix and leaves the text where it was
    const [selected] = await inWebview([
      { waitFor: '.feature-row[data-id="sso"]' },
      { click: '.feature-row[data-id="sso"] .name' },
      { waitFor: '.feature-row[data-id="sso"].selected' },
      { attr: ['.feature-row[data-id="sso"]', 'class'] },
    ]);
    assert.match(selected ?? '', /selected/);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(text()?.selection.active.line, 0, 'a click moved the text cursor');
    // Enter is the explicit reveal: the text beside shows the feature, the focus stays in the matrix
    await inWebview([{ on: '.feature-row[data-id="sso"] [data-col="0"]', press: 'Enter' }]);
    await waitFor('the reveal', () => text()?.selection.active.line === lineOf('sso'));
    // maximise the matrix's group (the webview gets wider): an explicit reveal leaves the layout alone
    const width = async () => Number((await inWebview([{ width: true }]))[0]);
    const split = await width();
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
    const maximised = await waitForAsync('the maximised matrix', async () => {
      const w = await width();
      return w > split * 1.4 ? w : undefined;
    });
    const groups = vscode.window.tabGroups.all.length;
    await inWebview([{ on: '.feature-row[data-id="audit-log"] [data-col="0"]', press: 'Enter' }]);
    // the text, hidden or not, is not brought forward: the cursor moves in it, or the matrix says why not
    await waitFor(
      'the reveal answered',
      () => text()?.selection.active.line === lineOf('audit-log') || !text(),
    );
    if (!text()) await inWebview([{ waitFor: '#status:text("maximised")' }]);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await width(), maximised, 'the reveal un-maximised the matrix');
    assert.equal(vscode.window.tabGroups.all.length, groups);
    await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('accepts the suggestions of a category from the webview: ONE edit, marked as suggested; one undo restores the bytes', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pp-suggest-'));
    const file = path.join(dir, 'packaging.yaml');
    const original = [
      'version: 1',
      'product:',
      '  name: Suggest me',
      'plans:',
      '  - id: free',
      '    price: 0',
      '  - id: enterprise',
      '    price: contact-sales',
      'features:',
      '  - id: share-links',
      '    name: Sharing links',
      '    category: Collaboration',
      '    plan: free',
      '  - id: sso',
      '    name: Single sign-on',
      '    category: Admin',
      '    plan: enterprise   # keep me',
      '  - id: audit',
      '    name: Audit log',
      '    category: Admin',
      '    plan: enterprise',
      '',
    ].join('\n');
    writeFileSync(file, original);
    try {
      const uri = vscode.Uri.file(file);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('packagingPlanner.openMatrix', uri);
      const edits: number[] = [];
      const sub = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === doc && e.contentChanges.length) edits.push(e.contentChanges.length);
      });
      const [badge] = await inWebview([
        { waitFor: '.accept-group[data-category="Admin"]' },
        { text: '.feature-row[data-id="sso"] .market' },
        { click: '.accept-group[data-category="Admin"]' },
      ]);
      assert.match(badge ?? '', /top plan in \d+ of \d+/);
      // the preview comes from the server through the host; nothing is written before Confirm
      const [rows] = await inWebview([{ waitFor: '.preview-rows' }, { text: '.preview-rows' }]);
      assert.match(rows ?? '', /Single sign-on\s*→\s*paid/);
      assert.equal(doc.getText(), original, 'nothing written by the preview');
      await inWebview([{ click: '.preview-confirm' }]);
      await waitFor('the accepted suggestions', () => doc.getText() !== original);
      sub.dispose();
      const expected = original
        .replace(
          '    plan: enterprise   # keep me\n',
          // (issue 20) the §3.1 answers: SSO enforces a policy (friction), it is not used more as a customer grows
          '    plan: enterprise   # keep me\n    signals:\n      # suggested by packaging-planner (single sign-on)\n      friction: true\n',
        )
        .replace(
          '    name: Audit log\n    category: Admin\n    plan: enterprise\n',
          // an audit log answers no question yes: either, placed by tier (spec §3.1's table)
          '    name: Audit log\n    category: Admin\n    plan: enterprise\n    signals: {} # suggested by packaging-planner (audit log): placed by tier\n',
        );
      assert.equal(doc.getText(), expected);
      assert.deepEqual(edits, [2], 'one document change carrying both insertions');
      const [status] = await inWebview([
        { waitFor: '#status:text("Accepted the suggested signals for 2 features")' },
        { text: '#status' },
      ]);
      assert.match(status ?? '', /Accepted the suggested signals for 2 features/);
      // the Collaboration row keeps its suggestion; the Admin rows are classified now
      await inWebview([
        { waitFor: '.feature-row[data-id="share-links"] .suggestion' },
        { waitFor: '.feature-row[data-id="sso"] .sig[data-signal="friction"][data-state="yes"]' },
      ]);
      // ONE undo takes the whole category back, byte for byte
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('undo');
      await waitFor('undo', () => doc.getText() === original);
      assert.equal(doc.getText(), original);
      await inWebview([{ waitFor: '.accept-group[data-category="Admin"]' }]);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
