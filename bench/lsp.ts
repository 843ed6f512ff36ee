// The language server measured from outside (dist/server.js over stdio, a plain LSP client), for issues 13 and
// 23: open → first diagnostics, keystroke → diagnostics published (median, p90, max), and the process's RSS after
// opening and after the edits, right after the last one and after a pause.
//   node esbuild.mjs && npx tsx bench/lsp.ts            the table with issue 23's targets (npm run bench prints it)
//   node esbuild.mjs && npx tsx bench/lsp.ts 100 5000   one line per size (BENCH_EDITS=n keystrokes each)
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
import { generateAnchored, generatePackaging } from './gen';
import { median, quantile, spreadText } from './stats';
import { table } from './table';

const ROOT = path.resolve(__dirname, '..');
/** BENCH_HEAP=1: also the server's heap after a full collection (which itself lowers the RSS read next) */
const HEAP = process.env.BENCH_HEAP === '1';
const MB = (b: number) => b / 1024 / 1024;
const PAUSE_MS = 1500;
/** between a publish and the next keystroke: a fast typist's gap, shorter than any debounce or pause */
const GAP_MS = 30;

/** The resident set of process `pid` in MB (Linux; NaN elsewhere). */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** CPU time (user + system, all threads) of process `pid` in ms (Linux; NaN elsewhere). */
function cpuMs(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LspRun {
  openMs: number;
  /** the server's CPU during the open, all its threads */
  cpuOpen: number;
  /** RSS before the open, 0.1 s after its diagnostics, and after a pause */
  rssStart: number;
  rssOpenNow: number;
  rssOpen: number;
  /** RSS right after the last keystroke's diagnostics, and after a pause */
  rssEditsNow: number;
  rssEdits: number;
  heapOpen: number;
  heapEdits: number;
  /** the server's CPU per keystroke, all its threads (the collector's included) */
  cpuEdits: number;
  /** keystroke → diagnostics, sorted */
  times: number[];
}

/** One server process: `text` opened, then `keystrokes` characters typed into a feature's description. */
export async function measure(text: string, keystrokes: number): Promise<LspRun> {
  const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  // BENCH_SERVER: another build of the server (a baseline) instead of dist/server.js
  const server = process.env.BENCH_SERVER ?? path.join(ROOT, 'dist', 'server.js');
  const child = spawn(process.execPath, [...flags, server, '--stdio'], {
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
  let doc = TextDocument.create(uri, 'yaml', 1, text);
  const published = (version: number) =>
    new Promise<void>((resolve) => {
      onPublish = (p) => {
        if (p.version === version) resolve();
      };
    });
  // settle after initialize (settings pulled) so the open is timed alone
  await sleep(200);
  const rssStart = rssMb(child.pid!);
  let wait = published(1);
  const cpuBeforeOpen = cpuMs(child.pid!);
  const opened = performance.now();
  await conn.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: 'yaml', version: 1, text: doc.getText() },
  });
  await wait;
  const openMs = performance.now() - opened;
  const cpuOpen = cpuMs(child.pid!) - cpuBeforeOpen;
  await sleep(100);
  const rssOpenNow = rssMb(child.pid!);
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
  let rssOpen = Number.NaN;
  let heapOpen = Number.NaN;
  if (keystrokes > 0) {
    // a pause in typing: the server collects garbage then
    await sleep(PAUSE_MS);
    rssOpen = rssMb(child.pid!);
    heapOpen = await heap();
  }
  const times: number[] = [];
  const cpuStart = cpuMs(child.pid!);
  // one character typed into a feature's description, then a short gap once its diagnostics are in
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
    if (i < keystrokes - 1) await sleep(GAP_MS);
  }
  const cpuEdits = (cpuMs(child.pid!) - cpuStart) / Math.max(1, keystrokes);
  const rssEditsNow = rssMb(child.pid!);
  let rssEdits = Number.NaN;
  let heapEdits = Number.NaN;
  if (keystrokes > 0) {
    await sleep(PAUSE_MS);
    rssEdits = rssMb(child.pid!);
    heapEdits = await heap();
    if (HEAP) console.log(`RSS after the collection: ${rssMb(child.pid!).toFixed(0)} MB`);
  }
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose();
  times.sort((a, b) => a - b);
  return {
    openMs,
    cpuOpen,
    rssStart,
    rssOpenNow,
    rssOpen,
    rssEditsNow,
    rssEdits,
    heapOpen,
    heapEdits,
    cpuEdits,
    times,
  };
}

const growth = (after: number, before: number) => (after - before) / before;
const pctText = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

/**
 * Issue 23's figures at 5,000 features over stdio, each in fresh server processes: the open (OPENS processes),
 * EDITS keystrokes into the generated file and into the same file with an anchor and emoji. Prints the table;
 * false when a target is missed.
 */
export async function benchLsp(): Promise<boolean> {
  const n = 5000;
  const opens = Number(process.env.BENCH_OPENS ?? 7);
  const edits = Number(process.env.BENCH_EDITS ?? 200);
  const tidy = generatePackaging(n);
  const anchored = generateAnchored(n);
  const openTimes: number[] = [];
  for (let i = 0; i < opens; i++) openTimes.push((await measure(tidy, 0)).openMs);
  const t = await measure(tidy, edits);
  const a = await measure(anchored, edits);
  openTimes.push(t.openMs);
  openTimes.sort((x, y) => x - y);
  const open = median(openTimes);
  const tidyMedian = median(t.times);
  const rows: [string, string, string, boolean][] = [
    [
      `open → first diagnostics (${openTimes.length} processes)`,
      spreadText(openTimes),
      '≤ 300 ms',
      open <= 300,
    ],
    [
      `tidy file: keystroke → diagnostics (${edits} keystrokes)`,
      spreadText(t.times),
      'p90 ≤ 50 ms',
      quantile(t.times, 0.9) <= 50,
    ],
    [
      'an edit vs the open (medians)',
      `${(open / tidyMedian).toFixed(1)}× faster`,
      '≥ 10×',
      open / tidyMedian >= 10,
    ],
    [
      `anchor + emoji: keystroke → diagnostics (${edits} keystrokes; open ${a.openMs.toFixed(0)} ms)`,
      spreadText(a.times),
      'median ≤ 100 ms',
      median(a.times) <= 100,
    ],
  ];
  for (const [name, r] of [
    ['tidy', t],
    ['anchor + emoji', a],
  ] as const) {
    const now = growth(r.rssEditsNow, r.rssOpenNow);
    const paused = growth(r.rssEdits, r.rssOpenNow);
    rows.push([
      `${name}: RSS after opening → right after ${edits} edits (server CPU ${r.cpuEdits.toFixed(0)} ms a keystroke)`,
      `${r.rssOpenNow.toFixed(0)} → ${r.rssEditsNow.toFixed(0)} MB (${pctText(now)}); after a ${PAUSE_MS / 1000} s pause ${r.rssEdits.toFixed(0)} MB (${pctText(paused)})`,
      '≤ +20% (both)',
      now <= 0.2 && paused <= 0.2,
    ]);
  }
  table(
    `Language server over stdio, ${n.toLocaleString('en')} features (dist/server.js --stdio; median (p90, max); keystrokes ${GAP_MS} ms apart once published; RSS after opening read 0.1 s after its diagnostics)`,
    ['measure', 'value', 'target', 'met'],
    rows.map(([m, v, target, ok]) => [m, v, target, ok ? 'yes' : 'NO']),
  );
  return rows.every((r) => r[3]);
}

async function sizes(list: number[]) {
  for (const n of list) {
    const k = process.env.BENCH_EDITS ? Number(process.env.BENCH_EDITS) : n >= 1000 ? 200 : 20;
    const r = await measure(generatePackaging(n), k);
    console.log(
      `${n} features: open → first diagnostics ${r.openMs.toFixed(0)} ms (server CPU ${r.cpuOpen.toFixed(0)} ms); ${k} keystrokes → diagnostics ` +
        `${median(r.times).toFixed(0)} ms median, ${quantile(r.times, 0.9).toFixed(0)} ms p90, ` +
        `${r.times[r.times.length - 1]?.toFixed(0)} ms max (server CPU ${r.cpuEdits.toFixed(0)} ms each); RSS ` +
        `${r.rssStart.toFixed(0)} MB before opening; 0.1 s after opening ${r.rssOpenNow.toFixed(0)} MB, right after ` +
        `the keystrokes ${r.rssEditsNow.toFixed(0)} MB (${pctText(growth(r.rssEditsNow, r.rssOpenNow))}); after a ` +
        `1.5 s pause ${r.rssOpen.toFixed(0)} MB and ${r.rssEdits.toFixed(0)} MB (${pctText(growth(r.rssEdits, r.rssOpen))})` +
        (HEAP
          ? `; heap after gc ${r.heapOpen.toFixed(0)} MB after opening, ${r.heapEdits.toFixed(0)} MB after`
          : ''),
    );
  }
}

if (require.main === module) {
  const list = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  (list.length ? sizes(list) : benchLsp().then((ok) => (process.exitCode = ok ? 0 : 1))).catch((e) => {
    console.error(e);
    process.exitCode = 2;
  });
}
