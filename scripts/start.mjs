#!/usr/bin/env node
// `npm start`: open examples/ in VS Code with the extension loaded from this folder.
// Desktop VS Code (`code` on PATH) gets --extensionDevelopmentPath; without it, the offline VS Code
// server of ../shared/e2e/RECIPE.md starts on 127.0.0.1 and the address to open is printed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerLaunch, ensureCodeServer, freePort } from './setup-code-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = path.join(root, 'examples');
const args = process.argv.slice(2);
const forceServer = args.includes('--server');
const portArg = args.indexOf('--port');

function build() {
  const r = spawnSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function hasCode() {
  if (forceServer) return false;
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

build();
// The same findings the editor will show, first in the terminal (the CLI on the examples).
spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'check', 'examples'], {
  cwd: root,
  stdio: 'inherit',
});
if (args.includes('--cli-only')) process.exit(0);
if (hasCode()) {
  console.log(`Opening ${examples} in VS Code with the extension from ${root}`);
  const r = spawnSync('code', ['--extensionDevelopmentPath', root, '--new-window', examples], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  process.exit(r.status ?? 0);
}

const cs = ensureCodeServer({ needChromium: false });
const port = portArg > 0 ? Number(args[portArg + 1]) : await freePort();
const data = path.join(os.tmpdir(), 'packaging-planner-start');
mkdirSync(path.join(data, 'user-data', 'User'), { recursive: true });
writeFileSync(
  path.join(data, 'user-data', 'User', 'settings.json'),
  JSON.stringify({ 'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true }),
);
const authority = `127.0.0.1:${port}`;
// The development extension reaches a browser-based workbench through the payload, as in the tests;
// it needs the smoke-test-driver option to be honoured (see RECIPE.md).
const payload = [['extensionDevelopmentPath', `vscode-remote://${authority}${root}`]];
const url = `http://${authority}/?folder=${encodeURIComponent(examples)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
const launch = codeServerLaunch(cs, authority, data);
const server = spawn(cs.node, launch.args, { stdio: ['ignore', 'pipe', 'inherit'], env: launch.env });
server.stdout.on('data', (chunk) => {
  if (chunk.toString().includes('HTTP server listening on')) {
    console.log(
      `\nPackaging Planner is running in the VS Code server. Open:\n\n  ${url}\n\n(examples/ with the extension loaded; Ctrl+C to stop)`,
    );
  }
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
