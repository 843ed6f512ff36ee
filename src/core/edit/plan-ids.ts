import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { CheckResult } from '../model/model';
import type { Span, TextEdit } from '../types';
import { mapValue } from '../yaml/parse';
import { EditableText, scalarText } from './text-edits';

// Plan ids as symbols: where one is defined and every place that names it (a feature's `plan:`, an add-on's
// `from:`, a `limits:` key), for rename, find references and go to definition. Walks the YAML itself, so
// features that fail the schema are renamed too.

export interface PlanIdOccurrence {
  /** the id as written */
  id: string;
  /** 'definition': a plan's `id`; the others refer to it */
  kind: 'definition' | 'plan' | 'from' | 'limit';
  span: Span;
  /** the scalar naming it (its source range includes any quotes) */
  node: Node;
}

function items(root: Node | undefined, key: string): Node[] {
  const seq = mapValue(root, key);
  return isSeq(seq) ? (seq.items as Node[]).filter((n) => isMap(n)) : [];
}

function stringScalar(n: unknown): (Node & { value: string }) | undefined {
  return isScalar(n) && typeof n.value === 'string' && n.range ? (n as Node & { value: string }) : undefined;
}

/** Every place a plan id is written, unknown ids included, in file order. */
export function planRefs(result: CheckResult): PlanIdOccurrence[] {
  const root = result.model?.rootNode;
  if (!root || result.syntaxError) return [];
  const out: PlanIdOccurrence[] = [];
  const add = (kind: PlanIdOccurrence['kind'], n: unknown) => {
    const s = stringScalar(n);
    if (s) out.push({ id: s.value, kind, node: s, span: { start: s.range![0], end: s.range![1] } });
  };
  for (const p of items(root, 'plans')) add('definition', mapValue(p, 'id'));
  for (const a of items(root, 'addOns')) add('from', mapValue(a, 'from'));
  for (const f of items(root, 'features')) {
    add('plan', mapValue(f, 'plan'));
    const limits = mapValue(f, 'limits');
    if (isMap(limits)) for (const pair of limits.items as Pair<Node, Node>[]) add('limit', pair.key);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Every occurrence of plan id `id`, in file order. */
export function planIdOccurrences(result: CheckResult, id: string): PlanIdOccurrence[] {
  return planRefs(result).filter((o) => o.id === id);
}

/** The plan reference whose scalar holds `offset` (either end included). */
export function planRefAt(refs: readonly PlanIdOccurrence[], offset: number): PlanIdOccurrence | undefined {
  return refs.find((r) => r.span.start <= offset && offset <= r.span.end);
}

/** The id of a defined plan named at `offset` (on its definition or any reference), if any. */
export function planIdAt(result: CheckResult, offset: number): string | undefined {
  const at = planRefAt(planRefs(result), offset);
  return at && result.model?.plans.some((p) => p.id === at.id) ? at.id : undefined;
}

/** Add-on ids: their `id` and features' `addOn`. */
export function addOnRefs(result: CheckResult): { id: string; node: Node; definition: boolean }[] {
  const root = result.model?.rootNode;
  const out: { id: string; node: Node; definition: boolean }[] = [];
  const add = (n: unknown, definition: boolean) => {
    const s = stringScalar(n);
    if (s) out.push({ id: s.value, node: s, definition });
  };
  for (const a of items(root, 'addOns')) add(mapValue(a, 'id'), true);
  for (const f of items(root, 'features')) add(mapValue(f, 'addOn'), false);
  return out;
}

export const PLAN_ID = /^[a-z][a-z0-9-]*$/;

/** Renames plan `from` to `to` everywhere: one minimal edit per occurrence, quoting kept. */
export function renamePlanEdits(text: string, result: CheckResult, from: string, to: string): TextEdit[] {
  if (from === to) return [];
  const et = new EditableText(text);
  return planIdOccurrences(result, from).map((o) => et.replace(o.node, scalarText(to, o.node)));
}
