import path from 'node:path';
import { check } from '../core/check';
import { buildMatrix } from '../core/matrix';
import { matrixMarkdown } from '../core/render/markdown';
import { oneOf, parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { EXIT, type Io } from './io';
import { matrixCsv } from './matrix/csv';
import { matrixHtml } from './matrix/html';

export const MATRIX_USAGE = 'packaging-planner matrix FILE [--format markdown|html|csv|json]';
const FORMATS = ['markdown', 'html', 'csv', 'json'] as const;

/** Renders the free/paid matrix of one file. Exit 0 whatever the findings: it is a view, not a gate. */
export function runMatrix(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['format'] });
  const format = oneOf('format', args.values.format, FORMATS, 'markdown');
  if (args.positionals.length !== 1) throw new UsageError('matrix takes exactly one FILE');
  const file = args.positionals[0]!;
  const read = readText(path.resolve(io.cwd, file));
  if (!read.ok) {
    io.stderr(`packaging-planner: ${displayPath(file, io.cwd)}: ${read.reason}\n`);
    return EXIT.usage;
  }
  const m = buildMatrix(check(read.text));
  const text =
    format === 'html'
      ? matrixHtml(m)
      : format === 'csv'
        ? matrixCsv(m)
        : format === 'json'
          ? `${JSON.stringify(m, oneBasedPositions, 2)}\n`
          : `${matrixMarkdown(m)}\n`;
  io.stdout(text);
  return EXIT.ok;
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
