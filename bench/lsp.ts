// Keystroke → diagnostics published through the language server (dist/server.js over stdio), for issue 13's
// targets. Usage: node esbuild.mjs && npx tsx bench/lsp.ts [features...]
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generatePackaging } from './gen';

const ROOT = path.resolve(__dirname, '..');

async function measure(n: number, keystrokes: number) {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  const conn = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  let onPublish: (p: PublishDiagnosticsParams) => void = () => undefined;
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => onPublish(p));
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
  await conn.sendNotification(InitializedNotification.type, {});
  const uri = 'file:///bench/packaging.yaml';
  let doc = TextDocument.create(uri, 'yaml', 1, generatePackaging(n));
  const published = (version: number) =>
    new Promise<void>((resolve) => {
      onPublish = (p) => {
        if (p.version === version) resolve();
      };
    });
  let wait = published(1);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'yaml', version: 1, text: doc.getText() },
  });
  await wait;
  const times: number[] = [];
  // one character typed into a feature's description, then a pause long enough for the result
  const at = doc.getText().indexOf('Does thing', doc.getText().length >> 1);
  for (let i = 0; i < keystrokes; i++) {
    const pos = doc.positionAt(at + i);
    const change = { range: { start: pos, end: pos }, text: 'x' };
    doc = TextDocument.create(
      uri,
      'yaml',
      doc.version + 1,
      TextDocument.applyEdits(doc, [{ range: change.range, newText: 'x' }]),
    );
    wait = published(doc.version);
    const started = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: doc.version },
      contentChanges: [change],
    });
    await wait;
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 50));
  }
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, max: times[times.length - 1]! };
}

(async () => {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  for (const n of sizes.length ? sizes : [100, 1000, 5000]) {
    const r = await measure(n, n >= 5000 ? 8 : 20);
    console.log(
      `${n} features: keystroke → diagnostics published ${r.median.toFixed(0)} ms median, ${r.max.toFixed(0)} ms max`,
    );
  }
})();
