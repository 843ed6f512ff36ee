// Bundled by bench/fix-all.ts like the shipped CLI.

export { fixAll } from '../src/core/edit/verify';
