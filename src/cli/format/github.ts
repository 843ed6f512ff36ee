import { controlsOut } from '../../core/matrix/render/markdown';
import type { Severity } from '../../core/types';
import type { FileReport } from './types';

// GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message`.
// Escaping follows the runner (actions/toolkit command.ts): the message escapes % CR LF, property values
// also `:` and `,`. Positions are 1-based; endColumn is exclusive like every position the CLI prints.

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

export function escapeData(s: string): string {
  // Control characters (ESC, BEL …) would reach the log viewer raw: they become U+FFFD first.
  return controlsOut(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(
  command: string,
  properties: Record<string, string | number>,
  message: string,
): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function formatGithub(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      // Accepted findings are decisions, not annotations.
      if (d.accepted !== undefined) continue;
      lines.push(
        workflowCommand(
          COMMAND[d.severity],
          {
            file: r.file,
            line: d.range.start.line + 1,
            col: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            title: d.rule,
          },
          d.message,
        ),
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
