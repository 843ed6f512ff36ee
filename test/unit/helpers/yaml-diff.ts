import { isDeepStrictEqual } from 'node:util';
import { type Document, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { yamlKeys } from '../../../src/core/yaml/compact-nodes';

// Comments are not attached by the fast reader (nothing reads them); every other own property must match.
const IGNORED = new Set(['comment', 'commentBefore', 'spaceBefore']);

/** The first difference between two yaml documents' node trees (class, range, every own property), if any. */
export function treeDiff(a: Document, b: Document): string | undefined {
  if (!isDeepStrictEqual(a.range, b.range)) return `doc.range ${fmt(a.range)} != ${fmt(b.range)}`;
  if (!isDeepStrictEqual(a.options, b.options)) return 'doc.options';
  for (const k of ['docStart', 'docEnd'] as const)
    if (!isDeepStrictEqual(a.directives?.[k], b.directives?.[k]))
      return `doc.directives.${k} ${a.directives?.[k]} != ${b.directives?.[k]}`;
  if (!isDeepStrictEqual(a.toJS(), b.toJS())) return 'toJS()';
  const stack: [unknown, unknown, string][] = [[a.contents, b.contents, '$']];
  while (stack.length) {
    const [x, y, path] = stack.pop()!;
    if (x === null || y === null || x === undefined || y === undefined) {
      if (x !== y) return `${path}: ${String(x)} != ${String(y)}`;
      continue;
    }
    const cx = (x as object).constructor;
    const cy = (y as object).constructor;
    if (cx !== cy) return `${path}: class ${cx.name} != ${cy.name}`;
    // The one-pass reader's compact nodes read some keys from their prototype (compact-nodes.ts).
    const kx = yamlKeys(x).filter((k) => !IGNORED.has(k));
    const ky = yamlKeys(y).filter((k) => !IGNORED.has(k));
    if (!isDeepStrictEqual(kx.sort(), ky.sort())) return `${path}: keys ${kx} != ${ky}`;
    if (isPair(x) && isPair(y)) {
      stack.push([x.value, y.value, `${path}.value`], [x.key, y.key, `${path}.key`]);
      continue;
    }
    const ox = x as Record<string, unknown>;
    const oy = y as Record<string, unknown>;
    if (!isDeepStrictEqual(ox.range, oy.range)) return `${path}: range ${fmt(ox.range)} != ${fmt(oy.range)}`;
    if (isScalar(x) || isAlias(x)) {
      for (const k of kx)
        if (!isDeepStrictEqual(ox[k], oy[k])) return `${path}: ${k} ${fmt(ox[k])} != ${fmt(oy[k])}`;
      continue;
    }
    if (isMap(x) || isSeq(x)) {
      for (const k of kx)
        if (k !== 'items' && !isDeepStrictEqual(ox[k], oy[k]))
          return `${path}: ${k} ${fmt(ox[k])} != ${fmt(oy[k])}`;
      const ix = (x as { items: unknown[] }).items;
      const iy = (y as { items: unknown[] }).items;
      if (ix.length !== iy.length) return `${path}: ${ix.length} items != ${iy.length}`;
      for (let i = ix.length - 1; i >= 0; i--) stack.push([ix[i], iy[i], `${path}[${i}]`]);
      continue;
    }
    return `${path}: unexpected node ${cx.name}`;
  }
  return undefined;
}

function fmt(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? `[${v.join(',')}]` : String(v);
}
