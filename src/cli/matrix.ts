import path from 'node:path';
import { check } from '../core/check';
import { matrixMarkdown } from '../core/matrix/render/markdown';
import { buildMatrix } from '../core/matrix/view-model';
import { oneOf, parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { EXIT, type Io } from './io';
import { matrixCsv } from './matrix/csv';
import { matrixHtml } from './matrix/html';
import { matrixText } from './matrix/text';
import { MATRIX_USAGE } from './usage';

export { MATRIX_USAGE };

const FORMATS = ['text', 'markdown', 'html', 'csv', 'json'] as const;

/**
 * Renders the free/paid matrix of one file: a plain-text table in a terminal, Markdown into a pipe or file.
 * It prints what it can of a file with errors, then exits 1 (like check), so a script never takes a broken
 * file's matrix for a good one.
 */
export function runMatrix(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['format'] });
  const format = oneOf('format', args.values.format, FORMATS, io.isTTY ? 'text' : 'markdown');
  if (args.positionals.length !== 1) throw new UsageError('matrix takes exactly one FILE');
  const file = args.positionals[0]!;
  const read = readText(path.resolve(io.cwd, file));
  if (!read.ok) {
    io.stderr(`packaging-planner: ${displayPath(file, io.cwd)}: ${read.reason}\n`);
    return EXIT.usage;
  }
  const result = check(read.text);
  const m = buildMatrix(result);
  const text =
    format === 'html'
      ? matrixHtml(m)
      : format === 'csv'
        ? matrixCsv(m)
        : format === 'json'
          ? `${JSON.stringify(m, oneBasedPositions, 2)}\n`
          : format === 'text'
            ? `${matrixText(m, terminalWidth(io))}\n`
            : `${matrixMarkdown(m)}\n`;
  io.stdout(text);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors === 0) return EXIT.ok;
  io.stderr(
    `packaging-planner: ${displayPath(file, io.cwd)} has ${errors} error${errors === 1 ? '' : 's'}; \`packaging-planner check ${file}\` lists them\n`,
  );
  return EXIT.findings;
}

/** The terminal's width (the Io's, else $COLUMNS); no limit when unknown (a file, a pipe). */
export function terminalWidth(io: Io): number {
  const cols = io.columns ?? Number(io.env.COLUMNS);
  return Number.isInteger(cols) && cols >= 20 ? cols : Number.POSITIVE_INFINITY;
}

/**
 * JSON.stringify replacer: the core's 0-based `{line, character}` positions become the CLI's 1-based
 * `{line, column}` (spec section 5: every position the CLI prints is 1-based, a range's end exclusive).
 */
export function oneBasedPositions(_key: string, v: unknown): unknown {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const keys = Object.keys(v);
    const p = v as { line?: unknown; character?: unknown };
    if (keys.length === 2 && typeof p.line === 'number' && typeof p.character === 'number')
      return { line: p.line + 1, column: p.character + 1 };
  }
  return v;
}
