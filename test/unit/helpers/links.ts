// Finds links that cannot resolve: placeholder hosts (RFC 2606/6761 reserved names, example.com) and any
// address of the tool's own (it has no public home yet, so such a link is made up).

const URL_RE = /\b(?:https?|ftp):\/\/[^\s"'`<>()[\]{}|\\^]+/gi;

function deadHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return (
    /(^|\.)(invalid|test|localhost|example)$/.test(h) ||
    /(^|\.)example\.(com|net|org)$/.test(h) ||
    h.includes('packaging-planner')
  );
}

/**
 * Every dead link in a text, with its line. Allowed: a `url:` value on the reserved `.example` TLD in YAML,
 * which is a fictional product's address in sample data (the tool never prints it), not a link to follow.
 */
export function deadLinks(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/example\.invalid/i.test(line) && !URL_RE.test(line))
      out.push(`${i + 1}: ${line.trim().slice(0, 120)}`);
    URL_RE.lastIndex = 0;
    for (const m of line.matchAll(URL_RE)) {
      let host: string;
      try {
        host = new URL(m[0]).hostname;
      } catch {
        out.push(`${i + 1}: unparsable ${m[0]}`);
        continue;
      }
      const sample = /^\s*url:\s*/.test(line) && /\.example$/i.test(host);
      if (deadHost(host) && !sample) out.push(`${i + 1}: ${m[0]}`);
      // a GitHub address of the tool itself (owner or repository named packaging-planner)
      if (/^(www\.)?github\.com$/i.test(host) && /^\/packaging-planner(\/|$)/i.test(new URL(m[0]).pathname))
        out.push(`${i + 1}: ${m[0]}`);
    }
  });
  return out;
}
