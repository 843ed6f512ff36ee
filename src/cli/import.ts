import path from 'node:path';
import { ImportError, importPricing2Yaml } from '../core/interop/import/pricing2yaml';
import { parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { EXIT, type Io } from './io';
import { IMPORT_USAGE } from './usage';

export { IMPORT_USAGE };

/** Pricing2Yaml -> packaging.yaml on stdout; what could not be carried over goes to stderr. */
export function runImport(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { flags: ['quiet'] });
  if (args.positionals.length !== 1) throw new UsageError('import takes exactly one Pricing2Yaml FILE');
  const file = args.positionals[0]!;
  const shown = displayPath(path.resolve(io.cwd, file), io.cwd);
  const read = readText(path.resolve(io.cwd, file));
  if (!read.ok) {
    io.stderr(`packaging-planner: ${shown}: ${read.reason}\n`);
    return EXIT.usage;
  }
  try {
    const r = importPricing2Yaml(read.text);
    io.stdout(r.text);
    if (!args.flags.has('quiet')) {
      for (const w of r.warnings) io.stderr(`packaging-planner: ${shown}: note: ${w}\n`);
      const s = r.stats;
      const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
      io.stderr(
        `packaging-planner: ${shown}: imported ${n(s.plans, 'plan')}, ${n(s.addOns, 'add-on')}, ${n(s.features, 'feature')} (${s.addOnFeatures} with an add-on) and ${n(s.limitRows, 'limit row')}; ${s.limitsKept} of ${r.source.usageLimits} usage limits kept as data${s.limitsUnbounded ? ` (${s.limitsUnbounded} unlimited everywhere)` : ''}; ${n(s.notes, 'note')} in the file\n`,
      );
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ImportError) {
      io.stderr(`packaging-planner: ${shown}: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
