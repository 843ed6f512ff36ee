import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { EditableText, scalarText } from './edits';
import type { CheckResult } from './model';
import { mapValue } from './parse';
import type { Span, TextEdit } from './types';

// Plan ids as symbols: where one is defined and every place that names it (a feature's `plan:`, an add-on's
// `from:`, a `limits:` key), for rename, find references and go to definition. Walks the YAML itself, so
// features that fail the schema are renamed too.

export interface PlanIdOccurrence {
  kind: 'definition' | 'plan' | 'from' | 'limit';
  span: Span;
  node: Node;
}

const valueIs = (n: unknown, id: string): n is Node => isScalar(n) && n.value === id && !!n.range;

function items(root: Node | undefined, key: string): Node[] {
  const seq = mapValue(root, key);
  return isSeq(seq) ? (seq.items as Node[]).filter((n) => isMap(n)) : [];
}

/** Every occurrence of plan id `id`, in file order. */
export function planIdOccurrences(result: CheckResult, id: string): PlanIdOccurrence[] {
  const root = result.model?.rootNode;
  if (!root || result.syntaxError) return [];
  const out: PlanIdOccurrence[] = [];
  const add = (kind: PlanIdOccurrence['kind'], node: Node) =>
    out.push({ kind, node, span: { start: node.range![0], end: node.range![1] } });
  for (const p of items(root, 'plans')) {
    const n = mapValue(p, 'id');
    if (valueIs(n, id)) add('definition', n);
  }
  for (const a of items(root, 'addOns')) {
    const n = mapValue(a, 'from');
    if (valueIs(n, id)) add('from', n);
  }
  for (const f of items(root, 'features')) {
    const n = mapValue(f, 'plan');
    if (valueIs(n, id)) add('plan', n);
    const limits = mapValue(f, 'limits');
    if (isMap(limits))
      for (const pair of limits.items as Pair<Node, Node>[])
        if (valueIs(pair.key, id)) add('limit', pair.key);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The plan id named at `offset` (on its definition or any reference), if any. */
export function planIdAt(result: CheckResult, offset: number): string | undefined {
  for (const p of result.model?.plans ?? []) {
    if (planIdOccurrences(result, p.id).some((o) => o.span.start <= offset && offset <= o.span.end))
      return p.id;
  }
  return undefined;
}

export const PLAN_ID = /^[a-z][a-z0-9-]*$/;

/** Renames plan `from` to `to` everywhere: one minimal edit per occurrence, quoting kept. */
export function renamePlanEdits(text: string, result: CheckResult, from: string, to: string): TextEdit[] {
  if (from === to) return [];
  const et = new EditableText(text);
  return planIdOccurrences(result, from).map((o) => et.replace(o.node, scalarText(to, o.node)));
}
