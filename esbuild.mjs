// Build of every bundle. Usage: node esbuild.mjs
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { CLI_ASSETS, cliBuilds, embedded } from './scripts/esbuild-cli.mjs';
import { extensionBuilds } from './scripts/esbuild-extension.mjs';
import { serverBuilds } from './scripts/esbuild-server.mjs';
import { webviewBuilds } from './scripts/esbuild-webview.mjs';

const builds = [...cliBuilds(), ...extensionBuilds(), ...serverBuilds(), ...webviewBuilds()];
await Promise.all(builds.map((b) => esbuild.build(b)));
chmodSync('dist/cli.js', 0o755);
mkdirSync('dist', { recursive: true });
writeFileSync(`dist/${CLI_ASSETS}`, embedded());
