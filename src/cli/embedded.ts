import { readFileSync } from 'node:fs';
import path from 'node:path';

// Assets the bundles carry so `dist/cli.js` and `dist/action.js` run with no repository around them:
// the rule doc pages and the JSON Schema. esbuild defines __EMBEDDED__ (scripts/esbuild-cli.mjs); under
// tsx (tests, dev) it is undefined and the files are read from the work tree.
// dist/cli.js carries them in a file beside it instead (__ASSETS_FILE__), read on first use: most commands never
// need them, and parsing them at every start-up was a tenth of the CLI's cold start.
interface Assets {
  schema: string | null;
  docs: Record<string, string>;
}
declare const __EMBEDDED__: Assets | undefined;
declare const __ASSETS_FILE__: string | undefined;

let assets: Assets | undefined;
function embeddedAssets(): Assets | undefined {
  if (assets) return assets;
  // One reference only: esbuild pastes the defined object at every use.
  if (typeof __EMBEDDED__ !== 'undefined') assets = __EMBEDDED__;
  else if (typeof __ASSETS_FILE__ !== 'undefined')
    assets = JSON.parse(readFileSync(path.join(__dirname, __ASSETS_FILE__), 'utf8')) as Assets;
  return assets;
}

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
  const embedded = embeddedAssets();
  if (embedded) return Object.hasOwn(embedded.docs, id) ? embedded.docs[id] : undefined;
  return readOrUndefined(path.join(root(), 'docs', 'rules', `${id}.md`));
}

/** schemas/packaging.schema.json as text. */
export function packagingSchema(): string | undefined {
  const embedded = embeddedAssets();
  if (embedded) return embedded.schema ?? undefined;
  return readOrUndefined(path.join(root(), 'schemas', 'packaging.schema.json'));
}
