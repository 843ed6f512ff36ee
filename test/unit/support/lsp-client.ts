// The client end of a language server process driven over real stdio (`packaging-planner lsp --stdio`), as an
// editor drives it: vscode-languageserver-protocol's createProtocolConnection on the child's pipes.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const URI = 'file:///work/project/packaging.yaml';

/** Node's flags to run the sources: tsx, and `.yaml` imports as text (yaml-text.cjs) where the sources have them. */
const YAML_TEXT = path.join(ROOT, 'test', 'unit', 'support', 'yaml-text.cjs');
export const TSX = ['--require', 'tsx/cjs', ...(existsSync(YAML_TEXT) ? ['--require', YAML_TEXT] : [])];

/** The server process of `packaging-planner lsp --stdio`, as an editor starts it. */
export function spawnServer(env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [...TSX, path.join(ROOT, 'src', 'cli', 'bin.ts'), 'lsp', '--stdio'], {
    cwd: ROOT,
    env: { ...process.env, PACKAGING_PLANNER_DOCS_URL: '', ...env },
    stdio: 'pipe',
  });
}

export const PUSH_CAPS = {
  textDocument: {
    codeAction: { resolveSupport: { properties: ['edit'] } },
    completion: { completionItem: { snippetSupport: true } },
  },
  workspace: { workspaceEdit: { documentChanges: true }, applyEdit: true },
  window: { showDocument: { support: true } },
};

/** One server process and the client end of its connection; the text of each open document as the client has it. */
export class Client {
  readonly conn: ProtocolConnection;
  readonly child: ChildProcess;
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: (() => void)[] = [];
  readonly docs = new Map<string, TextDocument>();
  /** window/logMessage lines */
  readonly logs: string[] = [];
  stderr = '';

  constructor(env: Record<string, string> = {}) {
    this.child = spawnServer(env);
    this.child.stderr!.on('data', (b) => (this.stderr += String(b)));
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    // workspace/applyEdit: apply it the way an editor does, refusing a versioned edit of another version
    this.conn.onRequest(ApplyWorkspaceEditRequest.type, (p) => ({ applied: this.apply(p.edit) }));
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.conn.listen();
  }

  async initialize(capabilities: object, initializationOptions?: object) {
    const r = await this.conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      ...(initializationOptions ? { initializationOptions } : {}),
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return r;
  }

  open(uri: string, text: string) {
    this.docs.set(uri, TextDocument.create(uri, 'yaml', 1, text));
    return this.conn.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
  }

  /** Edits the client's text and tells the server (incremental changes). */
  change(uri: string, edits: TextEdit[]) {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.create(uri, 'yaml', doc.version + 1, TextDocument.applyEdits(doc, edits));
    this.docs.set(uri, next);
    return this.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: next.version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  text(uri = URI): string {
    return this.docs.get(uri)!.getText();
  }

  apply(edit: WorkspaceEdit): boolean {
    for (const dc of (edit.documentChanges ?? []) as TextDocumentEdit[]) {
      const doc = this.docs.get(dc.textDocument.uri);
      if (!doc || doc.version !== dc.textDocument.version) return false;
      void this.change(dc.textDocument.uri, dc.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) void this.change(uri, edits);
    return true;
  }

  /** The diagnostics published for `uri` at `version` (waits for them). */
  async diagnostics(uri: string, version: number, timeoutMs = 15000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published.find((p) => p.uri === uri && p.version === version);
      if (hit) return hit.diagnostics;
      if (Date.now() > deadline)
        throw new Error(`no diagnostics for ${uri}@${version}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async close() {
    try {
      await this.conn.sendRequest(ShutdownRequest.type);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    const code = await new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      this.child.on('exit', (c) => resolve(c));
      setTimeout(() => {
        this.child.kill();
        resolve(null);
      }, 5000);
    });
    this.conn.dispose();
    return code;
  }
}

const _PUSH_CAPS = {
  textDocument: {
    codeAction: { resolveSupport: { properties: ['edit'] } },
    completion: { completionItem: { snippetSupport: true } },
  },
  workspace: { workspaceEdit: { documentChanges: true }, applyEdit: true },
  window: { showDocument: { support: true } },
};
