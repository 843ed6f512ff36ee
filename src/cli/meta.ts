import { version as pkgVersion, repository } from '../../package.json';

declare const __VERSION__: string | undefined;

export const TOOL_NAME = 'packaging-planner';
export const TOOL_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : pkgVersion;

/** The project's home page, from package.json `repository.url` (without `.git`). */
export const HOME_URL = repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Where a rule's doc page is read on the web: docs/rules/<id>.md of the repository. */
export function ruleDocUrl(id: string): string {
  return `${HOME_URL}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}
