import type { AddOnModel } from '../model/model';
import type { Rule } from './types';

/** Strongly connected components of the `requires` graph (iterative Tarjan: a long chain must not blow the stack). */
function components(
  addOns: readonly AddOnModel[],
  edges: Map<AddOnModel, AddOnModel[]>,
): Map<AddOnModel, number> {
  const index = new Map<AddOnModel, number>();
  const low = new Map<AddOnModel, number>();
  const comp = new Map<AddOnModel, number>();
  const stack: AddOnModel[] = [];
  const onStack = new Set<AddOnModel>();
  let next = 0;
  let count = 0;
  for (const root of addOns) {
    if (index.has(root)) continue;
    const work: { v: AddOnModel; i: number }[] = [{ v: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      const out = edges.get(top.v) ?? [];
      if (top.i < out.length) {
        const w = out[top.i++]!;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push({ v: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.v, Math.min(low.get(top.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(top.v)!));
      if (low.get(top.v) === index.get(top.v)) {
        let w: AddOnModel;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.set(w, count);
        } while (w !== top.v);
        count++;
      }
    }
  }
  return comp;
}

/** The add-ons from `from` back to `to` along `requires`, for the message (both are on one cycle). */
function pathBack(from: AddOnModel, to: AddOnModel, edges: Map<AddOnModel, AddOnModel[]>): AddOnModel[] {
  const prev = new Map<AddOnModel, AddOnModel | null>([[from, null]]);
  const queue = [from];
  for (let k = 0; k < queue.length && !prev.has(to); k++)
    for (const w of edges.get(queue[k]!) ?? [])
      if (!prev.has(w)) {
        prev.set(w, queue[k]!);
        queue.push(w);
      }
  const path: AddOnModel[] = [];
  for (let v: AddOnModel | null | undefined = to; v; v = prev.get(v)) path.unshift(v);
  return path;
}

const MAX_SHOWN = 6;

export const addOnConflict: Rule = {
  id: 'add-on-conflict',
  severity: 'warning',
  category: 'structure',
  scope: 'feature',
  description:
    'An add-on requires itself, an add-on it excludes, or a cycle of add-ons; or an add-on sells a feature only where its plan already includes it.',
  check(ctx) {
    const { model } = ctx;
    // Only add-ons that pass the schema take part: a reference resolves to the first add-on with the id, and one
    // naming a schema-failed or unknown add-on counts for nothing here (unknown ones get unknown-add-on).
    const edges = new Map<AddOnModel, AddOnModel[]>();
    for (const a of model.addOns)
      edges.set(
        a,
        a.requires.flatMap((r) => {
          const b = model.addOnById.get(r.id);
          return b ? [b] : [];
        }),
      );
    const comp = components(model.addOns, edges);
    for (const a of model.addOns) {
      const excluded = new Set(a.excludes.map((r) => r.id));
      for (const r of a.requires) {
        const b = model.addOnById.get(r.id);
        if (!b) continue;
        let why: string | undefined;
        if (b === a)
          why = `The ${ctx.name(a)} add-on requires itself. Remove "${r.id}" from its \`requires\`.`;
        else if (comp.get(b) === comp.get(a)) {
          const loop = [a, ...pathBack(b, a, edges)];
          const names =
            loop.length > MAX_SHOWN
              ? `${loop
                  .slice(0, MAX_SHOWN - 1)
                  .map((x) => ctx.name(x))
                  .join(' → ')} → … → ${ctx.name(a)} (${loop.length - 1} add-ons)`
              : loop.map((x) => ctx.name(x)).join(' → ');
          why = `The ${ctx.name(a)} add-on requires ${ctx.name(b)}, which requires it back: ${names}. A cycle of \`requires\` means none of them can be bought first. Remove one link of the cycle.`;
        } else if (excluded.has(r.id))
          why = `The ${ctx.name(a)} add-on both requires and excludes ${ctx.name(b)}: no customer can buy it. Keep ${ctx.name(b)} in only one of \`requires\` and \`excludes\`.`;
        if (why) ctx.report({ node: r.node, message: why });
      }
    }
    // A feature with both plan and addOn whose add-on is sold only where the plan already includes it.
    for (const f of model.features) {
      const a = f.addOnModel;
      const from = a?.fromPlan;
      if (f.addOnOnly || !a || !from || !f.placement || from.rank < f.placement.rank || !f.addOnNode)
        continue;
      ctx.report({
        node: f.addOnNode,
        feature: f,
        message: `${ctx.name(f)} is included from ${ctx.name(f.placement)} and sold as the ${ctx.name(a)} add-on, but that add-on is sold only from ${ctx.name(from)}${from === f.placement ? '' : ', higher up'}: no customer can buy the feature as an add-on. Sell the add-on from a plan below ${ctx.name(f.placement)} (its \`from\`), or remove \`addOn\` from the feature.`,
      });
    }
  },
};
