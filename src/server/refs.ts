import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { mapValue } from '../core/parse';

// Plan ids and where they are named: read from the YAML nodes, not from the checked model, so a feature that
// fails the schema for another reason is still renamed with its plan.

export interface PlanRef {
  /** the plan id as written */
  id: string;
  /** the scalar naming it (its source range includes any quotes) */
  node: Node;
  /** 'definition': a plan's `id`; the others refer to it */
  kind: 'definition' | 'plan' | 'from' | 'limit';
}

function items(root: Node, key: string): Node[] {
  const seq = mapValue(root, key);
  return isSeq(seq) ? (seq.items as Node[]) : [];
}

function stringScalar(n: unknown): (Node & { value: string }) | undefined {
  return isScalar(n) && typeof n.value === 'string' && n.range ? (n as Node & { value: string }) : undefined;
}

/** Every place a plan id is written: plans' `id`, features' `plan`, add-ons' `from`, features' `limits` keys. */
export function planRefs(root: Node | undefined): PlanRef[] {
  if (!isMap(root)) return [];
  const out: PlanRef[] = [];
  const push = (n: unknown, kind: PlanRef['kind']) => {
    const s = stringScalar(n);
    if (s) out.push({ id: s.value, node: s, kind });
  };
  for (const p of items(root, 'plans')) if (isMap(p)) push(mapValue(p, 'id'), 'definition');
  for (const a of items(root, 'addOns')) if (isMap(a)) push(mapValue(a, 'from'), 'from');
  for (const f of items(root, 'features')) {
    if (!isMap(f)) continue;
    push(mapValue(f, 'plan'), 'plan');
    const limits = mapValue(f, 'limits');
    if (isMap(limits)) for (const pair of limits.items) push(pair.key, 'limit');
  }
  return out;
}

/** The plan reference whose scalar holds `offset` (either end included). */
export function planRefAt(refs: readonly PlanRef[], offset: number): PlanRef | undefined {
  return refs.find((r) => r.node.range![0] <= offset && offset <= r.node.range![1]);
}

/** Add-on ids: their `id` and features' `addOn`. */
export function addOnRefs(root: Node | undefined): { id: string; node: Node; definition: boolean }[] {
  if (!isMap(root)) return [];
  const out: { id: string; node: Node; definition: boolean }[] = [];
  for (const a of items(root, 'addOns')) {
    const s = isMap(a) ? stringScalar(mapValue(a, 'id')) : undefined;
    if (s) out.push({ id: s.value, node: s, definition: true });
  }
  for (const f of items(root, 'features')) {
    const s = isMap(f) ? stringScalar(mapValue(f, 'addOn')) : undefined;
    if (s) out.push({ id: s.value, node: s, definition: false });
  }
  return out;
}
