import { version as pkgVersion } from '../../package.json';

declare const __VERSION__: string | undefined;

export const TOOL_NAME = 'packaging-planner';
export const TOOL_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : pkgVersion;

/**
 * The tool has no public home yet, so no printed link is built in: the outputs carry the rule text itself
 * and name `packaging-planner explain RULE`. Whoever hosts the docs (a fork on GitHub, an intranet) sets this
 * variable to the web address of the `docs/` folder, and rule links point there.
 */
export const DOCS_URL_ENV = 'PACKAGING_PLANNER_DOCS_URL';

/** The docs base URL from the environment, without a trailing slash; a value that is not http(s) throws. */
export function docsBaseUrl(env: Record<string, string | undefined>): string | undefined {
  const raw = env[DOCS_URL_ENV]?.trim();
  if (!raw) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new DocsUrlError(`${DOCS_URL_ENV} must be an http(s) address of the docs/ folder, not "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** A bad PACKAGING_PLANNER_DOCS_URL; told by its name for the reason given at UsageError (args.ts). */
export class DocsUrlError extends Error {
  override name = 'DocsUrlError';
}
export const isDocsUrlError = (e: unknown): e is DocsUrlError =>
  e instanceof Error && e.name === 'DocsUrlError';

/** A rule's page under the docs base (docs/rules/<id>.md), or undefined when no base is set. */
export function ruleDocUrl(id: string, base: string | undefined): string | undefined {
  return base ? `${base}/rules/${encodeURIComponent(id)}.md` : undefined;
}

/** How to read a rule's page where there is no link: the command that prints it. */
export function explainCommand(id: string): string {
  return `${TOOL_NAME} explain ${id}`;
}
