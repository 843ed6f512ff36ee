// The server in a Node process: `packaging-planner lsp --stdio`, or dist/server.js started by an editor
// (--stdio, or --node-ipc as vscode-languageclient's TransportKind.ipc passes it).
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
} from 'vscode-languageserver/node';
import { ruleDoc as embeddedRuleDoc } from '../cli/embedded';
import { docsBaseUrl, ruleDocUrl } from '../cli/meta';
import { FramingWatch } from './framing';
import { Collector } from './memory';
import { startServer } from './server';
import { StringMessageWriter } from './writer';

export type Transport = 'stdio' | 'node-ipc';

/** Starts the server on this process; it exits when the client sends `exit` (or the pipe closes). */
export function startNodeServer(
  transport: Transport,
  env: Record<string, string | undefined> = process.env,
): void {
  // throws DocsUrlError on a malformed value: the CLI reports it before any protocol traffic
  const base = docsBaseUrl(env);
  const connection =
    transport === 'node-ipc'
      ? createConnection(new IPCMessageReader(process), new IPCMessageWriter(process))
      : stdioConnection();
  // stdout carries the protocol: anything logged goes to the client's log instead
  console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(' '));
  console.info = console.log;
  console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(' '));
  // one failed reply (a client that went away mid-request) must not end the session
  process.on('unhandledRejection', (e) =>
    connection.console.error(`unhandled: ${(e as Error)?.stack ?? String(e)}`),
  );
  const traceFile = env.PACKAGING_PLANNER_TRACE_FILE;
  const trace = traceFile
    ? (line: string) => appendFileSync(traceFile, `${Date.now()} ${line}; ${heapLine()}\n`)
    : undefined;
  const collector = v8Collector(trace);
  startServer(connection, {
    ruleDoc,
    ruleUrl: (rule) => ruleDocUrl(rule, base),
    ...(trace ? { trace } : {}),
    ...(env.PACKAGING_PLANNER_DEBUG_MEMORY === '1' ? { memory: collectedMemory } : {}),
    checked: () => collector.checked(),
  });
}

/** The process's memory by V8 heap space, in MB, for the trace. */
function heapLine(): string {
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const spaces = getHeapSpaceStatistics()
    .filter((x) => x.space_size > 1024 * 1024)
    .map((x) => `${x.space_name.replace('_space', '')} ${mb(x.space_used_size)}/${mb(x.space_size)}`);
  const m = process.memoryUsage();
  return `rss ${mb(m.rss)}, external ${mb(m.external)}, ${spaces.join(', ')}`;
}

/** The Node side of the collector: V8's spaces, a full collection (gc exposed on demand). */
function v8Collector(trace?: (line: string) => void): Collector {
  let gc: GC | undefined;
  return new Collector({
    oldBytes: () => {
      let n = 0;
      for (const sp of getHeapSpaceStatistics())
        if (!sp.space_name.startsWith('new_')) n += sp.space_used_size;
      return n;
    },
    rss: () => process.memoryUsage.rss(),
    collect: (thorough) => {
      gc ??= exposedGc();
      const t0 = performance.now();
      gc();
      if (thorough) gc();
      trace?.(`collected in ${(performance.now() - t0).toFixed(1)} ms`);
    },
    soon: (f) => setImmediate(f),
    later: (f, ms) => {
      const t = setTimeout(f, ms);
      // a pending collection never keeps the process alive
      t.unref?.();
      return () => clearTimeout(t);
    },
  });
}

type GC = () => void;

/** V8's full collection, exposed on demand (no --expose-gc on the command line an editor uses). */
function exposedGc(): GC {
  const gc = (globalThis as { gc?: GC }).gc;
  if (gc) return gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as GC;
}

/**
 * `process.memoryUsage()` after a full collection (gc exposed on demand: no --expose-gc needed), and the RSS and
 * V8 heap size just before it.
 */
function collectedMemory(): Record<string, number> {
  const before = process.memoryUsage();
  const gc = exposedGc();
  gc();
  gc();
  return { ...process.memoryUsage(), rssBefore: before.rss, heapTotalBefore: before.heapTotal };
}

/**
 * The server over stdin/stdout. Malformed framing (a header without a Content-Length, a length that is not a
 * number, a body that is not JSON) leaves the stream out of step for good: the server says so on stderr and exits,
 * so the client sees it stop and restarts it, instead of waiting on a server that will never answer.
 */
function stdioConnection() {
  const fail = (why: string) => {
    process.stderr.write(`packaging-planner lsp: malformed message on stdin, exiting: ${why}\n`);
    process.exit(1);
  };
  const watch = new FramingWatch();
  process.stdin.on('data', (chunk: Buffer) => {
    const bad = watch.feed(chunk);
    if (bad) fail(bad);
  });
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => fail(e.message));
  const connection = createConnection(reader, new StringMessageWriter(process.stdout));
  // the end of stdin ends the server (the library does this itself only when given the streams)
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return connection;
}

// dist/server.js ships beside docs/rules (VSIX, npm package) and reads the pages from there instead of carrying
// ~110 KB of them; `packaging-planner lsp` (dist/cli.js) uses the CLI's embedded copy.
const shippedDocs =
  typeof __SERVER_MAIN__ !== 'undefined' && __SERVER_MAIN__
    ? path.join(__dirname, '..', 'docs', 'rules')
    : undefined;

function ruleDoc(id: string): string | undefined {
  if (!shippedDocs) return embeddedRuleDoc(id);
  if (!/^[a-z][a-z0-9-]*$/.test(id)) return undefined;
  try {
    return readFileSync(path.join(shippedDocs, `${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/** The transport named on the command line; stdio when none is. */
export function transportOf(argv: readonly string[]): Transport | undefined {
  const known = argv.filter((a) => a === '--stdio' || a === '--node-ipc');
  if (known.length > 1) return undefined;
  return known[0] === '--node-ipc' ? 'node-ipc' : 'stdio';
}

// dist/server.js: started directly by an editor
declare const __SERVER_MAIN__: boolean | undefined;
if (typeof __SERVER_MAIN__ !== 'undefined' && __SERVER_MAIN__) {
  startNodeServer(transportOf(process.argv.slice(2)) ?? 'stdio');
}
