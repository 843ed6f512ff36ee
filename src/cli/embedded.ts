import { readFileSync } from 'node:fs';
import path from 'node:path';

// Assets the bundles carry so `dist/cli.js` and `dist/action.js` run with no repository around them:
// the rule doc pages and the JSON Schema. esbuild defines __EMBEDDED__ (scripts/esbuild-cli.mjs); under
// tsx (tests, dev) it is undefined and the files are read from the work tree.
declare const __EMBEDDED__: { schema: string | null; docs: Record<string, string> } | undefined;

// One reference only: esbuild pastes the defined object at every use.
const EMBEDDED = typeof __EMBEDDED__ !== 'undefined' ? __EMBEDDED__ : undefined;

const root = () => path.resolve(__dirname, '..', '..');

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The doc page of a rule (docs/rules/<id>.md). `id` must be a known rule id: it becomes a path in dev. */
export function ruleDoc(id: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) return undefined;
  if (EMBEDDED) return Object.hasOwn(EMBEDDED.docs, id) ? EMBEDDED.docs[id] : undefined;
  return readOrUndefined(path.join(root(), 'docs', 'rules', `${id}.md`));
}

/** schemas/packaging.schema.json as text. */
export function packagingSchema(): string | undefined {
  if (EMBEDDED) return EMBEDDED.schema ?? undefined;
  return readOrUndefined(path.join(root(), 'schemas', 'packaging.schema.json'));
}
