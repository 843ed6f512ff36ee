import { closest } from '../core/format/closest';
import { isUsageError } from './args';
import { COMMAND_HELP, commandHelp, shortHelp, toolHelp } from './help';
import { EXIT, type Io, processIo } from './io';
import { isDocsUrlError, TOOL_VERSION } from './meta';
import {
  CHECK_USAGE,
  DIFF_USAGE,
  EXPLAIN_USAGE,
  EXPORT_USAGE,
  IMPORT_USAGE,
  INIT_USAGE,
  LSP_USAGE,
  MARKET_USAGE,
  MATRIX_USAGE,
  SCHEMA_USAGE,
  SUGGEST_USAGE,
} from './usage';

export interface Command {
  usage: string;
  run(argv: readonly string[], io: Io): number | Promise<number>;
}

type Run = Command['run'];

/**
 * A command's code is loaded when it runs (a `require` that scripts/esbuild-cli.mjs turns into a file of its own
 * beside dist/cli.js): start-up parses only this entry, and `check` does not pay for `import` or `lsp`.
 */
const later =
  (load: () => Run): Run =>
  (argv, io) =>
    load()(argv, io);

/** Every subcommand. A new command is one module, its usage in usage.ts, one line here and one entry in help.ts. */
export const COMMANDS: Record<string, Command> = {
  check: { usage: CHECK_USAGE, run: later(() => (require('./check') as typeof import('./check')).runCheck) },
  matrix: {
    usage: MATRIX_USAGE,
    run: later(() => (require('./matrix') as typeof import('./matrix')).runMatrix),
  },
  diff: { usage: DIFF_USAGE, run: later(() => (require('./diff') as typeof import('./diff')).runDiff) },
  import: {
    usage: IMPORT_USAGE,
    run: later(() => (require('./import') as typeof import('./import')).runImport),
  },
  export: {
    usage: EXPORT_USAGE,
    run: later(() => (require('./export') as typeof import('./export')).runExport),
  },
  schema: {
    usage: SCHEMA_USAGE,
    run: later(() => (require('./explain') as typeof import('./explain')).runSchema),
  },
  explain: {
    usage: EXPLAIN_USAGE,
    run: later(() => (require('./explain') as typeof import('./explain')).runExplain),
  },
  suggest: {
    usage: SUGGEST_USAGE,
    run: later(() => (require('./suggest') as typeof import('./suggest')).runSuggest),
  },
  market: {
    usage: MARKET_USAGE,
    run: later(() => (require('./market') as typeof import('./market')).runMarket),
  },
  init: { usage: INIT_USAGE, run: later(() => (require('./init') as typeof import('./init')).runInit) },
  lsp: { usage: LSP_USAGE, run: later(() => (require('./lsp') as typeof import('./lsp')).runLsp) },
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
    if (isDocsUrlError(e)) {
      io.stderr(`packaging-planner: ${e.message}\n`);
      return EXIT.usage;
    }
    if (isUsageError(e)) {
      io.stderr(
        `packaging-planner ${name}: ${e.message}\nUsage: ${cmd.usage}\nRun packaging-planner help ${name} for the options.\n`,
      );
      return EXIT.usage;
    }
    io.stderr(`packaging-planner ${name}: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.usage;
  }
}
