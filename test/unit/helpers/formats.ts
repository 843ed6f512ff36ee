import assert from 'node:assert/strict';
import type { FileReport } from '../../../src/cli/format/types';
import { check } from '../../../src/core/check';

// Shared by the format tests: a report from text, a file full of escapes, and a GFM table reader.

export function report(file: string, text: string): FileReport {
  const result = check(text);
  return { file, text, result, diagnostics: result.diagnostics };
}

// Text that exercises every escape: pipes, commas, colons, percent, newlines, HTML, Markdown, emoji
// (a UTF-16 surrogate pair before the finding, so columns count code units).
export const NASTY = `version: 1
product: {name: "Acme | <b>Boards</b> 100% *fun*"}
plans:
  - {id: free, name: "Free | tier", price: 0}
  - {id: pro, name: "Pro, <script>alert(1)</script>", price: 10}
features:
  - id: share
    name: "Share | boards, 50%: \`now\`"
    description: "Line one\\nLine two <img src=x onerror=alert(1)>"
    category: "Collab | <i>team</i>"
    plan: pro
    signals: {virality: true}
  - {id: emoji, name: "😀 | x", plan: nope}
`;

/** Splits a GFM table row on unescaped pipes and undoes our cell escaping. */
export function parseRow(line: string): string[] {
  assert.ok(line.startsWith('| ') && line.endsWith(' |'), line);
  const cells: string[] = [];
  let cur = '';
  const inner = line.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === '\\' && i + 1 < inner.length) {
      cur += ch + inner[++i];
    } else if (ch === '|') {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells.map((c) =>
    c.trim().replace(/\\(.)/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

/** The tables of a Markdown text: header, and the rows after the delimiter row. */
export function tables(md: string): { header: string[]; rows: string[][] }[] {
  const lines = md.split('\n');
  const out: { header: string[]; rows: string[][] }[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i]!.startsWith('| ') && /^\| (:?-{3,}:? \| )*:?-{3,}:? \|$/.test(lines[i + 1]!)) {
      const header = parseRow(lines[i]!);
      const rows: string[][] = [];
      let j = i + 2;
      for (; j < lines.length && lines[j]!.startsWith('| '); j++) {
        const row = parseRow(lines[j]!);
        assert.equal(row.length, header.length, `row width: ${lines[j]}`);
        rows.push(row);
      }
      out.push({ header, rows });
      i = j;
    }
  }
  return out;
}
