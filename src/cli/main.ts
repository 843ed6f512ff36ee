import { UsageError } from './args';
import { CHECK_USAGE, runCheck } from './check';
import { DIFF_USAGE, runDiff } from './diff';
import { EXPLAIN_USAGE, runExplain, runSchema, SCHEMA_USAGE } from './explain';
import { EXPORT_USAGE, runExport } from './export';
import { IMPORT_USAGE, runImport } from './import';
import { INIT_USAGE, runInit } from './init';
import { EXIT, type Io, processIo } from './io';
import { MARKET_USAGE, runMarket } from './market';
import { MATRIX_USAGE, runMatrix } from './matrix';
import { runSuggest, SUGGEST_USAGE } from './suggest';

export interface Command {
  usage: string;
  run(argv: readonly string[], io: Io): number | Promise<number>;
}

/** Every subcommand. A new command is one module plus one line here. */
export const COMMANDS: Record<string, Command> = {
  check: { usage: CHECK_USAGE, run: runCheck },
  matrix: { usage: MATRIX_USAGE, run: runMatrix },
  diff: { usage: DIFF_USAGE, run: runDiff },
  import: { usage: IMPORT_USAGE, run: runImport },
  export: { usage: EXPORT_USAGE, run: runExport },
  schema: { usage: SCHEMA_USAGE, run: runSchema },
  explain: { usage: EXPLAIN_USAGE, run: runExplain },
  suggest: { usage: SUGGEST_USAGE, run: runSuggest },
  market: { usage: MARKET_USAGE, run: runMarket },
  init: { usage: INIT_USAGE, run: runInit },
};

export function usage(): string {
  return `Usage:\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}\n  packaging-planner --version\n`;
}

/** Runs the CLI; never throws: unexpected failures become a one-line message and exit 2. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // no command is a usage error: the usage goes to stderr, stdout stays empty for pipes
    io.stderr(usage());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const sub = name === 'help' && rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
    io.stdout(sub ? `Usage: ${sub.usage}\n` : usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev'}\n`);
    return EXIT.ok;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr(`packaging-planner: unknown command "${name}"\n${usage()}`);
    return EXIT.usage;
  }
  const opts = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (opts.includes('--help') || opts.includes('-h')) {
    io.stdout(`Usage: ${cmd.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`packaging-planner ${name}: ${e.message}\nUsage: ${cmd.usage}\n`);
      return EXIT.usage;
    }
    io.stderr(`packaging-planner ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.usage;
  }
}

declare const __VERSION__: string | undefined;
