/** Minimal argv parser: long options with values, booleans, `--no-x`, positionals. */
/**
 * A usage error (exit 2 with the command's usage). Told apart by its name, not `instanceof`: each command's file
 * (dist/cli-*.js) bundles its own copy of this class, so the entry's class is not the one a command throws.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
export const isUsageError = (e: unknown): e is UsageError => e instanceof Error && e.name === 'UsageError';

export interface OptionSpec {
  /** options that take a value */
  values?: readonly string[];
  /** boolean flags (a `--no-` prefix is part of the name, e.g. "no-color") */
  flags?: readonly string[];
  /** options that take a value and may be repeated (every value is kept, in order) */
  lists?: readonly string[];
}

export interface Parsed {
  positionals: string[];
  values: Record<string, string>;
  flags: Set<string>;
  lists: Record<string, string[]>;
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): Parsed {
  const out: Parsed = { positionals: [], values: {}, flags: new Set(), lists: {} };
  const lists = new Set(spec.lists ?? []);
  const values = new Set([...(spec.values ?? []), ...lists]);
  const flags = new Set(spec.flags ?? []);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
      out.positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (values.has(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      // `--format --quiet`: the next option is not this one's value
      if (v === undefined || (eq < 0 && v.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      if (lists.has(name)) out.lists[name] = [...(out.lists[name] ?? []), v];
      else out.values[name] = v;
    } else if (flags.has(name) && eq < 0) out.flags.add(name);
    else throw new UsageError(`unknown option --${name}`);
  }
  return out;
}

export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  dflt: T,
): T {
  if (value === undefined) return dflt;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown --${name} "${value}"; use one of ${allowed.join(', ')}`);
}

/** `--max-warnings` and the Action's `max-warnings`: a whole number, or -1 (or nothing) for no limit. */
export function parseMaxWarnings(raw: string | undefined): number {
  if (raw === undefined || raw === '' || raw === '-1') return -1;
  if (!/^\d+$/.test(raw))
    throw new UsageError(`--max-warnings takes a whole number >= 0, or -1 for no limit, not "${raw}"`);
  return Number(raw);
}
