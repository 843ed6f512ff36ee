import path from 'node:path';
import { ImportError, type ImportResult, importPricing2Yaml } from '../core/interop/import/pricing2yaml';
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
      io.stderr(`packaging-planner: ${shown}: ${importSummary(r)}\n`);
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

const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;

/**
 * The one-line summary: what was written, and what became of every usage limit of the source. Only what is
 * data counts as kept; a comment, a placement or a drop is said as such (issue 18.6).
 */
export function importSummary(r: ImportResult): string {
  const s = r.stats;
  const featureParts = [
    s.addOnFeatures ? `${s.addOnFeatures} with an add-on only` : '',
    s.planAndAddOnFeatures ? `${s.planAndAddOnFeatures} with a plan and an add-on` : '',
  ].filter(Boolean);
  const limits = [
    `${s.limitsKept} of ${r.source.usageLimits} usage limits kept as data`,
    s.limitsInComments ? `${s.limitsInComments} kept as a comment` : '',
    s.limitsInPlacement ? `${s.limitsInPlacement} read into which plans include a feature` : '',
    s.limitsUnbounded ? `${s.limitsUnbounded} unlimited everywhere` : '',
    s.limitsDropped ? `${s.limitsDropped} dropped` : '',
  ].filter(Boolean);
  const raises = s.extensionsInComments
    ? `; ${n(s.extensionsInComments, 'usage limit')} raised by add-ons kept as comments`
    : '';
  return `imported ${n(s.plans, 'plan')}, ${n(s.addOns, 'add-on')}, ${n(s.features, 'feature')}${featureParts.length ? ` (${featureParts.join(', ')})` : ''} and ${n(s.limitRows, 'limit row')}; ${limits.join(', ')}${raises}; ${n(s.notes, 'comment')} in the file`;
}
