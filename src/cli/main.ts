import { closest } from '../core/format/closest';
import { UsageError } from './args';
import { CHECK_USAGE, runCheck } from './check';
import { DIFF_USAGE, runDiff } from './diff';
import { EXPLAIN_USAGE, runExplain, runSchema, SCHEMA_USAGE } from './explain';
import { EXPORT_USAGE, runExport } from './export';
import { COMMAND_HELP, commandHelp, shortHelp, toolHelp } from './help';
import { IMPORT_USAGE, runImport } from './import';
import { INIT_USAGE, runInit } from './init';
import { EXIT, type Io, processIo } from './io';
import { LSP_USAGE, runLsp } from './lsp';
import { MARKET_USAGE, runMarket } from './market';
import { MATRIX_USAGE, runMatrix } from './matrix';
import { DocsUrlError, TOOL_VERSION } from './meta';
import { runSuggest, SUGGEST_USAGE } from './suggest';

export interface Command {
  usage: string;
  run(argv: readonly string[], io: Io): number | Promise<number>;
}

/** Every subcommand. A new command is one module, one line here and one entry in help.ts. */
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
  lsp: { usage: LSP_USAGE, run: runLsp },
};

export function usage(): string {
  return toolHelp(TOOL_VERSION, COMMANDS);
}

/** A command's help: its entry in help.ts, or at least its usage line. */
export function helpOf(name: string): string {
  const cmd = COMMANDS[name]!;
  const h = COMMAND_HELP[name];
  return h ? commandHelp(cmd.usage, h) : `Usage: ${cmd.usage}\n`;
}

function unknownCommand(name: string): string {
  const near = closest(name, Object.keys(COMMANDS));
  return `packaging-planner: unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}\nRun packaging-planner --help for the commands.\n`;
}

/** Runs the CLI; never throws: unexpected failures become a one-line message and exit 2. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // no command is a usage error: the usage goes to stderr, stdout stays empty for pipes
    io.stderr(shortHelp(COMMANDS));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic === undefined || topic === '--help' || topic === '-h') {
      io.stdout(usage());
      return EXIT.ok;
    }
    if (!Object.hasOwn(COMMANDS, topic)) {
      io.stderr(unknownCommand(topic));
      return EXIT.usage;
    }
    io.stdout(helpOf(topic));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  const cmd = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!cmd) {
    io.stderr(unknownCommand(name));
    return EXIT.usage;
  }
  const opts = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (opts.includes('--help') || opts.includes('-h')) {
    io.stdout(helpOf(name));
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof DocsUrlError) {
      io.stderr(`packaging-planner: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.stderr(
        `packaging-planner ${name}: ${e.message}\nUsage: ${cmd.usage}\nRun packaging-planner help ${name} for the options.\n`,
      );
      return EXIT.usage;
    }
    io.stderr(`packaging-planner ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.usage;
  }
}
