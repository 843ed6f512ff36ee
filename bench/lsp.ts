// The language server measured from outside (dist/server.js over stdio), for issues 13 and 23: open → first
// diagnostics, keystroke → diagnostics published (median, p90, max), and the process's RSS after opening and
// after the edits. Usage: node esbuild.mjs && npx tsx bench/lsp.ts [features...]
// (BENCH_EDITS=n sets the keystrokes per size; 200 by default, 20 below 1,000 features.)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
/** BENCH_HEAP=1: also the server's heap after a full collection (which itself lowers the RSS read next) */
const HEAP = process.env.BENCH_HEAP === '1';
const MB = (b: number) => b / 1024 / 1024;
const PAUSE_MS = 1500;

/** The resident set of process `pid` in MB (Linux; NaN elsewhere). */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function measure(n: number, keystrokes: number) {
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
    stdio: 'pipe',
    env: { ...process.env, ...(HEAP ? { PACKAGING_PLANNER_DEBUG_MEMORY: '1' } : {}) },
  });
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
  // settle after initialize (settings pulled) so the open is timed alone
  await new Promise((r) => setTimeout(r, 200));
  const rssStart = rssMb(child.pid!);
  let wait = published(1);
  const opened = performance.now();
  await conn.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'yaml', version: 1, text: doc.getText() },
  });
  await wait;
  const openMs = performance.now() - opened;
  await new Promise((r) => setTimeout(r, 100));
  const rssOpenNow = rssMb(child.pid!);
  // a pause in typing: the server collects garbage then (after 500 ms without a check)
  await new Promise((r) => setTimeout(r, PAUSE_MS));
  const rssOpen = rssMb(child.pid!);
  const heap = async () => {
    if (!HEAP) return Number.NaN;
    const m = await conn.sendRequest<Record<string, number>>('packagingPlanner/debug/memory');
    console.log(
      Object.entries(m)
        .map(([k, v]) => `${k} ${MB(v).toFixed(1)}`)
        .join(', '),
    );
    return MB(m.heapUsed!);
  };
  const heapOpen = await heap();
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
    await new Promise((r) => setTimeout(r, 30));
  }
  await new Promise((r) => setTimeout(r, 100));
  const rssEditsNow = rssMb(child.pid!);
  await new Promise((r) => setTimeout(r, PAUSE_MS));
  const rssEdits = rssMb(child.pid!);
  const heapEdits = await heap();
  if (HEAP) console.log(`RSS after the collection: ${rssMb(child.pid!).toFixed(0)} MB`);
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  times.sort((a, b) => a - b);
  if (!times.length) times.push(Number.NaN);
  return {
    openMs,
    rssStart,
    rssOpen,
    rssEdits,
    rssOpenNow,
    rssEditsNow,
    heapOpen,
    heapEdits,
    median: pct(times, 0.5),
    p90: pct(times, 0.9),
    max: times[times.length - 1]!,
  };
}

(async () => {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  const edits = process.env.BENCH_EDITS ? Number(process.env.BENCH_EDITS) : undefined;
  for (const n of sizes.length ? sizes : [100, 1000, 5000]) {
    const k = edits ?? (n >= 1000 ? 200 : 20);
    const r = await measure(n, k);
    console.log(
      `${n} features: open → first diagnostics ${r.openMs.toFixed(0)} ms; ${k} keystrokes → diagnostics ` +
        `${r.median.toFixed(0)} ms median, ${r.p90.toFixed(0)} ms p90, ${r.max.toFixed(0)} ms max; RSS ` +
        `${r.rssStart.toFixed(0)} MB before opening; 0.1 s after opening ${r.rssOpenNow.toFixed(0)} MB, after the ` +
        `keystrokes ${r.rssEditsNow.toFixed(0)} MB; after a 1.5 s pause ${r.rssOpen.toFixed(0)} MB and ` +
        `${r.rssEdits.toFixed(0)} MB (${(((r.rssEdits - r.rssOpen) / r.rssOpen) * 100).toFixed(0)}%)` +
        (HEAP
          ? `; heap after gc ${r.heapOpen.toFixed(0)} MB after opening, ${r.heapEdits.toFixed(0)} MB after`
          : ''),
    );
  }
})();
