// Where the cursor sits in a packaging file, read from indentation rather than from a parse: while
// the user types, the YAML is often broken, and completions must still know the enclosing keys.
// Pure (no vscode), so it is unit-tested on plain strings.

export interface CursorContext {
  /** enclosing keys from the root; '#' marks a sequence item (e.g. ['features', '#', 'signals']) */
  path: string[];
  /** 'key': typing a key of the map at `path`; 'value': typing the value of `key`; 'item': a `- ` item of `path` */
  kind: 'key' | 'value' | 'item';
  /** the key whose value is typed (kind 'value') */
  key?: string;
  /** what is already typed of the word under the cursor */
  prefix: string;
  /** keys already written in the map at `path` (for kind 'key') */
  siblings: string[];
}

interface LineInfo {
  /** column of each `- ` dash on the line, outermost first */
  dashes: number[];
  /** column where the key (or scalar) starts */
  col: number;
  key?: string;
  /** the text after `key:` (comments stripped, trimmed) */
  rest?: string;
}

const KEY_RE = /^([A-Za-z_][\w-]*|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]+|$)(.*)$/;

export function lineInfo(line: string): LineInfo | undefined {
  let i = 0;
  const dashes: number[] = [];
  for (;;) {
    while (line[i] === ' ') i++;
    if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
      dashes.push(i);
      i++;
      continue;
    }
    break;
  }
  const body = line.slice(i);
  if (body === '' && dashes.length === 0) return undefined;
  if (body.startsWith('#')) return dashes.length ? { dashes, col: i } : undefined;
  const m = KEY_RE.exec(body);
  if (!m) return { dashes, col: i };
  const key = m[1]!.replace(/^["']|["']$/g, '');
  const rest = stripComment(m[2] ?? '').trim();
  return { dashes, col: i, key, rest };
}

function stripComment(s: string): string {
  const m = /(^|[ \t])#/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** The context at (line, character) of `text`. */
export function contextAt(text: string, line: number, character: number): CursorContext {
  const lines = text.split(/\r?\n/);
  const current = lines[line] ?? '';
  const before = current.slice(0, character);
  const prefix = /[\w-]*$/.exec(before)![0];

  // Leading dashes of the current line
  let i = 0;
  const dashes: number[] = [];
  for (;;) {
    while (before[i] === ' ') i++;
    if (before[i] === '-' && before[i + 1] === ' ') {
      dashes.push(i);
      i++;
      continue;
    }
    break;
  }
  const body = before.slice(i);
  const keyValue = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]+(.*)$/.exec(body);
  let kind: CursorContext['kind'];
  let key: string | undefined;
  let col = i;
  if (keyValue && !keyValue[2]!.includes('#')) {
    kind = 'value';
    key = keyValue[1]!;
  } else if (/^[\w-]*$/.test(body) || /^\[[^\]]*$/.test(body) || /^{[^}]*$/.test(body)) {
    kind = 'key';
  } else {
    kind = 'value';
  }
  // `  - ` with nothing but a scalar after it: an item of a list (or the first key of a map item).
  let inSeq = false;
  if (dashes.length) {
    col = dashes[dashes.length - 1]!;
    inSeq = true;
  }
  const ancestors = ancestorsOf(lines, line, col, inSeq);
  let path = ancestors;
  if (kind === 'key' && dashes.length) {
    // `- wor|`: either a list item of scalars (freemiumGoals) or the first key of a map item
    const parent = ancestors[ancestors.length - 1];
    if (parent === 'freemiumGoals' || parent === 'requestedBy') kind = 'item';
    path = kind === 'item' ? ancestors : [...ancestors, '#'];
  } else if (kind === 'value' && dashes.length && key) {
    path = [...ancestors, '#'];
  }
  const siblings = kind === 'key' ? siblingKeys(lines, line, dashes.length ? i : col, dashes.length > 0) : [];
  return { path, kind, ...(key !== undefined ? { key } : {}), prefix, siblings };
}

/** Enclosing keys of a position at `col` on `line` (`inSeq`: the position is a `- ` item at `col`). */
function ancestorsOf(lines: string[], line: number, col: number, inSeq: boolean): string[] {
  const path: string[] = [];
  let cur = col;
  let seq = inSeq;
  for (let l = line - 1; l >= 0 && (cur > 0 || seq); l--) {
    const info = lineInfo(lines[l]!);
    if (!info) continue;
    // a line of the same sequence item, further up (e.g. `  - id: x` above `    plan:`)
    if (!seq && info.dashes.length && info.col === cur && info.dashes[info.dashes.length - 1]! < cur) {
      path.push('#');
      cur = info.dashes[info.dashes.length - 1]!;
      seq = true;
      continue;
    }
    if (seq && info.dashes.length && info.dashes[info.dashes.length - 1]! === cur) continue; // sibling item
    const opens = info.key !== undefined && (info.rest === '' || info.rest === undefined);
    if (opens && (seq ? info.col <= cur : info.col < cur)) {
      path.push(info.key!);
      cur = info.col;
      seq = false;
      if (info.dashes.length) {
        path.push('#');
        cur = info.dashes[info.dashes.length - 1]!;
        seq = true;
      }
    } else if (info.col < cur && !info.dashes.length) {
      // a shallower line that is not an opening key: we are past any block
      break;
    }
  }
  return path.reverse();
}

/** Keys written at `col` in the same block as `line`. */
function siblingKeys(lines: string[], line: number, col: number, startsItem: boolean): string[] {
  const keys: string[] = [];
  const scan = (from: number, step: number) => {
    for (let l = from; l >= 0 && l < lines.length; l += step) {
      const info = lineInfo(lines[l]!);
      if (!info) continue;
      if (info.col < col) break;
      if (info.col === col && info.key) keys.push(info.key);
      // the first line of this sequence item: stop above it
      if (step < 0 && info.col === col && info.dashes.length && info.dashes[info.dashes.length - 1]! < col)
        break;
      if (step > 0 && info.dashes.length && info.dashes[info.dashes.length - 1]! < col) break;
    }
  };
  if (!startsItem) scan(line - 1, -1);
  scan(line + 1, 1);
  return keys;
}
