import {
  agrees,
  cellText,
  flagText,
  reasonsText,
  recommendationText,
  sideText,
} from '../../core/matrix/render/text';
import type { MatrixModel } from '../../core/matrix/view-model';

// The matrix for a terminal: aligned plain-text columns, one table per category, no Markup to read through.

/** Columns a string takes in a terminal: wide (CJK, emoji) characters take two, combining marks none. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}|\u200d|[\ufe00-\ufe0f]/u.test(ch)) continue;
    const wide =
      /\p{Extended_Pictographic}/u.test(ch) && cp > 0x2fff
        ? true
        : (cp >= 0x1100 && cp <= 0x115f) ||
          (cp >= 0x2e80 && cp <= 0xa4cf) ||
          (cp >= 0xac00 && cp <= 0xd7a3) ||
          (cp >= 0xf900 && cp <= 0xfaff) ||
          (cp >= 0xfe30 && cp <= 0xfe4f) ||
          (cp >= 0xff00 && cp <= 0xff60) ||
          (cp >= 0xffe0 && cp <= 0xffe6) ||
          (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
/** One line, no control characters: a name from the file cannot move the cursor or break the table. */
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();

/** Column widths that fit a header (cells of one or more lines) and every row of several tables. */
export function columnWidths(header: string[][], bodies: string[][][]): number[] {
  return header.map((h, i) =>
    Math.max(...h.map(displayWidth), ...bodies.flatMap((b) => b.map((r) => displayWidth(r[i] ?? '')))),
  );
}

/** A header (cells of one or more lines) and rows as aligned columns two spaces apart, a rule under the header. */
export function textTable(
  header: string[][],
  body: string[][],
  widths = columnWidths(header, [body]),
): string {
  const lines: string[] = [];
  const height = Math.max(...header.map((h) => h.length));
  for (let k = 0; k < height; k++)
    lines.push(
      header
        .map((h, i) => pad(h[k] ?? '', widths[i]!))
        .join('  ')
        .trimEnd(),
    );
  lines.push(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of body)
    lines.push(
      r
        .map((c, i) => pad(c, widths[i]!))
        .join('  ')
        .trimEnd(),
    );
  return lines.join('\n');
}

/** Greedy word wrap of one line at `width` columns, continuation lines indented by `indent` spaces. */
export function wrapLine(line: string, width: number, indent: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const lead = /^ */.exec(line)![0];
  const out: string[] = [];
  let cur = lead;
  for (const word of line.slice(lead.length).split(' ')) {
    const next = cur.trim() === '' ? `${cur}${word}` : `${cur} ${word}`;
    if (displayWidth(next) > width && cur.trim() !== '') {
      out.push(cur);
      cur = `${' '.repeat(indent)}${word}`;
    } else cur = next;
  }
  out.push(cur);
  return out;
}

/**
 * The matrix as plain text for a terminal `width` columns wide: aligned columns when the table fits, else one
 * short block per feature (its plans, side and recommendation, flags), wrapped at the width, so an 80-column
 * terminal never folds a table row into the next.
 */
export function matrixText(m: MatrixModel, width = Number.POSITIVE_INFINITY): string {
  const out: string[] = [`Free/paid matrix${m.product ? ` — ${clean(m.product)}` : ''}`, ''];
  if (m.syntaxError) {
    out.push('The file has YAML syntax errors; fix them to see the matrix.', '');
    return out.join('\n');
  }
  const c = m.counts;
  out.push(
    ...wrapLine(`Growth model: ${clean(m.growth.summary)}`, width, 2),
    ...wrapLine(
      `${c.features} feature${c.features === 1 ? '' : 's'}: ${c.free} free, ${c.paid} paid, ${c.flagged} flagged by the rules.`,
      width,
      0,
    ),
    '',
  );
  if (m.plans.length === 0 || c.features === 0) {
    out.push('No plans or features to show.', '');
    return out.join('\n');
  }
  const header = [
    ['Feature'],
    ...m.plans.map((p) => (p.priceLabel === p.name ? [clean(p.name)] : [clean(p.name), clean(p.priceLabel)])),
    ['Side'],
    ['Recommendation'],
    ['Flags'],
  ];
  let disagreement = false;
  const bodies = m.groups.map((g) =>
    g.rows.map((r) => {
      const reasons = reasonsText(r);
      const ok = agrees(r);
      if (!ok) disagreement = true;
      return [
        `${clean(r.name)}${r.status === 'planned' ? ' (planned)' : ''}`,
        ...r.cells.map((cell) => (cell.kind === 'excluded' ? '—' : clean(cellText(cell)))),
        sideText(r),
        `${ok ? '' : '≠ '}${recommendationText(r)}${reasons ? ` (${reasons})` : ''}`,
        flagText(r),
      ];
    }),
  );
  // one set of widths for every category, so the columns line up down the page
  const widths = columnWidths(header, bodies);
  const tableWidth = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  if (tableWidth <= width)
    m.groups.forEach((g, i) => {
      out.push(clean(g.category), '', textTable(header, bodies[i]!, widths), '');
    });
  else
    m.groups.forEach((g, i) => {
      out.push(clean(g.category), '');
      g.rows.forEach((r, k) => {
        const cells = bodies[i]![k]!;
        const plans = m.plans.map((p, j) => `${clean(p.name)}: ${cells[j + 1]}`).join(' · ');
        const side = r.side && !r.invalid ? `${r.side} side` : sideText(r);
        const reasons = reasonsText(r);
        const rec = `recommended ${recommendationText(r)}${reasons ? ` (${reasons})` : ''}`;
        const lines = [`  ${cells[0]}`, `    ${plans}`, `    ${side} · ${rec}${agrees(r) ? '' : ' ≠'}`];
        const flags = flagText(r);
        if (flags) lines.push(`    ${flags}`);
        for (const l of lines) out.push(...wrapLine(l, width, 6));
      });
      out.push('');
    });
  if (disagreement)
    out.push(
      ...wrapLine(
        '≠ marks a recommendation that disagrees with the side the plan gives the feature.',
        width,
        2,
      ),
      '',
    );
  return out.join('\n');
}
