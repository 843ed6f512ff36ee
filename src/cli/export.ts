import path from 'node:path';
import type * as Exporter from '../core/interop/export/pricing2yaml';
import { oneOf, parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { EXIT, type Io } from './io';
import { EXPORT_USAGE } from './usage';

export { EXPORT_USAGE };

const FORMATS = ['pricing2yaml'] as const;

/** packaging.yaml -> Pricing2Yaml 3.0 on stdout; what the format cannot hold goes to stderr. */
export function runExport(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['format', 'currency'], flags: ['quiet'] });
  oneOf('format', args.values.format, FORMATS, 'pricing2yaml');
  if (args.positionals.length !== 1) throw new UsageError('export takes exactly one packaging FILE');
  const currency = args.values.currency;
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency))
    throw new UsageError(`--currency ${currency}: use an ISO 4217 code such as USD or EUR`);
  const file = args.positionals[0]!;
  const shown = displayPath(path.resolve(io.cwd, file), io.cwd);
  const read = readText(path.resolve(io.cwd, file));
  if (!read.ok) {
    io.stderr(`packaging-planner: ${shown}: ${read.reason}\n`);
    return EXIT.usage;
  }
  // loaded on demand, from a file of its own in dist/ (scripts/esbuild-cli.mjs): only `export` needs js-yaml
  const { ExportError, exportPricing2Yaml } =
    require('../core/interop/export/pricing2yaml') as typeof Exporter;
  try {
    const r = exportPricing2Yaml(read.text, {
      createdAt: new Date().toISOString().slice(0, 10),
      ...(currency ? { currency } : {}),
    });
    io.stdout(r.text);
    if (!args.flags.has('quiet'))
      for (const w of r.warnings) io.stderr(`packaging-planner: ${shown}: note: ${w}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ExportError) {
      io.stderr(`packaging-planner: ${shown}: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
