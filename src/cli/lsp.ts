import { UsageError } from './args';
import type { Io } from './io';
import { LSP_USAGE } from './usage';

export { LSP_USAGE };

/** Runs the language server until the client sends `exit` or closes stdin; never resolves before that. */
export async function runLsp(argv: readonly string[], _io: Io): Promise<number> {
  const unknown = argv.find(
    (a) => a !== '--stdio' && a !== '--node-ipc' && !a.startsWith('--clientProcessId'),
  );
  if (unknown !== undefined) throw new UsageError(`unknown option "${unknown}"`);
  // loaded on demand, from a file of its own in dist/ (scripts/esbuild-cli.mjs): the other commands do not parse the
  // protocol library
  const { startNodeServer, transportOf } = require('../server/node') as typeof import('../server/node');
  const transport = transportOf(argv);
  if (!transport) throw new UsageError('choose one transport: --stdio or --node-ipc');
  startNodeServer(transport);
  return new Promise<number>(() => {});
}
