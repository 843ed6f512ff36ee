// Build of every bundle. Usage: node esbuild.mjs
import * as esbuild from 'esbuild';
import { extensionBuilds } from './scripts/esbuild-extension.mjs';

const builds = [...extensionBuilds()];
await Promise.all(builds.map((b) => esbuild.build(b)));
