import assert from 'node:assert/strict';
import type * as z from 'zod/mini';
import { PackagingSchema } from '../../src/core/format/schema';
import { KEYS, VALUES } from '../../src/core/format/vocabulary';

// The editor's words for keys and values are written for people; the zod schema decides what is valid.
// This keeps the two from drifting: every key and enum value the schema knows has words, and no others.

// biome-ignore lint/suspicious/noExplicitAny: zod internals are walked generically
type Def = any;
const unwrap = (s: Def): Def => (s?._zod?.def?.type === 'optional' ? unwrap(s._zod.def.innerType) : s);

/** path ('' root, 'plans.#', …) -> the object's keys; 'path.key' -> enum values. */
function walk(s: Def, path: string, objects: Map<string, string[]>, enums: Map<string, string[]>): void {
  const def = unwrap(s)?._zod?.def;
  if (!def) return;
  if (def.type === 'object') {
    objects.set(path, Object.keys(def.shape));
    for (const [k, v] of Object.entries(def.shape)) walk(v, path ? `${path}.${k}` : k, objects, enums);
  } else if (def.type === 'array')
    walk(def.element, def.element._zod.def.type === 'enum' ? path : `${path}.#`, objects, enums);
  else if (def.type === 'enum') enums.set(path, Object.values(def.entries).map(String));
}

describe('editor vocabulary follows the schema', () => {
  const objects = new Map<string, string[]>();
  const enums = new Map<string, string[]>();
  walk(PackagingSchema as z.ZodMiniType, '', objects, enums);

  it('has words for exactly the keys of every object', () => {
    assert.ok(
      objects.has('features.#.signals') && enums.has('growth.freemiumGoals'),
      [...objects.keys()].join(),
    );
    for (const [path, keys] of objects) {
      if (path === 'rules') continue; // rule ids, completed from the rule list
      assert.deepEqual(
        (KEYS[path] ?? []).map((t) => t.name).sort(),
        [...keys].sort(),
        `keys at "${path || '(root)'}"`,
      );
    }
  });

  it('has words for every enum value', () => {
    for (const [path, values] of enums) {
      if (path.startsWith('rules.')) continue;
      const words = (VALUES[path] ?? []).map((t) => t.name);
      for (const v of values) assert.ok(words.includes(v), `${path}: ${v}`);
    }
  });
});
