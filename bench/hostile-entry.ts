// Bundled by bench/hostile-run.ts: the core's check and the hostile inputs, run in a child per case.

export { check } from '../src/core/check';
export { HOSTILE } from './hostile';
