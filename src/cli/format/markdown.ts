import { matrixMarkdown, mdCell, mdPath, mdTable } from '../../core/matrix/render/markdown';
import { FLAG_MARK } from '../../core/matrix/render/text';
import { buildMatrix } from '../../core/matrix/view-model';
import { explainCommand, ruleDocUrl } from '../meta';
import { counts, type FileReport, type FormatOptions, oneBased, totals } from './types';

// A summary fit for a pull request comment or $GITHUB_STEP_SUMMARY: totals, a table of files, the
// findings grouped by file, and each file's free/paid matrix (folded, since it can be long).

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A rule id as a link to its page under the docs base URL, or as code when there is none. */
export function ruleRef(rule: string, docsUrl: string | undefined): string {
  const url = ruleDocUrl(rule, docsUrl);
  return url ? `[${rule}](${url})` : `\`${rule}\``;
}

/** Where to read a rule's page when the rule ids are not links. */
export function explainNote(docsUrl: string | undefined): string[] {
  return docsUrl ? [] : [`Each rule is explained by \`${explainCommand('RULE')}\`.`, ''];
}

export function formatMarkdown(reports: FileReport[], options: Partial<FormatOptions> = {}): string {
  const out: string[] = ['## Packaging Planner', ''];
  const total = totals(reports);
  const n = total.errorCount + total.warningCount + total.infoCount;
  const files = plural(reports.length, 'file');
  const accepted = total.acceptedCount ? ` ${total.acceptedCount} accepted (not counted).` : '';
  out.push(
    n === 0
      ? `✔ ${files} checked, no problems.${accepted}`
      : `${total.errorCount > 0 ? '✖' : '⚠'} ${plural(total.errorCount, 'error')}, ${plural(total.warningCount, 'warning')}, ${plural(total.infoCount, 'info')} in ${files}.${accepted}`,
    '',
  );
  if (reports.length === 0) return `${out.join('\n')}\n`;
  out.push(
    mdTable(
      ['File', 'Errors', 'Warnings', 'Infos', 'Features (free / paid)'],
      reports.map((r) => {
        const k = counts(r.diagnostics);
        const free = r.result.features.filter((f) => f.side === 'free').length;
        const paid = r.result.features.filter((f) => f.side === 'paid').length;
        return [
          mdPath(r.file),
          String(k.errorCount),
          String(k.warningCount),
          String(k.infoCount),
          `${r.result.features.length} (${free} / ${paid})`,
        ];
      }),
      ['l', 'r', 'r', 'r', 'r'],
    ),
    '',
  );
  if (n > 0) out.push(...explainNote(options.docsUrl));
  for (const r of reports) {
    out.push(`### ${mdCell(r.file)}`, '');
    const open = r.diagnostics.filter((d) => d.accepted === undefined);
    const acceptedHere = r.diagnostics.filter((d) => d.accepted !== undefined);
    if (open.length === 0) out.push('No problems.', '');
    else {
      out.push(
        mdTable(
          ['Line', 'Severity', 'Rule', 'Message'],
          open.map((d) => {
            const p = oneBased(d.range.start);
            return [
              `${p.line}:${p.column}`,
              `${FLAG_MARK[d.severity]} ${d.severity}`,
              ruleRef(d.rule, options.docsUrl),
              mdCell(d.message),
            ];
          }),
          ['r', 'l', 'l', 'l'],
        ),
        '',
      );
    }
    if (acceptedHere.length) {
      // Reviewers must see what was waved through, and why.
      out.push(
        `<details><summary>Accepted findings (${acceptedHere.length})</summary>`,
        '',
        mdTable(
          ['Line', 'Rule', 'Reason', 'Finding'],
          acceptedHere.map((d) => {
            const p = oneBased(d.range.start);
            return [
              `${p.line}:${p.column}`,
              ruleRef(d.rule, options.docsUrl),
              mdCell(d.accepted!),
              mdCell(d.message),
            ];
          }),
          ['r', 'l', 'l', 'l'],
        ),
        '',
        '</details>',
        '',
      );
    }
    if (!r.result.syntaxError && r.result.model) {
      out.push(
        '<details><summary>Free/paid matrix</summary>',
        '',
        matrixMarkdown(buildMatrix(r.result), { heading: '####' }),
        '</details>',
        '',
      );
    }
  }
  return `${out.join('\n')}\n`;
}
