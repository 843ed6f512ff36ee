import { terminalText } from '../../core/matrix/render/markdown';
import { paint } from './color';
import { type FileReport, type FormatOptions, oneBased, totals } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint-like: a block per file with findings, then a total line. */
export function formatStylish(reports: FileReport[], options: FormatOptions): string {
  const c = paint(options.color);
  if (reports.length === 0) return '';
  const lines: string[] = [];
  for (const r of reports) {
    const shown = options.showAccepted
      ? r.diagnostics
      : r.diagnostics.filter((d) => d.accepted === undefined);
    if (shown.length === 0) continue;
    lines.push(c.underline(terminalText(r.file)));
    const rows = shown.map((d) => {
      const p = oneBased(d.range.start);
      return { pos: `${p.line}:${p.column}`, d };
    });
    const posW = Math.max(...rows.map((x) => x.pos.length));
    for (const { pos, d } of rows) {
      const sev =
        d.accepted !== undefined
          ? c.dim('accepted')
          : d.severity === 'error'
            ? c.red('error  ')
            : d.severity === 'warning'
              ? c.yellow('warning')
              : c.blue('info   ');
      const why =
        d.accepted !== undefined
          ? ` ${c.dim(`(accepted: ${terminalText(d.accepted.replace(/\s*\n\s*/g, ' '))})`)}`
          : '';
      lines.push(
        `  ${c.dim(pos.padEnd(posW))}  ${sev}  ${terminalText(d.message.replace(/\s*\n\s*/g, ' '))}${why}  ${c.dim(d.rule)}`,
      );
    }
    lines.push('');
  }
  const total = totals(reports);
  const n = total.errorCount + total.warningCount + total.infoCount;
  const files = plural(reports.length, 'file');
  const accepted = total.acceptedCount
    ? `; ${total.acceptedCount} accepted${options.showAccepted ? '' : ' (--show-accepted lists them)'}`
    : '';
  if (n === 0) {
    const ok = `${c.bold(`✔ ${files} checked, no problems`)}${accepted ? c.dim(accepted) : ''}\n`;
    return lines.length ? `${lines.join('\n')}\n${ok}` : ok;
  }
  const summary = `✖ ${plural(n, 'problem')} (${plural(total.errorCount, 'error')}, ${plural(total.warningCount, 'warning')}, ${plural(total.infoCount, 'info')}) in ${files}${accepted}`;
  lines.push(total.errorCount > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
  return `${lines.join('\n')}\n`;
}
