import type { MatrixModel } from '../view-model';
import {
  acceptedText,
  addOnsText,
  agrees,
  cellText,
  FLAG_MARK,
  flagText,
  reasonsText,
  recommendationText,
  sideText,
} from './text';

/**
 * Text safe inside a GitHub-flavoured Markdown table cell, rendered as the literal text: no line breaks, no
 * control characters, `|` and Markdown punctuation backslash-escaped, `<`, `>` and `&` as entities so no text
 * becomes HTML, and a zero-width space (`&#8203;`) after `@` and `#` and inside `://` and `www.` so GitHub
 * makes no @mention (a notification), no #123 reference (a backslash does not stop it) and no autolink.
 */
export function mdCell(s: string): string {
  return controlsOut(s)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~!]/g, '\\$&')
    .replace(
      /([#@])(?=[\p{L}\p{N}_-])|#|([a-z][a-z0-9+.-]*):\/\/|\b(www)\./giu,
      (m, mark?: string, scheme?: string, www?: string) =>
        mark ? `${mark}&#8203;` : scheme ? `${scheme}&#8203;://` : www ? `${www}&#8203;.` : `\\${m}`,
    )
    .trim();
}

/** A path as a code span when it is plain (letters, digits, `._/@+-` and spaces), else as escaped text. */
export function mdPath(s: string): string {
  return /^[\p{L}\p{N}._/@+ -]+$/u.test(s) ? `\`${s}\`` : mdCell(s);
}

/** C0/C1 control characters and bidirectional overrides, except tab and line breaks, as U+FFFD. */
export function controlsOut(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    '\ufffd',
  );
}

/** User text for a terminal line: controls (ESC, BEL, CR …) shown as U+FFFD, line breaks as spaces. */
export function terminalText(s: string): string {
  return controlsOut(s.replace(/\r\n|\n|\r(?!\n)/g, ' ').replace(/[\u2028\u2029]/g, ' '));
}

export function mdTable(header: string[], body: string[][], align?: ('l' | 'r' | 'c')[]): string {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : align?.[i] === 'c' ? ':---:' : '---'));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(sep), ...body.map(line)].join('\n');
}

/**
 * The free/paid matrix as Markdown: one table per category, plans as columns. The CLI, the PR summary and the
 * webview's "Copy as Markdown" (which passes the groups it shows, and a note on its filters) all use it.
 */
export function matrixMarkdown(m: MatrixModel, opts: { heading?: string; note?: string } = {}): string {
  const out: string[] = [];
  const heading = opts.heading ?? '##';
  out.push(`${heading} Free/paid matrix${m.product ? ` — ${mdCell(m.product)}` : ''}`, '');
  if (m.syntaxError) {
    out.push('The file has YAML syntax errors; fix them to see the matrix.', '');
    return out.join('\n');
  }
  out.push(`Growth model: ${mdCell(m.growth.summary)}`, '');
  const c = m.counts;
  out.push(
    `${c.features} feature${c.features === 1 ? '' : 's'}: ${c.free} free, ${c.paid} paid, ${c.flagged} flagged by the rules.`,
    '',
  );
  const addOns = addOnsText(m);
  if (addOns.length) out.push(`Add-ons: ${addOns.map(mdCell).join('; ')}.`, '');
  if (m.fileFindings.length) out.push(fileFindingsMarkdown(m), '');
  if (opts.note) out.push(`_${mdCell(opts.note)}_`, '');
  if (m.plans.length === 0 || c.features === 0) {
    out.push('No plans or features to show.', '');
    return out.join('\n');
  }
  const header = [
    'Feature',
    ...m.plans.map((p) =>
      p.priceLabel === p.name ? mdCell(p.name) : `${mdCell(p.name)}<br>${mdCell(p.priceLabel)}`,
    ),
    'Side',
    'Recommendation',
    'Flags',
  ];
  for (const g of m.groups) {
    out.push(`${heading}# ${mdCell(g.category)}`, '');
    const body = g.rows.map((r) => {
      const reasons = reasonsText(r);
      const rec = `${recommendationText(r)}${reasons ? ` (${reasons})` : ''}`;
      const flags = [flagText(r), ...acceptedText(r)].filter(Boolean).map(mdCell).join('<br>');
      return [
        `${mdCell(r.name)}${r.status === 'planned' ? ' _(planned)_' : ''}${r.rationale ? `<br>_${mdCell(r.rationale)}_` : ''}`,
        ...r.cells.map((cell) => (cell.kind === 'excluded' ? '—' : mdCell(cellText(cell)))),
        mdCell(sideText(r)),
        agrees(r) ? mdCell(rec) : `**${mdCell(rec)}**`,
        flags,
      ];
    });
    out.push(mdTable(header, body), '');
  }
  return out.join('\n');
}

/** Findings about the file, not one feature (growth model, structure): a list above the tables. */
function fileFindingsMarkdown(m: MatrixModel): string {
  return [
    'File findings:',
    '',
    ...m.fileFindings.map((f) =>
      f.accepted === undefined
        ? `- ${FLAG_MARK[f.severity]} \`${f.rule}\` (line ${f.range.start.line + 1}): ${mdCell(f.message)}`
        : `- accepted \`${f.rule}\`: ${mdCell(f.accepted)}`,
    ),
  ].join('\n');
}
