import { closeSync, type Dirent, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { isPackagingFile } from '../core/files';

export class InputError extends Error {}

/** A file read as UTF-8 text, or the reason it could not be. */
export type ReadResult = { ok: true; text: string; bom?: boolean } | { ok: false; reason: string };

/** Bigger than any packaging file a person writes; reading more would only stall a CI job. */
export const MAX_BYTES = 32 << 20;

export function readText(file: string): ReadResult {
  let buf: Buffer;
  let fd: number | undefined;
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

/** Turns a glob into a RegExp over `/`-separated paths: `**` any depth, `*` and `?` within a segment. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Every file below `dir`, skipping node_modules and dot-folders. */
export function walk(dir: string, accept: (rel: string) => boolean, base = dir): string[] {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      out.push(...walk(full, accept, base));
    } else if (e.isFile() && accept(path.relative(base, full).split(path.sep).join('/'))) out.push(full);
  }
  return out;
}

/** Resolves the `check` arguments to files; throws InputError for a directory or glob that matches nothing. */
export function resolveInputs(args: readonly string[], cwd: string): string[] {
  if (args.length === 0) {
    const found = walk(cwd, (rel) => isPackagingFile(rel));
    if (found.length === 0)
      throw new InputError(
        'no packaging files (packaging.yaml, *.packaging.yaml …) under the current directory',
      );
    return found;
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
      const found = walk(abs, (rel) => isPackagingFile(rel));
      if (found.length === 0) throw new InputError(`${a}: no packaging files in this directory`);
      files.push(...found);
    } else if (!st && hasGlob(a)) {
      const norm = a.split(path.sep).join('/').replace(/^\.\//, '');
      const fixed = norm.split('/').findIndex((seg) => hasGlob(seg));
      const baseRel = norm.split('/').slice(0, fixed).join('/');
      const base = path.resolve(cwd, baseRel || '.');
      const re = globToRegExp(norm.split('/').slice(fixed).join('/'));
      const found = walk(base, (rel) => re.test(rel));
      if (found.length === 0) throw new InputError(`${a}: the pattern matched no files`);
      files.push(...found);
    } else files.push(abs);
  }
  return [...new Set(files)];
}

/** How a path is shown: relative to cwd, with `/`. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(path.sep).join('/');
}
