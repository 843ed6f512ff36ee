import { writeFileSync } from 'node:fs';
import { check } from '../core/check';
import { fixAll } from '../core/edit/verify';
import { RULES_BY_ID } from '../core/rules';
import { oneOf, parseArgs, parseMaxWarnings, UsageError } from './args';
import { displayPath, InputError, readText, resolveInputs } from './files';
import { CHECK_FORMATS } from './format';
import { type FileReport, totals } from './format/types';
import { EXIT, type Io } from './io';
import { docsBaseUrl } from './meta';
import { unifiedDiff } from './unidiff';
import { CHECK_USAGE } from './usage';

export { CHECK_USAGE };

/**
 * `--rule viral-wall:off`: severity overrides from the command line, like the editor settings. The file's
 * `rules:` block still wins, but the command line may lower the structure rules the file cannot (spec 4).
 */
function ruleOverrides(specs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const spec of specs) {
    const m = /^([a-z][a-z0-9-]*)[:=](error|warning|info|off)$/.exec(spec.trim());
    if (!m) throw new UsageError(`--rule takes RULE:SEVERITY (error, warning, info or off), not "${spec}"`);
    if (!RULES_BY_ID.has(m[1]!)) throw new UsageError(`--rule: unknown rule "${m[1]}"`);
    out[m[1]!] = m[2]!;
  }
  return out;
}

/** Checks files and reports; returns the exit code of spec section 5. */
export function runCheck(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, {
    values: ['format', 'max-warnings'],
    flags: ['quiet', 'no-color', 'color', 'show-accepted', 'fix', 'fix-dry-run'],
    lists: ['rule'],
  });
  const rules = ruleOverrides(args.lists.rule ?? []);
  const fix = args.flags.has('fix');
  const dryRun = args.flags.has('fix-dry-run');
  if (fix && dryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  const formats = Object.keys(CHECK_FORMATS);
  const format = oneOf('format', args.values.format, formats, 'stylish');
  const maxWarnings = parseMaxWarnings(args.values['max-warnings']);
  const quiet = args.flags.has('quiet');
  const color =
    !args.flags.has('no-color') && (args.flags.has('color') || (io.isTTY && io.env.NO_COLOR === undefined));

  let files: string[];
  try {
    files = resolveInputs(args.positionals, io.cwd, (m) => io.stderr(`packaging-planner: ${m}\n`));
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`packaging-planner: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  const reports: FileReport[] = [];
  let unreadable = false;
  let fixedCount = 0;
  let fixedFiles = 0;
  let suggestions = 0;
  const patches: string[] = [];
  for (const f of files) {
    const shown = displayPath(f, io.cwd);
    const read = readText(f);
    if (!read.ok) {
      io.stderr(`packaging-planner: ${shown}: ${read.reason}\n`);
      unreadable = true;
      continue;
    }
    let text = read.text;
    let result = check(text, { rules });
    if (fix || dryRun) {
      // Fixes only, verified (spec 5.1): never a suggestion, which decides for the PM. The file is rewritten only
      // when the fixed text passed the same checks.
      const out = fixAll(text, { rules });
      suggestions += out.suggestions;
      if (out.fixed > 0 && out.text !== text) {
        fixedCount += out.fixed;
        fixedFiles++;
        if (dryRun) patches.push(unifiedDiff(shown, text, out.text));
        else {
          try {
            writeFileSync(f, read.bom ? `\ufeff${out.text}` : out.text);
          } catch (e) {
            io.stderr(`packaging-planner: ${shown}: cannot write the fixes: ${(e as Error).message}\n`);
            unreadable = true;
            continue;
          }
        }
        text = out.text;
        result = out.result;
      }
    }
    const diagnostics = quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    reports.push({ file: shown, text, result, diagnostics });
  }
  const report = CHECK_FORMATS[format]!(reports, {
    color,
    showAccepted: args.flags.has('show-accepted'),
    docsUrl: docsBaseUrl(io.env),
  });
  if (dryRun) {
    // The patch alone on stdout (`| git apply` works); what would remain goes to stderr.
    io.stdout(patches.join(''));
    io.stderr(report);
  } else io.stdout(report);
  if (fix || dryRun) {
    const remaining = reports.reduce((n, r) => n + r.diagnostics.length, 0);
    io.stderr(
      `packaging-planner: ${dryRun ? 'would fix' : 'fixed'} ${plural(fixedCount, 'finding')} in ${plural(fixedFiles, 'file')}; ${remaining} remain${remaining === 1 ? 's' : ''}; ${plural(suggestions, 'suggestion')} left for a person (--fix never changes a packaging decision)\n`,
    );
  }
  if (unreadable) return EXIT.usage;
  const { errorCount: errors, warningCount: warnings } = totals(reports);
  if (errors > 0) return EXIT.findings;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    if (format === 'stylish')
      io.stderr(
        `packaging-planner: ${plural(warnings, 'warning')}, more than --max-warnings ${maxWarnings}\n`,
      );
    return EXIT.findings;
  }
  return EXIT.ok;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
