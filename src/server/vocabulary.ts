// The editor vocabulary (keys, enum values, cursor context) lives beside the in-process extension today; both
// modules are pure, so the server shares them rather than keeping a second copy that could drift.
export { KEYS, keyTerm, pathKey, type Term, VALUES, valuesFor } from '../extension/vocabulary';
export { type CursorContext, contextAt, lineInfo } from '../extension/yamlContext';
