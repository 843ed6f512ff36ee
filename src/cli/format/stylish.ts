import { paint } from './color';
import { type FileReport, type FormatOptions, oneBased, totals } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint-like: a block per file with findings, then a total line. */
export function formatStylish(reports: FileReport[], options: FormatOptions): string {
  const c = paint(options.color);
  if (reports.length === 0) return '';
  const lines: string[] = [];
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    lines.push(c.underline(r.file));
    const rows = r.diagnostics.map((d) => {
      const p = oneBased(d.range.start);
      return { pos: `${p.line}:${p.column}`, d };
    });
    const posW = Math.max(...rows.map((x) => x.pos.length));
    for (const { pos, d } of rows) {
      const sev =
        d.severity === 'error'
          ? c.red('error  ')
          : d.severity === 'warning'
            ? c.yellow('warning')
            : c.blue('info   ');
      lines.push(
        `  ${c.dim(pos.padEnd(posW))}  ${sev}  ${d.message.replace(/\s*\n\s*/g, ' ')}  ${c.dim(d.rule)}`,
      );
    }
    lines.push('');
  }
  const total = totals(reports);
  const n = total.errorCount + total.warningCount + total.infoCount;
  const files = plural(reports.length, 'file');
  if (n === 0) return `${c.bold(`✔ ${files} checked, no problems`)}\n`;
  const summary = `✖ ${plural(n, 'problem')} (${plural(total.errorCount, 'error')}, ${plural(total.warningCount, 'warning')}, ${plural(total.infoCount, 'info')}) in ${files}`;
  lines.push(total.errorCount > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  return `${lines.join('\n')}\n`;
}
