// Bundled by bench/incremental.ts like the shipped CLI, so every column uses one `yaml` build.

export { LineCounter, parseDocument } from 'yaml';
export { check } from '../src/core/check';
export { createIncremental } from '../src/core/incremental';
