import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as Templates from '../core/templates';
import { parseArgs, UsageError } from './args';
import { displayPath } from './files';
import { EXIT, type Io } from './io';
import { INIT_USAGE } from './usage';

export { INIT_USAGE };

/** Writes a commented starting file for an archetype; never overwrites without --force. */
export function runInit(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['template'], flags: ['list', 'force'] });
  // loaded on demand, from a file of its own in dist/ (scripts/esbuild-cli.mjs): only `init` reads the templates
  const { TEMPLATES, templateByName } = require('../core/templates') as typeof Templates;
  if (args.flags.has('list')) {
    if (args.values.template !== undefined || args.positionals.length)
      throw new UsageError('--list takes no template and no PATH');
    io.stdout(TEMPLATES.map((t) => `${t.name}\n`).join(''));
    return EXIT.ok;
  }
  const name = args.values.template;
  if (name === undefined) throw new UsageError(`choose a template with --template NAME (see --list)`);
  const t = templateByName(name);
  if (!t)
    throw new UsageError(`unknown template "${name}"; use one of ${TEMPLATES.map((x) => x.name).join(', ')}`);
  if (args.positionals.length > 1) throw new UsageError('init takes at most one PATH');
  const full = path.resolve(io.cwd, args.positionals[0] ?? 'packaging.yaml');
  const shown = displayPath(full, io.cwd);
  if (existsSync(full) && !args.flags.has('force')) {
    io.stderr(`packaging-planner: ${shown}: already exists; pass --force to overwrite it\n`);
    return EXIT.usage;
  }
  try {
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, t.text);
  } catch (e) {
    io.stderr(`packaging-planner: ${shown}: ${(e as Error).message}\n`);
    return EXIT.usage;
  }
  io.stderr(`packaging-planner: wrote ${shown} from the ${t.title.toLowerCase()} template\n`);
  return EXIT.ok;
}
