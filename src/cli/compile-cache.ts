// V8's code cache for the CLI's own command files (dist/cli-*.js), as `v8-compile-cache` and Node 22's
// `module.enableCompileCache()` do (Node 20, our floor, has no built-in one). A small `check` spends about as long
// compiling and warming its ~290 KB file as the check itself: with the cache, the second run skips most of it.
//
// Safety: the cache is per user, in a 0700 directory of the user's cache folder (not a temporary one: it is meant
// to outlive the run), keyed by the tool's and Node's versions and the file's size and mtime. V8 rejects data from another V8 or for another source length, and a rejected or unreadable
// cache only means a normal compile. PACKAGING_PLANNER_NO_COMPILE_CACHE=1 turns it off.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

interface InternalModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

/** The user's cache folder: XDG_CACHE_HOME or ~/.cache, ~/Library/Caches on macOS, LOCALAPPDATA on Windows. */
function userCacheRoot(): string | undefined {
  const env = process.env;
  if (process.platform === 'win32') return env.LOCALAPPDATA || undefined;
  if (process.platform !== 'darwin' && env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME))
    return env.XDG_CACHE_HOME;
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  if (!home || home === '/') return undefined;
  return process.platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache');
}

/** The cache directory for this version, or undefined when there is none that is safely this user's. */
function cacheDir(version: string): string | undefined {
  const root = userCacheRoot();
  if (!root) return undefined;
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const ours = path.join(root, 'packaging-planner', 'v8');
  const dir = path.join(ours, `${version}-${process.version}-${process.arch}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const owner = statSync(ours);
    // a folder someone else owns or can write to could hold planted data: compile normally instead
    if (uid !== undefined && (owner.uid !== uid || (owner.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Compiles the files whose name matches `ours` (beside the running bundle) through V8's code cache. Data is written
 * when the process exits, after the command ran, so functions compiled while it ran are in the cache too.
 */
export function enableCompileCache(version: string, ours: (filename: string) => boolean): void {
  if (process.env.PACKAGING_PLANNER_NO_COMPILE_CACHE === '1') return;
  const proto = (Module as unknown as { prototype: InternalModule }).prototype;
  const original = proto._compile;
  let dir: string | undefined | null = null;
  const toWrite: { script: vm.Script; file: string }[] = [];
  proto._compile = function (this: InternalModule, content: string, filename: string) {
    if (!ours(filename)) return original.call(this, content, filename);
    if (dir === null) dir = cacheDir(version);
    if (dir === undefined) return original.call(this, content, filename);
    let file: string;
    let cached: Buffer | undefined;
    try {
      const st = statSync(filename);
      file = path.join(dir, `${path.basename(filename)}-${st.size}-${Math.trunc(st.mtimeMs)}.cache`);
    } catch {
      return original.call(this, content, filename);
    }
    try {
      cached = readFileSync(file);
    } catch {
      cached = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData: cached });
    if (!cached || script.cachedDataRejected) {
      if (toWrite.length === 0) process.once('exit', () => flush(toWrite));
      toWrite.push({ script, file });
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };
}

/** Writes each script's code cache atomically (a concurrent run reads the old file or the new one, never half). */
function flush(scripts: readonly { script: vm.Script; file: string }[]): void {
  for (const { script, file } of scripts) {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      const data = script.createCachedData();
      const fd = openSync(tmp, 'w', 0o600);
      try {
        writeSync(fd, data);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
    } catch {
      // a full or read-only disk: the next run compiles normally
    }
  }
}
