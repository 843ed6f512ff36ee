import * as vscode from 'vscode';
import { tooLargeMessage } from '../core/files';
import type { CheckResult } from '../core/model';
import type { Diagnostic as CoreDiagnostic } from '../core/types';
import { type Analyzer, globFor } from './analysis';

export const SOURCE = 'packaging-planner';
const DEBOUNCE_MS = 250;
const MAX_WORKSPACE_FILES = 1000;
const RED_HAT_YAML = 'redhat.vscode-yaml';

const SEVERITY: Record<CoreDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

export function toRange(r: CoreDiagnostic['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** The doc page of a rule, shipped with the extension. */
export function ruleDocUri(extensionUri: vscode.Uri, rule: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`);
}

/**
 * The link behind a finding's code in the Problems panel and the hover: "Explain Rule", which opens the rule's
 * page rendered (a file link would open the raw Markdown). The workbench opens these links with commands allowed.
 */
export function ruleDocLink(rule: string): vscode.Uri {
  return vscode.Uri.parse(
    `command:packagingPlanner.openRuleDoc?${encodeURIComponent(JSON.stringify([rule]))}`,
  );
}

/** Publishes the core's findings: open packaging documents as you type, the others from disk. */
export class DiagnosticsManager implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  /** fires after diagnostics of a uri were set (tests and the bench wait on it) */
  private readonly published = new vscode.EventEmitter<{ uri: vscode.Uri; version?: number }>();
  readonly onDidPublish = this.published.event;
  private scanToken = 0;

  constructor(private readonly analyzer: Analyzer) {
    this.disposables.push(
      this.collection,
      this.published,
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
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
      vscode.extensions.onDidChange(() => this.refreshAll()),
    );
  }

  /** First pass after activation, and again whenever settings change. */
  refreshAll(): void {
    this.collection.clear();
    for (const d of vscode.workspace.textDocuments) this.onOpen(d);
    this.watchWorkspace();
  }

  private onOpen(doc: vscode.TextDocument): void {
    if (this.analyzer.isPackaging(doc)) this.publish(doc);
    else if (this.collection.has(doc.uri)) {
      // the language mode changed away from yaml: findings of that text would go stale as it is edited
      this.collection.delete(doc.uri);
      this.published.fire({ uri: doc.uri });
    }
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!this.analyzer.isPackaging(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = doc.version;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // a newer edit is already scheduled, or the document closed: this version is stale
        if (doc.isClosed || doc.version !== version) return;
        this.publish(doc);
      }, DEBOUNCE_MS),
    );
  }

  private onClose(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.analyzer.forget(uri);
    this.collection.delete(uri);
    // A workspace file stays checked, as saved on disk (unsaved edits are gone with the editor).
    if (this.analyzer.currentSettings.workspaceDiagnostics && this.isWorkspaceFile(uri)) {
      void this.refreshFromDisk(uri, true);
    }
    this.published.fire({ uri });
  }

  /** Publishes the live document of `uri`, when there is one and it is a packaging file. */
  private publishOpen(uri: vscode.Uri): void {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc && !doc.isClosed && this.analyzer.isPackaging(doc)) this.publish(doc);
  }

  private hasTab(uri: vscode.Uri): boolean {
    const key = uri.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => tabUri(t)?.toString() === key));
  }

  private drop(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.analyzer.forget(uri);
    this.published.fire({ uri });
  }

  publish(doc: vscode.TextDocument): void {
    const result = this.analyzer.get(doc);
    this.collection.set(doc.uri, this.convert(result, true));
    this.published.fire({ uri: doc.uri, version: doc.version });
  }

  /** Red Hat YAML validates open files against our contributed schema; leave schema errors to it then. */
  private redHatReportsSchema(): boolean {
    const mode = this.analyzer.currentSettings.schemaDiagnostics;
    if (mode !== 'auto') return mode === 'off';
    if (!vscode.extensions.getExtension(RED_HAT_YAML)) return false;
    return vscode.workspace.getConfiguration('yaml').get<boolean>('validate', true) !== false;
  }

  convert(result: CheckResult, open: boolean): vscode.Diagnostic[] {
    const skipSchema = open
      ? this.redHatReportsSchema()
      : this.analyzer.currentSettings.schemaDiagnostics === 'off';
    const out: vscode.Diagnostic[] = [];
    for (const d of result.diagnostics) {
      if (skipSchema && d.rule === 'schema') continue;
      // An accepted finding is a decision, not a problem: a Hint (no squiggle) that says why (spec 4.5).
      const diag =
        d.accepted === undefined
          ? new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity])
          : new vscode.Diagnostic(
              toRange(d.range),
              `${d.message} Accepted: ${d.accepted}`,
              vscode.DiagnosticSeverity.Hint,
            );
      diag.source = SOURCE;
      diag.code = { value: d.rule, target: ruleDocLink(d.rule) };
      out.push(diag);
    }
    return out;
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
    const settings = this.analyzer.currentSettings;
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
    if ((!closing && this.isOpen(uri)) || !this.analyzer.currentSettings.workspaceDiagnostics) return;
    let text: string;
    try {
      // A huge file is not read, let alone checked, on the extension host's thread: one message instead.
      const capKB = this.analyzer.currentSettings.maxWorkspaceFileKB;
      const { size } = await vscode.workspace.fs.stat(uri);
      if (size > capKB * 1024) {
        const d = new vscode.Diagnostic(
          new vscode.Range(0, 0, 0, 0),
          tooLargeMessage(size, capKB),
          vscode.DiagnosticSeverity.Information,
        );
        d.source = SOURCE;
        d.code = 'file-too-large';
        this.collection.set(uri, [d]);
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
    this.collection.set(uri, this.convert(this.analyzer.checkText(text), false));
    this.published.fire({ uri });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
