// Pieces of a rule's doc page (docs/rules/<id>.md: "## What it checks", "## Why", …) for outputs that carry
// the text itself instead of a link (SARIF rule metadata).

/** The paragraphs under `## heading`, up to the next `## `, blank-line separated, code blocks kept whole. */
export function docSection(doc: string, heading: string): string[] {
  const lines = doc.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return [];
  const out: string[] = [];
  let cur: string[] = [];
  let fenced = false;
  for (const line of lines.slice(start + 1)) {
    if (!fenced && line.startsWith('## ')) break;
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && line.trim() === '') {
      if (cur.length) out.push(cur.join('\n'));
      cur = [];
    } else cur.push(line);
  }
  if (cur.length) out.push(cur.join('\n'));
  return out;
}

/** A paragraph as one line of plain text: Markdown code ticks and emphasis dropped, line breaks joined. */
export function plain(paragraph: string): string {
  return paragraph
    .replace(/\s*\n\s*/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .trim();
}

/**
 * The rule's full description: what it checks (without the "Anchor:" note, which is about positions) and
 * the first paragraph of why. Undefined when the page has neither section.
 */
export function fullDescription(doc: string): { text: string; markdown: string } | undefined {
  const what = docSection(doc, 'What it checks').filter((p) => !/^Anchor:/.test(p));
  const why = docSection(doc, 'Why').slice(0, 1);
  const parts = [...what, ...why].filter((p) => !p.startsWith('```'));
  if (parts.length === 0) return undefined;
  return {
    text: parts.map(plain).join('\n\n'),
    markdown: parts.map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).join('\n\n'),
  };
}
