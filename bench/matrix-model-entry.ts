// Bundled by bench/matrix-model.ts like the shipped language server, so the figures are the shipped code's.

export { check } from '../src/core/check';
export { createIncremental } from '../src/core/incremental';
export { createMatrixBuilder } from '../src/core/matrix/builder';
export { withInsights } from '../src/core/matrix/suggestion-edits';
export { buildMatrix } from '../src/core/matrix/view-model';
