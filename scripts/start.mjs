#!/usr/bin/env node
// `npm start`: the checker on examples/, then examples/ in VS Code with the extension loaded from this folder.
// Desktop VS Code (`code` on PATH) gets --extensionDevelopmentPath; without it, the VS Code server of the
// `code-server` npm package (scripts/setup-code-server.mjs) starts and the address to open is printed.
// Usage: npm start [-- --cli-only | --server] [--port N] [--host ADDRESS]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerLaunch, ensureCodeServer, freePort } from './setup-code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');

export const START_HELP = `Usage: npm start [-- OPTIONS]

Builds, runs packaging-planner check on examples/, then opens examples/ in VS Code with the extension loaded:
desktop VS Code when \`code\` is on PATH, otherwise the VS Code server in your browser (installed on first run
into .vscode-test/code-server/: about 2 to 5 minutes and 800 MB; it needs a C/C++ compiler, make and python3).

Options:
  --cli-only        stop after the checker (no VS Code)
  --server          use the VS Code server even when desktop VS Code is installed
  --port N          the server's port (default: a free one)
  --host ADDRESS    the address the server listens on (default: 127.0.0.1, this machine only)
  -h, --help        this help

On a remote machine, keep the default host and forward the port over SSH from your own computer:
  ssh -L 8080:127.0.0.1:8080 user@remote-machine     # then, on the remote: npm start -- --port 8080
and open the printed address on your computer. --host 0.0.0.0 serves VS Code (with its terminal) to anyone
who can reach the port, with no password: only on a network you trust.
`;

/** The options of npm start; throws with a one-line reason on a bad one. */
export function parseStartArgs(argv) {
  const o = { cliOnly: false, server: false, port: undefined, host: '127.0.0.1', help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '' || (eq < 0 && v.startsWith('--')))
        throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--cli-only') o.cliOnly = true;
    else if (name === '--server') o.server = true;
    else if (name === '-h' || name === '--help') o.help = true;
    else if (name === '--port') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 65535)
        throw new Error(`--port takes a number from 1 to 65535, not "${v}"`);
      o.port = Number(v);
    } else if (name === '--host') o.host = value();
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

function build() {
  const r = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function hasCode() {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

const isLoopback = (h) => h === 'localhost' || h === '::1' || /^127\./.test(h);
const urlHost = (h) => (h.includes(':') ? `[${h}]` : h);

async function main() {
  let opts;
  try {
    opts = parseStartArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`npm start: ${e.message}\n\n${START_HELP}`);
    return 2;
  }
  if (opts.help) {
    console.log(START_HELP);
    return 0;
  }
  build();
  // The same findings the editor will show, first in the terminal (the CLI on the examples).
  console.log('\n$ packaging-planner check examples');
  const checked = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', 'examples'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (opts.cliOnly) return checked.status ?? 1;
  if (!opts.server && hasCode()) {
    console.log(`Opening ${examples} in VS Code with the extension from ${root}`);
    const r = spawnSync('code', ['--extensionDevelopmentPath', root, '--new-window', examples], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    return r.status ?? 0;
  }

  let cs;
  try {
    cs = await ensureCodeServer({ needChromium: false });
  } catch (e) {
    console.error(`\nnpm start: the VS Code server is not available: ${e.message}`);
    console.error('The checker ran above; `npm start -- --cli-only` runs it alone.');
    return 1;
  }
  const port = opts.port ?? (await freePort());
  // Editor state (settings, open editors) is kept under .vscode-test/ beside the server, so a restart finds it;
  // the server's sockets and scratch files go to a temporary folder removed when it stops.
  const data = path.join(root, '.vscode-test', 'start');
  mkdirSync(path.join(data, 'user-data', 'User'), { recursive: true });
  writeFileSync(
    path.join(data, 'user-data', 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true }),
  );
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'pp-start-'));
  const cleanup = () => rmSync(scratch, { recursive: true, force: true });
  process.on('exit', cleanup);

  const bind = `${urlHost(opts.host)}:${port}`;
  // the address a browser uses: the machine's name when listening on every interface
  const shown = opts.host === '0.0.0.0' || opts.host === '::' ? `${os.hostname()}:${port}` : bind;
  // The development extension reaches a browser-based workbench through the payload, as in the tests;
  // it needs the smoke-test-driver option to be honoured (see codeServerLaunch).
  const payload = [['extensionDevelopmentPath', `vscode-remote://${shown}${root}`]];
  const url = `http://${shown}/?folder=${encodeURIComponent(examples)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const launch = codeServerLaunch(cs, bind, data, { TMPDIR: scratch, XDG_RUNTIME_DIR: scratch });
  console.log(`\nStarting the VS Code server on ${bind} …`);
  if (!isLoopback(opts.host))
    console.log(
      `Warning: --host ${opts.host} serves VS Code, terminal included, to anyone who can reach port ${port}, with no password.`,
    );
  const server = spawn(cs.node, launch.args, { stdio: ['ignore', 'pipe', 'inherit'], env: launch.env });
  server.stdout.on('data', (chunk) => {
    if (chunk.toString().includes('HTTP server listening on')) {
      console.log(
        [
          '',
          'Packaging Planner is running in the VS Code server. Open:',
          '',
          `  ${url}`,
          '',
          `(examples/ with the extension loaded; Ctrl+C to stop. On a remote machine: ssh -L ${port}:127.0.0.1:${port} user@host`,
          ' from your computer, then open the address there; see npm start -- --help.)',
        ].join('\n'),
      );
    }
  });
  return await new Promise((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => server.kill('SIGTERM'));
    server.on('exit', (code, signal) => {
      cleanup();
      console.log('\nThe VS Code server stopped.');
      resolve(signal ? 0 : (code ?? 0));
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
