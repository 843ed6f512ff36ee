// Runs inside the VS Code extension host (see index.ts): asserts on the real API, in a real workbench.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { check } from '../../src/core/check';
import { findingTotals } from '../../src/core/totals';
import type { PackagingPlannerApi } from '../../src/extension/extension';

const EXTENSION_ID = 'packaging-planner.packaging-planner';
const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const file = (...p: string[]) => vscode.Uri.joinPath(folder(), ...p);

async function waitFor<T>(
  what: string | (() => string),
  probe: () => T | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end)
      throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/**
 * The fixture's findings under revision 3: gated-growth-driver and no-free-aha as before; since revision 2
 * goal-without-feature (nothing viral reaches free users) and no-upgrade-trigger (SSO sits on a sales plan); and now
 * thin-step (Pro adds share boards, nothing a growing customer pays for).
 */
const FIXTURE_FINDINGS = 5;
/** sub/closed.packaging.yml: revision 2 adds no-upgrade-trigger to its six revision-1 findings. */
const CLOSED_FINDINGS = 7;

const ours = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'packaging-planner');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const rules = (uri: vscode.Uri) => ours(uri).map(codeOf);

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  // a reopened document starts at version 1 again: only what is published from now on counts
  published.delete(uri.toString());
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

async function closeAll(): Promise<void> {
  // revert so nothing is saved, no "save changes?" prompt appears and the next test starts from the file
  for (const doc of vscode.workspace.textDocuments) {
    // only the test workspace's files (a copy made by the launcher): the user's settings.json may be mid-write.
    // Put the disk text back and save: no editor focus needed, so nothing can race it.
    if (doc.isDirty && doc.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(doc.uri)) {
      const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc.uri));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), disk);
      await vscode.workspace.applyEdit(edit);
      await doc.save();
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** version of the last diagnostics the extension published per uri */
const published = new Map<string, number[]>();

/** Waits until the diagnostics of the document's current version are published. */
async function settled(doc: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  await waitFor(
    `diagnostics of version ${doc.version}`,
    () => published.get(doc.uri.toString())?.at(-1) === doc.version,
  );
  return ours(doc.uri);
}

async function config(key: string, value: unknown): Promise<void> {
  await vscode.workspace
    .getConfiguration('packagingPlanner')
    .update(key, value, vscode.ConfigurationTarget.Global);
}

function posOf(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in ${doc.uri.path}`);
  return doc.positionAt(i + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

let api: PackagingPlannerApi;

describe('Packaging Planner in VS Code', function () {
  this.timeout(30_000);

  before(async () => {
    const ext = vscode.extensions.getExtension<PackagingPlannerApi>(EXTENSION_ID);
    assert.ok(ext, 'extension is loaded');
    api = await ext.activate();
    assert.ok(ext.isActive);
    api.onDidPublishDiagnostics((e) => {
      if (e.version === undefined) return;
      const k = e.uri.toString();
      published.set(k, [...(published.get(k) ?? []), e.version]);
    });
    console.log(`      activation: ${api.activationMs.toFixed(1)} ms in activate()`);
  });

  afterEach(async () => {
    await closeAll();
  });

  describe('diagnostics', () => {
    it('checks packaging files of the workspace that are not open', async () => {
      const uri = file('sub', 'closed.packaging.yml');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()));
      const got = await waitFor(
        'closed file diagnostics',
        () => rules(uri).includes('unknown-plan') && rules(uri),
      );
      assert.deepEqual(got, [
        'missing-growth-model',
        'no-self-serve-upgrade',
        'no-free-aha',
        'no-free-habit-loop',
        'no-upgrade-trigger',
        'unclassified-feature',
        'unknown-plan',
      ]);
    });

    it('reports findings of an open file with the rule id as code, linked to its doc', async () => {
      const ed = await open(file('packaging.yaml'));
      const ds = await waitFor(
        'diagnostics',
        () => ours(ed.document.uri).length === FIXTURE_FINDINGS && ours(ed.document.uri),
      );
      const gated = ds.find((d) => codeOf(d) === 'gated-growth-driver')!;
      assert.equal(gated.severity, vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(
        [
          gated.range.start.line,
          gated.range.start.character,
          gated.range.end.line,
          gated.range.end.character,
        ],
        [25, 10, 25, 13],
      );
      assert.match(gated.message, /Share boards/);
      // The code links to "Explain Rule", which opens the page rendered (the workbench allows commands there).
      const code = gated.code as { value: string; target: vscode.Uri };
      assert.equal(code.target.scheme, 'command');
      assert.equal(code.target.path, 'packagingPlanner.openRuleDoc');
      assert.deepEqual(JSON.parse(decodeURIComponent(code.target.query)), ['gated-growth-driver']);
      await vscode.commands.executeCommand(
        code.target.path,
        ...JSON.parse(decodeURIComponent(code.target.query)),
      );
      await waitFor('the rule page rendered', () =>
        vscode.window.tabGroups.all.some((g) =>
          g.tabs.some((t) => /gated-growth-driver/.test(t.label) && /Preview/.test(t.label)),
        ),
      );
    });

    it('updates as you type and never publishes an older version after a newer one', async () => {
      const ed = await open(file('packaging.yaml'));
      const uri = ed.document.uri;
      await waitFor(
        () => `initial, have ${JSON.stringify(rules(uri))} at version ${ed.document.version}`,
        () => ours(uri).length === FIXTURE_FINDINGS,
      );
      const t0 = Date.now();
      published.set(uri.toString(), []);
      // three quick edits: each publish is for a newer version, and the last one is the current text's
      assert.ok(await ed.edit((b) => b.replace(new vscode.Range(25, 10, 25, 13), 'pr')));
      assert.ok(await ed.edit((b) => b.insert(new vscode.Position(25, 12), 'x')));
      assert.ok(await ed.edit((b) => b.replace(new vscode.Range(25, 10, 25, 13), 'prro')));
      assert.equal(ed.document.lineAt(25).text.slice(10, 14), 'prro');
      const ds = await settled(ed.document);
      console.log(`      edit -> diagnostics: ${Date.now() - t0} ms (debounce included)`);
      const versions = published.get(uri.toString())!;
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
        'never an older version after a newer one',
      );
      // The server's debounce adapts to the file's cost (issue 13): this small file is checked at once, so every
      // version may be published; what matters is that none is older than one before it or than the text.
      assert.ok(
        versions.every((v, i) => i === 0 || v > versions[i - 1]!),
        `strictly newer versions: ${versions}`,
      );
      assert.ok(versions.length >= 1 && versions.every((v) => v <= ed.document.version));
      const unknown = ds.find((d) => codeOf(d) === 'unknown-plan')!;
      assert.match(unknown.message, /"prro".*Did you mean "pro"/);
      assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(!rules(uri).includes('gated-growth-driver'));
      // broken YAML: only syntax findings
      await setText(ed.document, 'version: 1\nplans: [\n');
      await waitFor('syntax', () => rules(uri).length > 0 && rules(uri).every((r) => r === 'syntax'));
    });

    it("applies packagingPlanner.rules overrides, and the file's rules: block wins", async () => {
      const ed = await open(file('packaging.yaml'));
      const uri = ed.document.uri;
      await waitFor(
        () => `initial, have ${JSON.stringify(rules(uri))} at version ${ed.document.version}`,
        () => ours(uri).length === FIXTURE_FINDINGS,
      );
      await config('rules', {
        'gated-growth-driver': 'error',
        'no-free-aha': 'off',
        'goal-without-feature': 'off',
        'no-upgrade-trigger': 'off',
        'thin-step': 'off',
      });
      try {
        const ds = await waitFor('override', () => ours(uri).length === 1 && ours(uri));
        assert.equal(codeOf(ds[0]!), 'gated-growth-driver');
        assert.equal(ds[0]!.severity, vscode.DiagnosticSeverity.Error);
        await ed.edit((b) =>
          b.insert(new vscode.Position(ed.document.lineCount, 0), 'rules:\n  gated-growth-driver: info\n'),
        );
        await waitFor('file wins', () => ours(uri)[0]?.severity === vscode.DiagnosticSeverity.Information);
      } finally {
        await config('rules', undefined);
      }
    });

    it('leaves other YAML files alone', async () => {
      const ed = await open(file('other.yaml'));
      await new Promise((r) => setTimeout(r, 600));
      assert.deepEqual(ours(ed.document.uri), []);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        ed.document.uri,
        posOf(ed.document, 'plans'),
      );
      assert.doesNotMatch(hoverText(hovers), /plans are ordered|lowest to highest/i);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        ed.document.uri,
      );
      assert.deepEqual(lenses, []);
    });

    it('clears a file outside the workspace when its editor closes', async () => {
      const outside = vscode.Uri.file(path.join(os.tmpdir(), `pp-${process.pid}.packaging.yaml`));
      await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('version: 1\nplans: []\n'));
      try {
        const ed = await open(outside);
        assert.equal(vscode.workspace.getWorkspaceFolder(ed.document.uri), undefined);
        await waitFor('outside file findings', () => rules(outside).includes('schema'));
        await closeAll();
        await waitFor('outside file cleared', () => ours(outside).length === 0);
      } finally {
        await vscode.workspace.fs.delete(outside);
      }
    });

    it('follows files created and deleted on disk; with workspaceDiagnostics off, closing clears', async () => {
      const created = file('sub', 'new.packaging.yaml');
      await vscode.workspace.fs.writeFile(created, new TextEncoder().encode('version: 2\n'));
      try {
        await waitFor('created file', () => rules(created).includes('schema'));
      } finally {
        await vscode.workspace.fs.delete(created);
      }
      await waitFor('deleted file cleared', () => ours(created).length === 0);

      await config('workspaceDiagnostics', false);
      try {
        const ed = await open(file('packaging.yaml'));
        await waitFor('open', () => ours(ed.document.uri).length === FIXTURE_FINDINGS);
        await closeAll();
        await waitFor('closed file cleared', () => ours(ed.document.uri).length === 0);
        await waitFor(
          'workspace files cleared',
          () => ours(file('sub', 'closed.packaging.yml')).length === 0,
        );
      } finally {
        await config('workspaceDiagnostics', undefined);
      }
      await waitFor(
        'workspace files back',
        () => ours(file('sub', 'closed.packaging.yml')).length === CLOSED_FINDINGS,
      );
    });
  });

  describe('manifest and commands', () => {
    it('declares trust, virtual workspaces, a browser entry, the schema and commands under "Packaging"', async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      const pkg = ext.packageJSON;
      assert.deepEqual(pkg.capabilities, {
        untrustedWorkspaces: { supported: true },
        virtualWorkspaces: true,
      });
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, pkg.browser));
      const schema = pkg.contributes.yamlValidation[0];
      assert.deepEqual(schema.fileMatch, [
        'packaging.yaml',
        'packaging.yml',
        '*.packaging.yaml',
        '*.packaging.yml',
      ]);
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(ext.extensionUri, schema.url));
      const registered = await vscode.commands.getCommands(true);
      for (const c of pkg.contributes.commands) {
        assert.equal(c.category, 'Packaging', c.command);
        assert.ok(registered.includes(c.command), `${c.command} is registered`);
      }
    });

    it('"Explain Rule" opens the rule page rendered; "Check All Packaging Files" re-checks', async () => {
      await vscode.commands.executeCommand('packagingPlanner.openRuleDoc', 'free-friction');
      await waitFor('markdown preview of the rule', () =>
        vscode.window.tabGroups.all.some((g) =>
          g.tabs.some((t) => /free-friction/.test(t.label) && /Preview/.test(t.label)),
        ),
      );
      const closed = file('sub', 'closed.packaging.yml');
      await waitFor('workspace file checked', () => ours(closed).length === CLOSED_FINDINGS);
      await vscode.commands.executeCommand('packagingPlanner.recheckWorkspace');
      await waitFor('re-checked', () => ours(closed).length === CLOSED_FINDINGS);
    });
  });

  describe('files that stop being packaging files', () => {
    it('clears an open file renamed to a non-packaging name, and one deleted', async () => {
      const before = file('sub', 'renamed.packaging.yaml');
      const after = file('sub', 'renamed-notes.yaml');
      await vscode.workspace.fs.writeFile(before, new TextEncoder().encode('version: 2\n'));
      try {
        await open(before);
        await waitFor('findings before the rename', () => rules(before).includes('schema'));
        const rename = new vscode.WorkspaceEdit();
        rename.renameFile(before, after);
        assert.ok(await vscode.workspace.applyEdit(rename));
        await waitFor('old name cleared', () => ours(before).length === 0);
        await new Promise((r) => setTimeout(r, 600));
        assert.deepEqual(ours(after), [], 'notes.yaml is not a packaging file');

        // a packaging file deleted while its editor is open
        const gone = file('sub', 'gone.packaging.yaml');
        await vscode.workspace.fs.writeFile(gone, new TextEncoder().encode('version: 2\n'));
        await open(gone);
        await waitFor('findings before the delete', () => rules(gone).includes('schema'));
        const del = new vscode.WorkspaceEdit();
        del.deleteFile(gone);
        assert.ok(await vscode.workspace.applyEdit(del));
        await waitFor('deleted file cleared', () => ours(gone).length === 0);
      } finally {
        await closeAll();
        for (const u of [before, after]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
      }
    });

    it('clears an open file whose language mode changes away from yaml, and checks it again when back', async () => {
      const ed = await open(file('packaging.yaml'));
      await waitFor('findings', () => ours(ed.document.uri).length === FIXTURE_FINDINGS);
      const plain = await vscode.languages.setTextDocumentLanguage(ed.document, 'plaintext');
      await waitFor('cleared in plaintext mode', () => ours(plain.uri).length === 0);
      await vscode.languages.setTextDocumentLanguage(plain, 'yaml');
      await waitFor('back in yaml mode', () => ours(plain.uri).length === FIXTURE_FINDINGS);
    });

    it('packagingPlanner.filePatterns adds packaging files; removing the pattern clears them', async () => {
      const other = file('other.yaml');
      await config('filePatterns', ['**/other.yaml']);
      try {
        // not open: found by the workspace scan with the new pattern
        await waitFor('other.yaml checked', () => rules(other).includes('schema'));
        const ed = await open(other);
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          ed.document.uri,
          posOf(ed.document, 'plans'),
        );
        assert.match(hoverText(hovers), /`plans`: The plans, ordered from lowest to highest/);
      } finally {
        await config('filePatterns', undefined);
      }
      await waitFor('other.yaml cleared', () => ours(other).length === 0);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        other,
        new vscode.Position(2, 1),
      );
      assert.doesNotMatch(hoverText(hovers), /lowest to highest/);
    });
  });

  describe('hovers', () => {
    it('explains a feature: side, recommendation, deciding signals and findings', async () => {
      const ed = await open(file('packaging.yaml'));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        ed.document.uri,
        posOf(ed.document, 'plan: pro', 7),
      );
      const text = hoverText(hovers);
      assert.match(text, /\*\*Share boards\*\* \(`share-boards`\)/);
      assert.match(text, /Plan: \*\*Pro\*\* \(paid side\)/);
      assert.match(text, /Recommendation: \*\*free\*\* \(decided by virality, aha moment\)/);
      // the rule and one line of its why, from its doc page; the message is VS Code's own hover part, not ours
      const d = (await settled(ed.document)).find((x) => codeOf(x) === 'gated-growth-driver')!;
      assert.ok(!text.replace(/\\/g, '').includes(d.message), 'the message once (VS Code shows it)');
      assert.match(
        text,
        /\*\*gated-growth-driver\*\* \(warning\)\n\nIn a product-led model the free offer is the acquisition and retention engine, and four kinds of features fuel it\. \[/,
      );
      assert.doesNotMatch(text, /- virality:/, 'not the rule page’s essay');
      // the link opens the rule's page rendered
      assert.match(text, /\[Why and how to fix\]\(command:packagingPlanner\.openRuleDoc\?/);
    });

    it('shows the market figure of a recognised feature, and suggested signals when it has none', async () => {
      const ed = await open(file('fixes.packaging.yaml'));
      const hover = async (needle: string, delta: number) =>
        hoverText(
          await vscode.commands.executeCommand<vscode.Hover[]>(
            'vscode.executeHoverProvider',
            ed.document.uri,
            posOf(ed.document, needle, delta),
          ),
        );
      // Hover Markdown escapes user-derived text, so match on the words.
      const audit = (await hover('id: audit-log', 6)).replace(/\\/g, '');
      assert.match(audit, /Market: Audit log: top plan in \d+ of \d+ products/);
      assert.doesNotMatch(audit, /Suggested signals/, 'a classified feature gets no suggestion');
      const exp = (await hover('id: export', 6)).replace(/\\/g, '');
      assert.match(exp, /Market: Export and download: .* in \d+ of \d+ products/);
      // an export answers no question yes (spec §3.1's table): either, with the reason in the question's words
      assert.match(
        exp,
        /Suggested signals: Export and download → either: no question answers yes \(an export/,
      );
    });

    it('"New Packaging File" writes a template that the checker reads without errors', async () => {
      const target = file('sub', 'template.packaging.yaml');
      try {
        const uri = await vscode.commands.executeCommand<vscode.Uri>(
          'packagingPlanner.newFile',
          'collaboration',
          target,
        );
        assert.equal(uri?.toString(), target.toString());
        const ed = await waitFor('the new file in an editor', () =>
          vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()),
        );
        assert.match(ed.document.getText(), /^version: 1$/m);
        const ds = await settled(ed.document);
        assert.ok(
          ds.every((d) => d.severity !== vscode.DiagnosticSeverity.Error),
          ds.map((d) => `${codeOf(d)}: ${d.message}`).join('\n'),
        );
      } finally {
        await closeAll();
        await vscode.workspace.fs.delete(target);
      }
    });

    it('explains growth fields and enum values', async () => {
      const ed = await open(file('packaging.yaml'));
      const at = async (needle: string, delta: number) =>
        hoverText(
          await vscode.commands.executeCommand<vscode.Hover[]>(
            'vscode.executeHoverProvider',
            ed.document.uri,
            posOf(ed.document, needle, delta),
          ),
        );
      assert.match(await at('freeOffer: freemium', 2), /`freeOffer`: The free offer/);
      assert.match(await at('freeOffer: freemium', 13), /`freeOffer: freemium`: A free plan forever/);
      assert.match(
        await at('- indirect-monetization', 4),
        /`indirect-monetization`: Free users bring in the people who pay/,
      );
      assert.match(
        await at('acquisition: product-led', 15),
        /`acquisition: product-led`: The product itself/,
      );
      // flow lists too
      await ed.edit((b) =>
        b.replace(new vscode.Range(9, 0, 11, 0), '  freemiumGoals: [poc, strategic-land]\n'),
      );
      assert.match(await at('strategic-land]', 3), /`strategic-land`: Land in an account now/);
      // the signal's question of spec §3.1, in its words
      assert.match(await at('habitLoop: true', 1), /`habitLoop`: \*\*Does it create a trigger/);
    });
  });

  describe('status bar', () => {
    it('says the active packaging file’s total, the number the matrix and "Check All" say', async () => {
      const ed = await open(file('packaging.yaml'));
      const ds = await settled(ed.document);
      assert.equal(ds.length, FIXTURE_FINDINGS);
      await waitFor(
        () => `the status bar total, got ${api.statusText()}`,
        () => api.statusText() === `$(checklist) ${FIXTURE_FINDINGS} findings`,
      );
    });

    it('past the 1,000 findings VS Code lists per file, it says so once, with the total of every face', async () => {
      // 1,500 features whose signals are not answered: one finding each, and a few about the file
      const features = Array.from({ length: 1500 }, (_, i) => `  - id: f-${i}\n    plan: free\n`).join('');
      const text = `version: 1\nproduct:\n  name: Many\nplans:\n  - id: free\n    price: 0\nfeatures:\n${features}`;
      const totals = findingTotals(check(text));
      assert.ok(totals.open > 1000, String(totals.open));
      const uri = file('sub', 'many.packaging.yaml');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      try {
        const ed = await open(uri);
        await settled(ed.document);
        const want = `$(warning) ${totals.open.toLocaleString('en-US')} findings; the Problems panel shows the first 1,000.`;
        await waitFor(
          () => `the status bar notice, got ${api.statusText()}`,
          () => api.statusText() === want,
        );
      } finally {
        await closeAll();
        await vscode.workspace.fs.delete(uri);
      }
    });
  });

  describe('inlay hints', () => {
    const hints = async (doc: vscode.TextDocument) =>
      (
        await vscode.commands.executeCommand<vscode.InlayHint[]>(
          'vscode.executeInlayHintProvider',
          doc.uri,
          new vscode.Range(0, 0, doc.lineCount, 0),
        )
      ).map(
        (h) => `${h.position.line}:${h.position.character} ${typeof h.label === 'string' ? h.label : ''}`,
      );

    it('shows the recommendation after mismatched plans; `all` shows every one; `off` none', async () => {
      const ed = await open(file('packaging.yaml'));
      assert.deepEqual(await hints(ed.document), ['25:13 → free: virality, aha moment']);
      await config('inlayHints', 'all');
      try {
        assert.deepEqual(await hints(ed.document), [
          '25:13 → free: virality, aha moment',
          '31:14 → free: habit loop',
          '36:20 → paid: friction',
        ]);
        await config('inlayHints', 'off');
        assert.deepEqual(await hints(ed.document), []);
      } finally {
        await config('inlayHints', undefined);
      }
    });
  });

  describe('CodeLens', () => {
    it('puts a summary above each feature with findings (the default) and "Open matrix" above plans:', async () => {
      const ed = await open(file('packaging.yaml'));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        ed.document.uri,
        100,
      );
      const got = lenses.map((l) => `${l.range.start.line} ${l.command?.title} ${l.command?.command}`);
      assert.deepEqual(got, [
        '12 $(table) Open matrix packagingPlanner.openMatrix',
        '23 paid · recommended free · 1 finding packagingPlanner.revealFeature',
      ]);
      const all = await vscode.commands.getCommands(true);
      assert.ok(
        all.includes('packagingPlanner.openMatrix'),
        'the Open matrix lens runs a registered command',
      );
      // the feature lens reveals the plan value
      const reveal = lenses[1]!.command!;
      await vscode.commands.executeCommand(reveal.command, ...(reveal.arguments ?? []));
      const sel = vscode.window.activeTextEditor!.selection;
      assert.deepEqual([sel.start.line, sel.start.character, sel.end.character], [25, 10, 13]);
    });
  });

  describe('editor items of the matrix issue (11)', () => {
    it('packagingPlanner.codeLens: findings (the default), all, off', async () => {
      const ed = await open(file('packaging.yaml'));
      const titles = async () =>
        (
          await vscode.commands.executeCommand<vscode.CodeLens[]>(
            'vscode.executeCodeLensProvider',
            ed.document.uri,
            100,
          )
        ).map((l) => l.command?.title);
      try {
        await config('codeLens', 'all');
        // the provider follows the setting (the server re-reads it and asks for fresh lenses)
        for (let i = 0; i < 100 && (await titles()).length !== 4; i++)
          await new Promise((r) => setTimeout(r, 50));
        assert.deepEqual(await titles(), [
          '$(table) Open matrix',
          'paid · recommended free · 1 finding',
          'free · recommended free · no findings',
          'paid · recommended paid · no findings',
        ]);
        await config('codeLens', 'findings');
        assert.deepEqual(await titles(), ['$(table) Open matrix', 'paid · recommended free · 1 finding']);
        await config('codeLens', 'off');
        assert.deepEqual(await titles(), []);
      } finally {
        await config('codeLens', undefined);
      }
    });

    it('every finding has an "Explain rule" action that opens the rule page', async () => {
      const ed = await open(file('packaging.yaml'));
      const diags = await settled(ed.document);
      assert.ok(diags.length > 0);
      for (const d of diags) {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          ed.document.uri,
          d.range,
        );
        const explain = actions.find((a) => a.title === `Explain rule ${codeOf(d)}`);
        assert.ok(explain, `Explain rule for ${codeOf(d)}: ${actions.map((a) => a.title)}`);
        assert.deepEqual(explain.command?.command, 'packagingPlanner.openRuleDoc');
        assert.deepEqual(explain.command?.arguments, [codeOf(d)]);
      }
    });

    it('plan-id completions come in ladder order with name and price', async () => {
      const ed = await open(file('packaging.yaml'));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        ed.document.uri,
        posOf(ed.document, 'plan: free', 6),
      );
      const plans = list.items
        .filter((i) => typeof i.label !== 'string' && ['free', 'pro', 'enterprise'].includes(i.label.label))
        .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
        .map((i) => {
          const l = i.label as vscode.CompletionItemLabel;
          return `${l.label} ${l.description}`;
        });
      assert.deepEqual(plans, ['free Free · Free', 'pro Pro · $10', 'enterprise enterprise · Contact sales']);
    });

    it('renames a plan id everywhere (plan:, limits: keys) and finds its references', async () => {
      const ed = await open(file('packaging.yaml'));
      const doc = ed.document;
      await ed.edit((b) => b.insert(posOf(doc, '  - id: reminders'), '    limits:\n      pro: 3\n'));
      const refs = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        doc.uri,
        posOf(doc, 'plan: pro', 7),
      );
      assert.deepEqual(
        refs.map((r) => `${r.range.start.line}:${doc.getText(r.range)}`),
        ['16:pro', '25:pro', '30:pro'],
      );
      const before = doc.getText();
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
        'vscode.executeDocumentRenameProvider',
        doc.uri,
        posOf(doc, '  - id: pro', 8),
        'team',
      );
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(
        doc.getText(),
        before
          .replace('  - id: pro\n', '  - id: team\n')
          .replace('    plan: pro            #', '    plan: team           #')
          .replace('      pro: 3\n', '      team: 3\n'),
      );
    });

    it('"Check All Packaging Files" reports what it found', async () => {
      const counts = await vscode.commands.executeCommand<{ files: number; errors: number }>(
        'packagingPlanner.recheckWorkspace',
      );
      assert.ok(counts.files >= 3, `files: ${counts.files}`);
    });

    it('the matrix tab is titled apart from the text tab', async () => {
      await open(file('packaging.yaml'));
      await vscode.commands.executeCommand('packagingPlanner.openMatrix', file('packaging.yaml'));
      const tab = await waitFor('the matrix tab', () =>
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .find((t) => t.input instanceof vscode.TabInputCustom),
      );
      await waitFor(
        () => `matrix tab label, got ${tab.label}`,
        () =>
          vscode.window.tabGroups.all
            .flatMap((g) => g.tabs)
            .some((t) => t.input instanceof vscode.TabInputCustom && t.label === 'packaging.yaml (matrix)'),
      );
    });
  });

  describe('completions, definition, outline', () => {
    const labels = async (doc: vscode.TextDocument, pos: vscode.Position) =>
      (
        await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          doc.uri,
          pos,
        )
      ).items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));

    it('completes plan ids, signal names, enum values and the keys valid at the cursor', async () => {
      const ed = await open(file('packaging.yaml'));
      const doc = ed.document;
      const plan = await labels(doc, posOf(doc, 'plan: pro', 6));
      for (const id of ['free', 'pro', 'enterprise']) assert.ok(plan.includes(id), `plan ids: ${plan}`);
      const offer = await labels(doc, posOf(doc, 'freeOffer: freemium', 11));
      for (const v of ['freemium', 'trial', 'freemium-and-trial', 'none'])
        assert.ok(offer.includes(v), `${offer}`);
      // a new key line inside a feature's signals
      await ed.edit((b) => b.insert(posOf(doc, '      ahaMoment: true\n', 22), '      \n'));
      const sig = await labels(doc, posOf(doc, '      ahaMoment: true\n', 28));
      for (const s of ['universality', 'habitLoop', 'friction'])
        assert.ok(sig.includes(s), `signals: ${sig}`);
      assert.ok(!sig.includes('virality'), 'keys already written are not offered again');
      // a new key of a feature
      await ed.edit((b) => b.insert(posOf(doc, '  - id: sso'), '  - id: new\n    \n'));
      const keys = await labels(doc, posOf(doc, '  - id: new\n', 16));
      for (const k of ['plan', 'signals', 'limits', 'status'])
        assert.ok(keys.includes(k), `feature keys: ${keys}`);
      assert.ok(!keys.includes('id'));
    });

    it('completes plan ids as limits: keys and goals as freemiumGoals items', async () => {
      const ed = await open(file('packaging.yaml'));
      const doc = ed.document;
      await ed.edit((b) => b.insert(posOf(doc, '  - id: reminders'), '    limits:\n      free: 3\n      \n'));
      const limits = await labels(doc, posOf(doc, '      free: 3\n', 20));
      assert.ok(limits.includes('pro') && limits.includes('enterprise'), `limits keys: ${limits}`);
      assert.ok(!limits.includes('free'), 'a plan already limited is not offered again');
      assert.ok(!limits.includes('plan'), 'no feature keys inside limits');
      await ed.edit((b) => b.insert(posOf(doc, '    - indirect-monetization\n', 28), '    - \n'));
      const goals = await labels(doc, posOf(doc, '    - \n', 6));
      for (const g of ['poc', 'strategic-land', 'data-collection']) assert.ok(goals.includes(g), `${goals}`);
    });

    it('goes from a plan reference to the plan', async () => {
      const ed = await open(file('packaging.yaml'));
      const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        ed.document.uri,
        posOf(ed.document, 'plan: enterprise', 8),
      );
      assert.equal(locs.length, 1);
      const loc = locs[0]!;
      const range = 'targetRange' in loc ? loc.targetRange : loc.range;
      assert.equal(ed.document.getText(range), 'enterprise');
      assert.equal(range.start.line, 19);
    });

    it('goes from a limits: key to the plan', async () => {
      const ed = await open(file('packaging.yaml'));
      await ed.edit((b) => b.insert(posOf(ed.document, '  - id: reminders'), '    limits:\n      pro: 3\n'));
      const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        ed.document.uri,
        posOf(ed.document, '      pro: 3', 7),
      );
      assert.equal(locs.length, 1);
      const loc = locs[0]!;
      const range = 'targetRange' in loc ? loc.targetRange : loc.range;
      assert.equal(ed.document.getText(range), 'pro');
      assert.equal(range.start.line, 16);
    });

    it('outlines plans and features', async () => {
      const ed = await open(file('packaging.yaml'));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        ed.document.uri,
      );
      const tree = symbols.map((s) => `${s.name}[${(s.children ?? []).map((c) => c.name).join(',')}]`);
      assert.deepEqual(tree, [
        'growth[]',
        'plans[Free,Pro,enterprise]',
        'features[Share boards,Reminders,Single sign-on]',
      ]);
    });
  });

  describe('quick fixes', () => {
    const ORIGINAL_TEXT = () =>
      vscode.workspace.fs.readFile(file('fixes.packaging.yaml')).then((b) => new TextDecoder().decode(b));

    /** Rules whose edit is a fix (spec 5.1): the one preferred action; every other edit is a suggestion. */
    const FIX_RULES = new Set(['schema', 'unknown-plan', 'unknown-add-on', 'unused-accept']);

    /** Runs the `rule` diagnostic's quick fix or suggestion titled `title`; returns the document text after it. */
    async function fix(ed: vscode.TextEditor, rule: string, title: RegExp): Promise<string> {
      const uri = ed.document.uri;
      await settled(ed.document);
      const d = ours(uri).find((x) => codeOf(x) === rule);
      assert.ok(d, `${rule} reported`);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
        100, // resolve the actions: the edit is attached on resolve
      );
      // the API does not hand back `diagnostics` of actions: the range selects them
      // "Accept this finding…" is offered beside every fix of an acceptable rule; it is tested on its own.
      const mine = actions.filter(
        (a) => a.kind?.value === 'quickfix' && !a.title.startsWith('Accept this finding'),
      );
      // Only a fix is preferred; a suggestion (a packaging decision) never is.
      const preferred = mine.filter((a) => a.isPreferred);
      assert.equal(
        preferred.length,
        FIX_RULES.has(rule) ? 1 : 0,
        `preferred for ${rule}: ${mine.map((a) => a.title)}`,
      );
      const action = mine.find((a) => title.test(a.title))!;
      assert.ok(action, `${title} among ${mine.map((a) => a.title)}`);
      assert.equal(action.isPreferred ?? false, FIX_RULES.has(rule));
      assert.equal(action.kind?.value, 'quickfix');
      assert.ok(await vscode.workspace.applyEdit(action.edit!));
      return ed.document.getText();
    }

    it('each fix is a minimal edit that keeps comments, blank lines and indentation (byte for byte)', async () => {
      const ed = await open(file('fixes.packaging.yaml'));
      const original = await ORIGINAL_TEXT();
      assert.equal(ed.document.getText(), original);
      const cases: Array<[string, RegExp, (t: string) => string]> = [
        [
          'gated-growth-driver',
          /^Move "Share" to free/,
          (t) => t.replace('plan: pro      # should', 'plan: free     # should'),
        ],
        [
          'free-friction',
          /^Move "audit-log" to pro/,
          (t) => t.replace('  - id: audit-log\n    plan: free', '  - id: audit-log\n    plan: pro'),
        ],
        ['unknown-plan', /^Change "prro" to "pro"/, (t) => t.replace('plan: prro', 'plan: pro')],
        [
          'unwalled-growth-driver',
          /^Add a usage limit on free \(free: 10\)/,
          (t) => t.replace('      friction: true\n', '      friction: true\n    limits:\n      free: 10\n'),
        ],
        [
          'trial-only',
          /^Switch to freemium-and-trial/,
          (t) => t.replace('freeOffer: trial   #', 'freeOffer: freemium-and-trial #'),
        ],
      ];
      for (const [rule, title, expected] of cases) {
        await setText(ed.document, original);
        await settled(ed.document);
        const after = await fix(ed, rule, title);
        assert.equal(after, expected(original), `${rule}: text after the fix`);
        await settled(ed.document);
        assert.ok(!rules(ed.document.uri).includes(rule), `${rule} gone after its fix`);
      }
      // the trial fix leads to a freemium offer without goals: the next fix adds them
      const goals = await fix(ed, 'freemium-without-goal', /^Add freemiumGoals/);
      assert.equal(
        goals,
        original
          .replace('freeOffer: trial   #', 'freeOffer: freemium-and-trial #')
          .replace('  trialDays: 14\n', '  trialDays: 14\n  freemiumGoals:\n    - indirect-monetization\n'),
      );
      await waitFor('goal rule gone', () => !rules(ed.document.uri).includes('freemium-without-goal'));
    });

    it('renames an unknown key to the close known one (schema), byte for byte', async () => {
      const ed = await open(file('fixes.packaging.yaml'));
      const original = await ORIGINAL_TEXT();
      await setText(
        ed.document,
        original.replace('    signals: {friction: true}', '    singals: {friction: true}'),
      );
      const after = await fix(ed, 'schema', /^Rename "singals" to "signals"/);
      assert.equal(after, original);
    });

    it('"Accept this finding…" records the reason in one minimal edit; an empty reason is refused; "Remove unused accept" undoes it', async () => {
      const ed = await open(file('fixes.packaging.yaml'));
      const original = await ORIGINAL_TEXT();
      await settled(ed.document);
      const d = ours(ed.document.uri).find((x) => codeOf(x) === 'gated-growth-driver')!;
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        ed.document.uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const accept = actions.find((a) => a.title === 'Accept this finding (gated-growth-driver)…');
      assert.ok(accept?.command, actions.map((a) => a.title).join(', '));
      const [uri, key] = accept.command.arguments as [vscode.Uri, unknown];
      // An empty or blank reason records nothing.
      assert.equal(await vscode.commands.executeCommand(accept.command.command, uri, key, '   '), false);
      assert.equal(ed.document.getText(), original);
      const reason = 'Sharing is sold to teams; the free plan has public links.';
      assert.equal(await vscode.commands.executeCommand(accept.command.command, uri, key, reason), true);
      const accepted = original.replace(
        '      habitLoop: true\n',
        `      habitLoop: true\n    accept:\n      gated-growth-driver: ${reason}\n`,
      );
      assert.equal(ed.document.getText(), accepted);
      // accepted means quiet: no underline (no diagnostic at all: VS Code would draw a Hint's dots and repeat its
      // message in the hover), no inlay hint, no lens count; the hover says "Accepted: REASON" once
      await settled(ed.document);
      assert.deepEqual(
        ours(ed.document.uri).filter((x) => codeOf(x) === 'gated-growth-driver'),
        [],
        rules(ed.document.uri).join(', '),
      );
      const planAt = posOf(ed.document, 'plan: pro      # should', 7);
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
        'vscode.executeInlayHintProvider',
        ed.document.uri,
        new vscode.Range(0, 0, ed.document.lineCount, 0),
      );
      assert.deepEqual(
        hints.filter((h) => h.position.line === planAt.line),
        [],
      );
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        ed.document.uri,
        100,
      );
      // share's only finding is accepted: no lens on it (the default lists features with findings)
      assert.deepEqual(
        lenses.filter((l) => l.command?.arguments?.[1] === 'share').map((l) => l.command?.title),
        [],
      );
      const hoverAccepted = hoverText(
        await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          ed.document.uri,
          planAt,
        ),
      ).replace(/\\/g, '');
      assert.equal(hoverAccepted.split(`Accepted: ${reason}`).length - 1, 1, hoverAccepted);
      // accept, then fix: nothing at all is offered for an accepted finding (spec 5.1), where the move was offered
      const offeredBefore = actions.filter((a) => a.edit || a.command?.command !== accept.command?.command);
      assert.ok(
        offeredBefore.some((a) => /Move/.test(a.title)),
        offeredBefore.map((a) => a.title).join(', '),
      );
      const afterAccept = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        ed.document.uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      assert.deepEqual(
        afterAccept.map((a) => a.title),
        [],
      );
      // The finding goes away: the entry is unused, and its quick fix removes it again.
      assert.ok(
        await ed.edit((b) => {
          const at = ed.document.getText().indexOf('plan: pro ') + 6;
          b.replace(new vscode.Range(ed.document.positionAt(at), ed.document.positionAt(at + 3)), 'free');
        }),
      );
      const moved = accepted.replace('plan: pro      # should', 'plan: free      # should');
      assert.equal(ed.document.getText(), moved);
      await settled(ed.document);
      const unused = ours(ed.document.uri).find((x) => codeOf(x) === 'unused-accept');
      assert.ok(unused, rules(ed.document.uri).join(', '));
      const removeActions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        ed.document.uri,
        unused.range,
        vscode.CodeActionKind.QuickFix.value,
        100,
      );
      const remove = removeActions.find((a) => a.title === 'Remove unused accept entry');
      assert.ok(remove?.edit, removeActions.map((a) => a.title).join(', '));
      assert.ok(await vscode.workspace.applyEdit(remove.edit));
      assert.equal(
        ed.document.getText(),
        original.replace('plan: pro      # should', 'plan: free      # should'),
      );
    });

    it('"Answer the packaging test…" writes only the signals the PM picked', async () => {
      const ed = await open(file('fixes.packaging.yaml'));
      const original = await ORIGINAL_TEXT();
      await settled(ed.document);
      const d = ours(ed.document.uri).find((x) => codeOf(x) === 'unclassified-feature')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        ed.document.uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const answer = actions.find((a) => a.title === 'Answer the packaging test for "export"…');
      assert.ok(answer?.command, actions.map((a) => a.title).join(', '));
      assert.equal(answer.isPreferred ?? false, false, 'asking is never the silent default');
      const [uri, id] = answer.command.arguments as [vscode.Uri, string];
      assert.equal(await vscode.commands.executeCommand(answer.command.command, uri, id, ['friction']), true);
      assert.equal(
        ed.document.getText(),
        original.replace('    plan: prro\n', '    plan: prro\n    signals:\n      friction: true\n'),
      );
    });

    it('never applies a fix computed for an older version to the text typed since', async () => {
      const ed = await open(file('fixes.packaging.yaml'));
      const original = await ORIGINAL_TEXT();
      await settled(ed.document);
      const stale = ours(ed.document.uri).find((x) => codeOf(x) === 'unknown-plan')!;
      // the user types a line above before the diagnostics of the new version are published
      assert.ok(await ed.edit((b) => b.insert(new vscode.Position(0, 0), '# prices in EUR\n')));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        ed.document.uri,
        stale.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      assert.ok(
        actions.every((a) => a.edit === undefined),
        'an offered action carries no edit until it is resolved against the current version',
      );
      assert.deepEqual(
        actions.filter((a) => a.title.startsWith('Change ')).map((a) => a.title),
        [],
        'a diagnostic of the older version gets no fix (its offsets point elsewhere now)',
      );
      // once the current version is checked, the fix edits the current text
      const after = await fix(ed, 'unknown-plan', /^Change "prro" to "pro"/);
      assert.equal(after, `# prices in EUR\n${original.replace('plan: prro', 'plan: pro')}`);
    });
  });
});
