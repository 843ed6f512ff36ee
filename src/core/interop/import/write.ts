import type { Json, Obj } from './read';

// Writing the packaging.yaml text: by hand rather than through yaml's Document (5x faster on the corpus, and
// the shape is fixed), each element preceded by its comments.

/** One list item of the output and the comments written above it. */
export interface Row {
  value: Obj;
  comments: string[];
}

export interface Output {
  /** what the header names: the source's saasName and version */
  from: (string | number)[];
  product: Obj;
  plans: Row[];
  addOns: Row[];
  features: Row[];
}

/** The file's text and how many comments it holds. */
export function writePackaging(out: Output): { text: string; comments: number } {
  const lines: string[] = [
    `# Imported from Pricing2Yaml${out.from.length ? ` (${oneLine(out.from.join(', '))})` : ''} by packaging-planner import.`,
    '# Add a `growth` block and `signals` on each feature to run the packaging test.',
    '',
    'version: 1',
    'product:',
  ];
  for (const [k, v] of Object.entries(out.product)) lines.push(`  ${k}: ${scalar(v)}`);
  let comments = 0;
  const emitRows = (key: string, list: Row[]) => {
    lines.push(list.length > 0 ? `${key}:` : `${key}: []`);
    for (const r of list) {
      for (const c of r.comments) {
        lines.push(`  # ${oneLine(c)}`);
        comments++;
      }
      emitItem(lines, r.value);
    }
  };
  emitRows('plans', out.plans);
  if (out.addOns.length > 0) emitRows('addOns', out.addOns);
  emitRows('features', out.features);
  return { text: `${lines.join('\n')}\n`, comments };
}

const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;

export function oneLine(s: string): string {
  return s.replace(LINE_BREAKS, ' ');
}

const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9 _.,/()+&'-]*$/;
const YAML_WORDS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
const TRAILING_SPACE = /\s$/;
// not ending in `:` (`https://x.io:` would read as a map key)
const PLAIN_URL = /^https?:\/\/[^\s#'"{}[\],]*[^\s#'"{}[\],:]$/;

/** A YAML 1.2 scalar; JSON strings are valid double-quoted YAML scalars. */
function scalar(v: Json): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '.inf';
  if (typeof v === 'boolean' || v === null) return String(v);
  if (typeof v === 'string') {
    if (PLAIN_SAFE.test(v) && !YAML_WORDS.test(v) && !TRAILING_SPACE.test(v) && !v.includes(' #')) return v;
    if (PLAIN_URL.test(v)) return v;
    return JSON.stringify(v);
  }
  return JSON.stringify(v);
}

const ID = /^[a-z][a-z0-9-]*$/;

/** A scalar inside `[...]`, where a plain `,` would split it: ids plain, the rest quoted. */
function flowScalar(v: Json): string {
  return typeof v === 'string' && ID.test(v) && !YAML_WORDS.test(v) ? v : JSON.stringify(v);
}

/** A list item: scalars, one level of mapping (limits), and lists of ids written in flow style. */
function emitItem(lines: string[], item: Obj): void {
  let lead = '  - ';
  for (const k in item) {
    const v = item[k]!;
    // the rare shapes in functions of their own: V8 recompiled this loop each time it first met one
    if (typeof v === 'object' && v !== null) emitNested(lines, lead, k, v);
    else lines.push(`${lead}${k}: ${scalar(v)}`);
    lead = '    ';
  }
}

function emitNested(lines: string[], lead: string, k: string, v: Json[] | Obj): void {
  if (Array.isArray(v)) {
    lines.push(`${lead}${k}: [${v.map(flowScalar).join(', ')}]`);
    return;
  }
  lines.push(`${lead}${k}:`);
  for (const k2 in v) lines.push(`      ${scalar(k2)}: ${scalar(v[k2]!)}`);
}
