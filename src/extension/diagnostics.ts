// Where findings show: the server checks (open documents as they change, pushed with their version; workspace
// files on request), and this decides what the Problems panel holds: open tabs, files on disk, nothing for a file
// that stopped being a packaging file.
import * as vscode from 'vscode';
import { tooLargeMessage } from '../core/format/files';
import type { FindingTotals } from '../core/totals';
import { sameJson } from '../matrix-delta';
import { SOURCE } from '../server/methods';
import { globFor, type Settings, selectorFor } from './analysis';
import { type DiagnosticsNotificationParams, type PackagingServer, toDiagnostic } from './server';

type LspDiagnostics = DiagnosticsNotificationParams['diagnostics'];

const MAX_WORKSPACE_FILES = 1000;
/** LSP's DiagnosticSeverity.Hint: how the server sends an accepted finding */
const HINT = 4;
const RED_HAT_YAML = 'redhat.vscode-yaml';

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

/** The doc page of a rule, shipped with the extension. */
export function ruleDocUri(extensionUri: vscode.Uri, rule: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`);
}

/** Publishes the server's findings: open packaging documents as you type, the others from disk. */
export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  /** fires after diagnostics of a uri were set (tests and the bench wait on it) */
  private readonly published = new vscode.EventEmitter<{ uri: vscode.Uri; version?: number }>();
  readonly onDidPublish = this.published.event;
  private scanToken = 0;
  /** ms this side spent on each of the last pushed checks (convert and show): the bench reads them */
  readonly pushedMs: number[] = [];
  /** the server's totals of each open packaging document's current version (the status bar says them) */
  readonly totals = new Map<string, FindingTotals>();
  /** what the collection shows of each open document, as the server pushed it (to skip an unchanged push) */
  private readonly shown = new Map<string, { from: LspDiagnostics; skipSchema: boolean }>();

  constructor(
    private readonly server: PackagingServer,
    private readonly settings: () => Settings,
  ) {
    void server.onDiagnostics((p) => this.onPushed(p)).then((d) => this.disposables.push(d));
    this.disposables.push(
      this.collection,
      this.published,
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d.uri)),
      // VS Code may keep a document alive long after its last editor closed; the tab is what the user sees.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tabUri(tab);
          if (uri && !this.hasTab(uri) && this.collection.has(uri)) this.onClose(uri);
        }
        // A document kept alive after its tab closed fires no open event when a tab shows it again.
        for (const tab of e.opened) {
          const uri = tabUri(tab);
          if (uri) this.publishOpen(uri);
        }
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) this.drop(f.oldUri);
      }),
      vscode.workspace.onDidDeleteFiles((e) => {
        for (const uri of e.files) this.drop(uri);
      }),
      // Red Hat YAML installed or removed: whether schema errors are ours to show changes
      vscode.extensions.onDidChange(() => {
        for (const d of vscode.workspace.textDocuments) this.publishOpen(d.uri);
      }),
    );
  }

  isPackaging(doc: vscode.TextDocument): boolean {
    return vscode.languages.match(selectorFor(this.settings().filePatterns), doc) > 0;
  }

  /** First pass after activation, and again whenever settings change (the server re-checks open files). */
  refreshAll(): void {
    for (const [uri] of this.collection)
      if (!this.liveDocument(uri)) {
        this.clear(uri);
      }
    for (const d of vscode.workspace.textDocuments) this.onOpen(d);
    this.watchWorkspace();
  }

  private liveDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
  }

  /** A check the server pushed for an open document's version (or withdrew: no version). */
  private onPushed(p: DiagnosticsNotificationParams): void {
    const uri = vscode.Uri.parse(p.uri);
    const doc = this.liveDocument(uri);
    if (p.version === undefined) {
      // withdrawn for a document that is still open: not a packaging file any more (mode, patterns). A closed
      // one is handled by onClose, which may have put its on-disk findings here already.
      if (doc && !this.isPackaging(doc) && this.collection.has(uri)) this.drop(uri);
      return;
    }
    if (!doc || !this.isPackaging(doc) || doc.version < p.version) return;
    const t0 = performance.now();
    this.setTotals(uri, p.totals);
    // A keystroke that changed no finding pushes the same list: setting it again would have VS Code replace
    // every marker and its decoration (a thousand of them at 5,000 features) on the window's busiest thread.
    this.showOpen(uri, p.diagnostics);
    this.pushedMs.push(performance.now() - t0);
    if (this.pushedMs.length > 100) this.pushedMs.shift();
    this.published.fire({ uri, version: p.version });
  }

  private onOpen(doc: vscode.TextDocument): void {
    if (!this.isPackaging(doc) && this.collection.has(doc.uri)) {
      // the language mode changed away from yaml: findings of that text would go stale as it is edited
      this.drop(doc.uri);
    }
  }

  private setTotals(uri: vscode.Uri, totals: FindingTotals | undefined): void {
    if (totals) this.totals.set(uri.toString(), totals);
    else this.totals.delete(uri.toString());
  }

  private onClose(uri: vscode.Uri): void {
    this.totals.delete(uri.toString());
    this.clear(uri);
    // A workspace file stays checked, as saved on disk (unsaved edits are gone with the editor).
    if (this.settings().workspaceDiagnostics && this.isWorkspaceFile(uri)) {
      void this.refreshFromDisk(uri, true);
    }
    this.published.fire({ uri });
  }

  /** Shows the server's findings of the live document of `uri`, when it is an open packaging file. */
  private publishOpen(uri: vscode.Uri): void {
    const doc = this.liveDocument(uri);
    if (!doc || !this.isPackaging(doc)) return;
    void this.server.documentDiagnostics(uri).then(
      (r) => {
        if (!r || doc.isClosed || doc.version !== r.version || !this.hasTab(uri)) return;
        this.setTotals(uri, r.totals);
        this.showOpen(uri, r.diagnostics);
        this.published.fire({ uri, version: r.version });
      },
      () => undefined,
    );
  }

  private hasTab(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => tabUri(t)?.toString() === key));
  }

  private drop(uri: vscode.Uri): void {
    this.totals.delete(uri.toString());
    this.clear(uri);
    this.published.fire({ uri });
  }

  /**
   * Shows the server's findings of an open document. A keystroke that changed no finding pushes the same list:
   * setting it again would have VS Code replace every marker and its decoration (a thousand of them at 5,000
   * features) on the window's busiest thread, so an equal list is not set again.
   */
  private showOpen(uri: vscode.Uri, diagnostics: LspDiagnostics): void {
    const key = uri.toString();
    const last = this.shown.get(key);
    const skipSchema = this.redHatReportsSchema();
    if (last && last.skipSchema === skipSchema && sameJson(last.from, diagnostics)) return;
    this.collection.set(uri, this.convert(diagnostics, skipSchema));
    this.shown.set(key, { from: diagnostics, skipSchema });
  }

  /** Shows findings that are not an open document's server push (a file on disk, one too large to read). */
  private showOther(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.shown.delete(uri.toString());
    this.collection.set(uri, diagnostics);
  }

  private clear(uri: vscode.Uri): void {
    this.shown.delete(uri.toString());
    this.collection.delete(uri);
  }

  /** Red Hat YAML validates open files against our contributed schema; leave schema errors to it then. */
  private redHatReportsSchema(): boolean {
    const mode = this.settings().schemaDiagnostics;
    if (mode !== 'auto') return mode === 'off';
    if (!vscode.extensions.getExtension(RED_HAT_YAML)) return false;
    return vscode.workspace.getConfiguration('yaml').get<boolean>('validate', true) !== false;
  }

  /**
   * The server's diagnostics as VS Code's. An accepted finding (a Hint that says why, spec 4.5) stays out: VS Code
   * draws a Hint as dots under the text and repeats its message in the hover, and the Problems panel never lists
   * Hints; the hover says "Accepted: REASON" once instead (accepted means quiet, issue 21.5).
   */
  private convert(
    diagnostics: DiagnosticsNotificationParams['diagnostics'],
    skipSchema: boolean,
  ): vscode.Diagnostic[] {
    return diagnostics
      .filter((d) => d.severity !== HINT && !(skipSchema && d.code === 'schema'))
      .map(toDiagnostic);
  }

  private isWorkspaceFile(uri: vscode.Uri): boolean {
    return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
  }

  /** Shown in an editor, or holding unsaved edits: then the editor's text wins over the disk. */
  private isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return (
      this.hasTab(uri) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && d.isDirty)
    );
  }

  private watchWorkspace(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const token = ++this.scanToken;
    const settings = this.settings();
    if (!settings.workspaceDiagnostics || !vscode.workspace.workspaceFolders?.length) return;
    const glob = globFor(settings.filePatterns);
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    this.watchers.push(
      watcher,
      watcher.onDidCreate((u) => void this.refreshFromDisk(u)),
      watcher.onDidChange((u) => void this.refreshFromDisk(u)),
      watcher.onDidDelete((u) => {
        if (!this.isOpen(u)) this.drop(u);
      }),
    );
    void vscode.workspace
      .findFiles(glob, '**/{node_modules,.git}/**', MAX_WORKSPACE_FILES)
      .then(async (uris) => {
        for (const u of uris) {
          if (token !== this.scanToken) return; // settings changed meanwhile
          await this.refreshFromDisk(u);
        }
      });
  }

  private async refreshFromDisk(uri: vscode.Uri, closing = false): Promise<void> {
    if ((!closing && this.isOpen(uri)) || !this.settings().workspaceDiagnostics) return;
    let text: string;
    try {
      // A huge file is not read, let alone checked, on the extension host's thread: one message instead.
      const capKB = this.settings().maxWorkspaceFileKB;
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > capKB * 1024) {
        const d = new vscode.Diagnostic(
          new vscode.Range(0, 0, 0, 0),
          tooLargeMessage(size, capKB),
          vscode.DiagnosticSeverity.Information,
        );
        d.source = SOURCE;
        d.code = 'file-too-large';
        this.showOther(uri, [d]);
        this.published.fire({ uri });
        return;
      }
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.drop(uri); // gone or unreadable
      return;
    }
    // opened while we were reading: the editor's version wins
    if (this.hasTab(uri)) {
      this.publishOpen(uri);
      return;
    }
    let checked: Awaited<ReturnType<PackagingServer['checkText']>>;
    try {
      checked = await this.server.checkText(uri, text);
    } catch {
      return; // the server stopped (the window is closing)
    }
    // opened, or turned off, while the server checked: the editor's version wins
    if (this.hasTab(uri) || !this.settings().workspaceDiagnostics) return;
    // a file on disk: Red Hat YAML validates only open files, so schema errors stay ours unless turned off
    this.showOther(uri, this.convert(checked.diagnostics, this.settings().schemaDiagnostics === 'off'));
    this.published.fire({ uri });
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
