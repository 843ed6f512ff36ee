// Ids for packaging.yaml (`^[a-z][a-z0-9-]*$`, unique among plans, add-ons, features) from Pricing2Yaml keys.

/** `^[a-z][a-z0-9-]*$` from a camelCase / SNAKE / spaced key. */
export function slugify(key: string, prefix: string): string {
  const s = key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])(?=[A-Z][a-z])/g, '$1-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s === '') return prefix;
  return /^[a-z]/.test(s) ? s : `${prefix}-${s}`;
}

/** The next free suffix per base: 40,000 keys that slugify alike stay linear, not a rescan from -2 each time. */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** `base`, or `base-2`, `base-3`... the first not in `used`; it is added to `used`. */
export function uniqueId(base: string, used: Set<string>): string {
  let next = nextSuffix.get(used);
  if (!next) {
    next = new Map();
    nextSuffix.set(used, next);
  }
  let id = base;
  let n = next.get(base) ?? 2;
  while (used.has(id)) id = `${base}-${n++}`;
  next.set(base, n);
  used.add(id);
  return id;
}
