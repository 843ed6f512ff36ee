// The server in a Node process: `packaging-planner lsp --stdio`, or dist/server.js started by an editor
// (--stdio, or --node-ipc as vscode-languageclient's TransportKind.ipc passes it).
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { ruleDoc as embeddedRuleDoc } from '../cli/embedded';
import { docsBaseUrl, ruleDocUrl } from '../cli/meta';
import { FramingWatch } from './framing';
import { startServer } from './server';

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
  startServer(connection, {
    ruleDoc,
    ruleUrl: (rule) => ruleDocUrl(rule, base),
    ...(traceFile ? { trace: (line: string) => appendFileSync(traceFile, `${Date.now()} ${line}\n`) } : {}),
    ...(env.PACKAGING_PLANNER_DEBUG_MEMORY === '1' ? { memory: collectedMemory } : {}),
    checked: collectWhenPaused(),
  });
}

/** How long the server must have checked nothing before it may collect. */
const PAUSE_MS = 500;

/**
 * Each keystroke's check leaves the previous version's result (and a publish of ~1 MB for a 5,000-feature file) as
 * old-generation garbage, and V8 lets the old generation grow to several times what is live before collecting it:
 * over a session of typing the process grew by half while what it keeps stayed flat (issue 23). Collecting on
 * every few keystrokes instead (a lower heap growth factor) doubled each keystroke's CPU, so the garbage is
 * collected when typing pauses, off the keystroke's path, and only when the heap grew by a fifth since the last
 * collection. Returns what the server calls after each check.
 */
function collectWhenPaused(): () => void {
  let gc: GC | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let collected = 0;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (getHeapStatistics().total_heap_size <= collected * 1.2) return;
      gc ??= exposedGc();
      // twice: the first one's sweeping frees pages the second one can then release
      gc();
      gc();
      collected = getHeapStatistics().total_heap_size;
    }, PAUSE_MS);
    // a pending collection never keeps the process alive
    timer.unref?.();
  };
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
  const connection = createConnection(reader, new StreamMessageWriter(process.stdout));
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
