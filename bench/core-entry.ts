// Bundled by bench/run.ts with the same esbuild settings as the CLI, so both columns use one `yaml` build.

export { LineCounter, parseDocument } from 'yaml';
export { check } from '../src/core/check';
