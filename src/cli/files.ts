import {
  closeSync,
  type Dirent,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { isPackagingFile } from '../core/format/files';

export class InputError extends Error {}

/** A file read as UTF-8 text, or the reason it could not be. */
export type ReadResult = { ok: true; text: string; bom?: boolean } | { ok: false; reason: string };

/** Bigger than any packaging file a person writes; reading more would only stall a CI job. */
export const MAX_BYTES = 32 << 20;

/** Pipes the shell opened for us (`<(git show …)`, /dev/stdin): a writer exists, reading cannot hang. */
const OPEN_PIPE = /^\/(?:dev|proc\/self)\/fd\/\d+$|^\/dev\/stdin$/;

/** Why a path that is not a regular file is refused, by name, before anything opens it (a FIFO would block). */
function specialFile(file: string): string | undefined {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch {
    return undefined; // openSync reports it
  }
  if (st.isFIFO() && !OPEN_PIPE.test(file))
    return 'is a named pipe (FIFO), not a file: refused, since reading it could wait forever';
  if (st.isSocket()) return 'is a socket, not a file';
  if ((st.isCharacterDevice() || st.isBlockDevice()) && file !== '/dev/null' && !OPEN_PIPE.test(file))
    return 'is a device, not a file';
  return undefined;
}

export function readText(file: string): ReadResult {
  let buf: Buffer;
  let fd: number | undefined;
  const special = specialFile(file);
  if (special) return { ok: false, reason: special };
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (st.isFile() && st.size > MAX_BYTES)
      return { ok: false, reason: `too large (${Math.round(st.size / 2 ** 20)} MiB; the limit is 32 MiB)` };
    // bounded: pipes (`diff <(git show main:packaging.yaml) packaging.yaml`) and /dev/null read fine,
    // a device that never ends (/dev/zero) stops at the limit
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > MAX_BYTES) return { ok: false, reason: 'too large (the limit is 32 MiB)' };
    }
    buf = Buffer.concat(chunks, total);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EACCES'
          ? 'permission denied'
          : err.code === 'EISDIR'
            ? 'is a directory'
            : err.message;
    return { ok: false, reason: why };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const nul = buf.indexOf(0);
  if (nul >= 0)
    return { ok: false, reason: `binary file, not YAML text (NUL byte at ${bytePosition(buf, nul)})` };
  try {
    let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    return { ok: true, text, ...(bom ? { bom } : {}) };
  } catch {
    return {
      ok: false,
      reason: `not UTF-8 text (invalid byte at ${bytePosition(buf, firstInvalidUtf8(buf))})`,
    };
  }
}

function bytePosition(buf: Buffer, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (buf[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

/** Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode table 3-7: no overlongs, no surrogates). */
export function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n > buf.length) return i;
    const second = buf[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < n; k++) if (buf[i + k]! >> 6 !== 2) return i;
    i += n;
  }
  return buf.length;
}

const hasGlob = (s: string) => /[*?[\]{}]/.test(s);

/** Most alternatives a glob's braces may expand to (`{a,b}{c,d}` is 4). */
const MAX_ALTERNATIVES = 256;

type GlobToken = { kind: 'char'; c: string } | { kind: '?' | '*' | '**' | '**/' };

/** `{a,b}` alternatives, expanded (braces do not nest; an unclosed `{` is a literal). */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (close < 0) return [glob];
  const head = glob.slice(0, open);
  const rest = expandBraces(glob.slice(close + 1));
  const out: string[] = [];
  for (const alt of glob.slice(open + 1, close).split(','))
    for (const tail of rest) {
      out.push(head + alt + tail);
      if (out.length > MAX_ALTERNATIVES)
        throw new InputError(`${glob}: the braces expand to more than ${MAX_ALTERNATIVES} patterns`);
    }
  return out;
}

function tokenize(glob: string): GlobToken[] {
  const out: GlobToken[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          out.push({ kind: '**/' });
        } else out.push({ kind: '**' });
      } else if (out[out.length - 1]?.kind !== '*') out.push({ kind: '*' }); // `***` is `*`
    } else if (c === '?') out.push({ kind: '?' });
    else out.push({ kind: 'char', c });
  }
  return out;
}

/**
 * A glob matcher over `/`-separated paths: `**` any depth, `*` and `?` within a segment, `{a,b}` alternatives.
 * It simulates the pattern as a set of states (time O(path × pattern)), so no input backtracks exponentially
 * the way a RegExp with several `*` did.
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const patterns = expandBraces(glob).map(tokenize);
  return (path) => patterns.some((p) => matches(p, path));
}

function matches(tokens: GlobToken[], path: string): boolean {
  const n = tokens.length;
  let cur = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  // stars match the empty string: follow them without consuming
  const close = (set: Uint8Array) => {
    for (let p = 0; p < n; p++)
      if (set[p] && tokens[p]!.kind !== 'char' && tokens[p]!.kind !== '?') set[p + 1] = 1;
  };
  cur[0] = 1;
  close(cur);
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    next.fill(0);
    let any = false;
    for (let p = 0; p < n; p++) {
      if (!cur[p]) continue;
      const t = tokens[p]!;
      if (t.kind === 'char') {
        if (t.c === c) next[p + 1] = 1;
      } else if (t.kind === '?') {
        if (c !== '/') next[p + 1] = 1;
      } else if (t.kind === '*') {
        if (c !== '/') next[p] = 1;
      } else if (t.kind === '**') next[p] = 1;
      else {
        // `**/`: any run of whole segments, each ending in `/`
        next[p] = 1;
        if (c === '/') next[p + 1] = 1;
      }
    }
    close(next);
    for (let p = 0; p <= n; p++) if (next[p]) any = true;
    if (!any) return false;
    [cur, next] = [next, cur];
  }
  return cur[n] === 1;
}

/** The matcher as a RegExp-like object, for callers that used `globToRegExp(…).test`. */
export function globToRegExp(glob: string): { test(path: string): boolean } {
  const m = globMatcher(glob);
  return { test: m };
}

/**
 * Every file below `dir`, skipping node_modules and dot-folders. Symbolic links are followed (a linked
 * packaging file is checked), each directory once: a link back to a directory already on the way is a loop,
 * reported through `warn` and not entered.
 */
export function walk(
  dir: string,
  accept: (rel: string) => boolean,
  base = dir,
  warn: (message: string) => void = () => {},
  visiting = new Set<string>(),
): string[] {
  const out: string[] = [];
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return out;
  }
  if (visiting.has(real)) {
    warn(`${dir}: a symbolic link loop (back to ${real}); not followed`);
    return out;
  }
  visiting.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    visiting.delete(real);
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link
      }
    }
    if (isDir) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      out.push(...walk(full, accept, base, warn, visiting));
    } else if (isFile && accept(path.relative(base, full).split(path.sep).join('/'))) out.push(full);
  }
  visiting.delete(real);
  return out;
}

/** Resolves the `check` arguments to files; throws InputError for a directory or glob that matches nothing. */
export function resolveInputs(
  args: readonly string[],
  cwd: string,
  warn: (message: string) => void = () => {},
): string[] {
  if (args.length === 0) {
    const found = walk(cwd, (rel) => isPackagingFile(rel), cwd, warn);
    if (found.length === 0)
      throw new InputError(
        'no packaging files (packaging.yaml, *.packaging.yaml …) under the current directory',
      );
    return oncePerFile(found);
  }
  const files: string[] = [];
  for (const a of args) {
    const abs = path.resolve(cwd, a);
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found = walk(abs, (rel) => isPackagingFile(rel), abs, warn);
      if (found.length === 0) throw new InputError(`${a}: no packaging files in this directory`);
      files.push(...found);
    } else if (!st && hasGlob(a)) {
      const norm = a.split(path.sep).join('/').replace(/^\.\//, '');
      const fixed = norm.split('/').findIndex((seg) => hasGlob(seg));
      const baseRel = norm.split('/').slice(0, fixed).join('/');
      const base = path.resolve(cwd, baseRel || '.');
      const match = globMatcher(norm.split('/').slice(fixed).join('/'));
      const found = walk(base, match, base, warn);
      if (found.length === 0) throw new InputError(`${a}: the pattern matched no files`);
      files.push(...found);
    } else files.push(abs);
  }
  return oncePerFile(files);
}

/** A file reached through a link and directly (or through two links) is checked once. */
function oncePerFile(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    let key = f;
    try {
      key = realpathSync(f);
    } catch {}
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a path is shown: relative to cwd, with `/`. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(path.sep).join('/');
}
