#!/usr/bin/env node
// Offline launcher for the integration suite (see ../shared/e2e/RECIPE.md): runs mocha inside the
// Node extension host of the VS Code server from the `code-server` npm package, opened in Debian's
// Chromium through playwright-core. Exit code: mocha's result (0/1), 2 setup error, 3 timeout,
// 4 code-server died.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { codeServerLaunch, ensureCodeServer, freePort } from '../../scripts/setup-code-server.mjs';
import { driveWebview, WEBVIEW_PREFIX } from './webview-driver.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS ?? 180_000);
const verbose = process.env.INTEGRATION_VERBOSE === '1';
// --vsix FILE: install FILE with --install-extension and run the probe test instead of the suite
const vsixArg = process.argv.indexOf('--vsix');
const vsix = vsixArg > 0 ? path.resolve(process.argv[vsixArg + 1] ?? '') : undefined;
const devPath = vsix ? path.join(root, 'test', 'integration', 'vsix-probe') : root;
const testsEntry = vsix
  ? path.join(devPath, 'index.js')
  : path.join(root, 'dist', 'test', 'integration', 'index.js');

// Log lines of the workbench that are noise offline (no gallery, no Microsoft-only modules).
const NOISE = [
  /vsda/,
  /ENOTFOUND/,
  /open-vsx/,
  /marketplace/i,
  /Failed to load resource/,
  /^\[(AgentHost|ChatModelSelection|reconnection-grace-time|Service Worker|AccountPolicyGate)/,
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^No search provider registered/,
];

async function main() {
  if (!existsSync(testsEntry)) {
    console.error(`missing ${path.relative(root, testsEntry)}: run \`node esbuild.mjs\` first`);
    return 2;
  }
  if (vsix && !existsSync(vsix)) {
    console.error(`missing ${vsix}: run \`npm run package\` first`);
    return 2;
  }
  let cs;
  try {
    cs = await ensureCodeServer();
  } catch (err) {
    console.error(`offline VS Code setup failed: ${err instanceof Error ? err.message : err}`);
    return 2;
  }
  const { chromium } = await import('playwright-core');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pp-itest-'));
  // The suite edits documents (never saves), but a copy keeps the checked-in fixtures safe regardless.
  const workspace = path.join(tmp, 'workspace');
  cpSync(path.join(root, 'test', 'integration', 'workspace'), workspace, { recursive: true });
  // Quiet, deterministic workbench: no AI chat, no startup editor.
  mkdirSync(path.join(tmp, 'user-data', 'User'), { recursive: true });
  writeFileSync(
    path.join(tmp, 'user-data', 'User', 'settings.json'),
    JSON.stringify({
      'chat.disableAIFeatures': true,
      'workbench.startupEditor': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
    }),
  );
  if (vsix) {
    const t0 = Date.now();
    const r = spawnSync(
      cs.node,
      [cs.entry, '--extensions-dir', path.join(tmp, 'extensions'), '--install-extension', vsix],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          XDG_CONFIG_HOME: path.join(tmp, 'config'),
          NODE_COMPILE_CACHE: path.join(cs.cacheDir, 'node-compile-cache'), // not /tmp
        },
      },
    );
    const out = `${r.stdout}${r.stderr}`;
    if (r.status !== 0 || !/successfully installed/i.test(out)) {
      console.error(`--install-extension failed:\n${out}`);
      rmSync(tmp, { recursive: true, force: true });
      return 2;
    }
    console.log(`installed ${path.basename(vsix)} in ${Date.now() - t0} ms`);
  }
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const started = Date.now();
  const t = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

  const launch = codeServerLaunch(cs, authority, tmp, { PP_INTEGRATION: '1' });
  const server = spawn(cs.node, launch.args, {
    detached: true, // its own process group: it forks the server, extension host and pty host
    stdio: ['ignore', 'pipe', 'pipe'],
    env: launch.env,
  });
  let browser;
  let finished = false;
  const killServer = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  };
  const cleanup = async () => {
    finished = true;
    await browser?.close().catch(() => {});
    killServer();
    await new Promise((r) => setTimeout(r, 300));
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {}
    rmSync(tmp, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      killServer();
      process.exit(130);
    });
  }

  const result = await new Promise((resolve) => {
    const timer = setTimeout(() => {
      console.error(`integration: timed out after ${TIMEOUT_MS / 1000}s`);
      resolve(3);
    }, TIMEOUT_MS);
    const done = (code) => {
      clearTimeout(timer);
      resolve(code);
    };
    server.on('exit', (code, signal) => {
      if (!finished) {
        console.error(`integration: code-server exited early (${code ?? signal})`);
        done(4);
      }
    });
    let ready = false;
    const onOutput = (chunk) => {
      const text = chunk.toString();
      if (verbose) process.stderr.write(text);
      if (!ready && text.includes('HTTP server listening on')) {
        ready = true;
        openBrowser().catch((err) => {
          console.error(`integration: browser failed: ${err?.stack ?? err}`);
          done(2);
        });
      }
    };
    server.stdout.on('data', onOutput);
    server.stderr.on('data', onOutput);

    async function openBrowser() {
      if (verbose) console.error(`[${t()}] code-server listening on ${authority}`);
      browser = await chromium.launch({
        executablePath: cs.chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      const page = await browser.newPage();
      await page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = format(...(Array.isArray(args) ? args : [args]));
        if (line.includes(WEBVIEW_PREFIX)) return void driveWebview(page, line);
        if (!verbose && NOISE.some((re) => re.test(line))) return;
        if (verbose) process.stderr.write(`[${t()}] `);
        if (type === 'error' && !verbose && /^\s*at /.test(line)) return;
        process.stdout.write(`${line}\n`);
      });
      await page.exposeFunction('codeAutomationExit', (code) => {
        if (verbose) console.error(`[${t()}] extension host exited with ${code}`);
        done(code === 0 ? 0 : 1);
      });
      const remote = (p) => `vscode-remote://${authority}${p}`;
      const payload = [
        ['extensionDevelopmentPath', remote(devPath)],
        ['extensionTestsPath', remote(testsEntry)],
        ['skipWelcome', 'true'],
        ['skipReleaseNotes', 'true'],
      ];
      const url = `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      await page.goto(url);
      if (verbose) console.error(`[${t()}] workbench page loaded`);
    }
  });
  await cleanup();
  console.log(`integration: ${result === 0 ? 'passed' : `failed (exit ${result})`} in ${t()}`);
  return result;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
