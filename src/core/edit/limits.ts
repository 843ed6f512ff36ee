import { isAlias, isMap, isScalar, type Node, type Pair } from 'yaml';
import type { CheckOptions, CheckResult, FeatureModel, Limit } from '../model/model';
import type { TextEdit } from '../types';
import { mapValue } from '../yaml/parse';
import { EditableText, planEdit, scalarText } from './text-edits';
import { verifyOutcome } from './verify';

// The matrix's in-place limit edit: one minimal edit of a feature's `limits` entry for one plan — the value
// replaced, the entry added to its `limits` map (block or flow, as written), or a `limits` map with just that
// entry added. Verified: the result parses, adds no structure finding, and reads the new limit with every
// other limit and field of the feature as before.

export type LimitEditResult =
  | { ok: true; edit: TextEdit }
  | { ok: false; reason: 'unchanged' | 'invalid' | 'failed'; message: string };

export function setFeatureLimit(
  text: string,
  result: CheckResult,
  featureId: string,
  planId: string,
  limit: Limit,
  options: CheckOptions = {},
): LimitEditResult {
  const refuse = (reason: 'unchanged' | 'invalid' | 'failed', message: string): LimitEditResult => ({
    ok: false,
    reason,
    message,
  });
  const model = result.model;
  const f: FeatureModel | undefined = model?.features.find((x) => x.id === featureId);
  const plan = model?.planById.get(planId);
  if (!model || !f || !plan)
    return refuse('invalid', `There is no feature "${featureId}" or plan "${planId}".`);
  // (r3) below its plan, a feature also sold as an add-on has the limit the add-on brings: from `availableFrom`
  if (!f.availableFrom || plan.rank < f.availableFrom.rank)
    return refuse('invalid', `${f.name} is not on ${plan.name}: a limit there would mean nothing.`);
  if (model.features.some((x) => x !== f && x.node === f.node))
    return refuse('invalid', `${f.name} is an alias of another feature: edit it in the text.`);
  if (f.limits[planId] === limit)
    return refuse('unchanged', `${f.name} already has that limit on ${plan.name}.`);
  const et = new EditableText(text);
  const value = String(limit);
  const raw = mapValue(f.node, 'limits');
  let edit: TextEdit | undefined;
  if (raw === undefined) {
    edit = et.insertPair(f.node, 'limits', [`${planId}: ${value}`], `{${planId}: ${value}}`);
  } else if (isMap(raw) && !isAlias(raw)) {
    const pair = (raw.items as Pair<Node, Node>[]).find(
      (p) => isScalar(p.key) && String(p.key.value) === planId,
    );
    if (pair) edit = isScalar(pair.value) && pair.value.range ? et.replace(pair.value, value) : undefined;
    else edit = et.insertPair(raw, planId, undefined, value);
  }
  if (!edit)
    return refuse('invalid', `The limits of ${f.name} are written in a way the matrix cannot edit safely.`);
  const before = JSON.stringify(
    Object.entries(f.limits)
      .filter(([k]) => k !== planId)
      .sort(),
  );
  const ok = verifyOutcome(text, result, [edit], options, (after) => {
    const g = after.model?.features.find((x) => x.id === featureId);
    if (!g || g.limits[planId] !== limit || g.plan !== f.plan) return false;
    const rest = JSON.stringify(
      Object.entries(g.limits)
        .filter(([k]) => k !== planId)
        .sort(),
    );
    return rest === before && JSON.stringify(g.signals ?? null) === JSON.stringify(f.signals ?? null);
  });
  return ok
    ? { ok: true, edit }
    : refuse('failed', 'That change would break the file, so nothing was written.');
}

/** What to do with the limits a move up leaves on plans below the new one. */
export type LimitsOnMove = 'carry' | 'drop';

/** The limits a move of the feature to `planId` would leave on plans below it (plan ids, lowest first). */
export function limitsLeftBehind(result: CheckResult, featureId: string, planId: string): string[] {
  const model = result.model;
  const f = model?.features.find((x) => x.id === featureId);
  const to = model?.planById.get(planId);
  // an add-on-only feature is not moved by plan; with both `plan` and a known add-on (r3) the add-on still sells
  // it from its `from`, so the limits from there up stay meaningful (the limit the add-on brings)
  if (!model || !f || !to || f.addOnOnly) return [];
  const sold = f.addOnModel?.fromPlan;
  const floor = sold && sold.rank < to.rank ? sold.rank : to.rank;
  return [...f.limitPairs.keys()]
    .map((k) => model.planById.get(k))
    .filter((p): p is NonNullable<typeof p> => p !== undefined && p.rank < floor)
    .sort((a, b) => a.rank - b.rank)
    .map((p) => p.id);
}

/**
 * The move of a feature to `planId` together with its limits left behind, as one set of minimal edits:
 * `carry` renames the entry of the highest plan left behind to the new plan (when the new plan has no limit
 * of its own) and deletes the others; `drop` deletes them all (the whole `limits` key when nothing is
 * left). Verified: the result parses, adds no structure finding, the feature sits on the new plan with
 * exactly the expected limits and no `limit-outside-plan` finding. Undefined when that cannot be done safely.
 */
export function moveWithLimits(
  text: string,
  result: CheckResult,
  featureId: string,
  planId: string,
  mode: LimitsOnMove,
  options: CheckOptions = {},
): TextEdit[] | undefined {
  const model = result.model;
  const f = model?.features.find((x) => x.id === featureId);
  if (!model || !f || f.plan === planId) return undefined;
  if (model.features.some((x) => x !== f && x.node === f.node)) return undefined;
  const behind = limitsLeftBehind(result, featureId, planId);
  const et = new EditableText(text);
  const plan = planEdit(et, result, f, planId);
  if (!plan) return undefined;
  if (behind.length === 0) return [plan];
  const raw = mapValue(f.node, 'limits');
  if (!isMap(raw) || isAlias(raw) || !raw.range) return undefined;
  const pairs = raw.items as Pair<Node, Node>[];
  const keyOf = (p: Pair<Node, Node>) => (isScalar(p.key) ? String(p.key.value) : undefined);
  const carried = mode === 'carry' && f.limits[planId] === undefined ? behind[behind.length - 1] : undefined;
  const gone = new Set(behind.filter((k) => k !== carried));
  const expected: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f.limits)) if (!behind.includes(k)) expected[k] = v;
  if (carried !== undefined) expected[planId] = f.limits[carried];
  const edits: TextEdit[] = [plan];
  const remaining = pairs.filter((p) => !gone.has(keyOf(p) ?? ''));
  if (raw.flow) {
    // A flow map is written again, entries in their order (the carried one renamed): one small edit.
    const parts: string[] = [];
    for (const p of remaining) {
      const k = keyOf(p);
      const v = p.value?.range ? text.slice(p.value.range[0], p.value.range[1]).trim() : undefined;
      if (k === undefined || v === undefined) return undefined;
      parts.push(`${k === carried ? scalarText(planId) : k}: ${v}`);
    }
    const pair = pairOfKey(f.node, 'limits');
    if (parts.length === 0) {
      const del = pair && deletePair(et, pair);
      if (!del) return undefined;
      edits.push(del);
    } else edits.push(et.edit(raw.range[0], raw.range[1], `{${parts.join(', ')}}`));
  } else if (remaining.length === 0) {
    const pair = pairOfKey(f.node, 'limits');
    const del = pair && deletePair(et, pair);
    if (!del) return undefined;
    edits.push(del);
  } else {
    for (const p of pairs) {
      const k = keyOf(p);
      if (k === carried && isScalar(p.key) && p.key.range)
        edits.push(et.replace(p.key, scalarText(planId, p.key)));
      else if (k !== undefined && gone.has(k)) {
        const del = deletePair(et, p);
        if (!del) return undefined;
        edits.push(del);
      }
    }
  }
  const ok = verifyOutcome(text, result, edits, options, (after) => {
    const g = after.model?.features.find((x) => x.id === featureId);
    if (!g || g.plan !== planId) return false;
    if (after.diagnostics.some((d) => d.rule === 'limit-outside-plan' && d.feature === featureId))
      return false;
    const sorted = (o: Record<string, unknown>) => JSON.stringify(Object.entries(o).sort());
    return sorted({ ...g.limits }) === sorted(expected);
  });
  return ok ? edits : undefined;
}

function pairOfKey(map: Node, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  return (map.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && String(p.key.value) === key);
}

/** Deletes a block pair's whole lines (from its key's line to its last line, comments on them included). */
function deletePair(et: EditableText, pair: Pair<Node, Node>): TextEdit | undefined {
  const key = pair.key as Node | null;
  if (!key?.range) return undefined;
  const text = et.text;
  let start = key.range[0];
  while (start > 0 && text[start - 1] !== '\n') {
    if (!/[ \t]/.test(text[start - 1]!)) return undefined; // not alone on its line (a flow map, `- key:`)
    start--;
  }
  let last = key.range[1];
  const v = pair.value as Node | null;
  if (v?.range) {
    last = v.range[1];
    while (last > key.range[1] && /\s/.test(text[last - 1]!)) last--;
  }
  const lineEnd = et.lineEnd(Math.max(key.range[1], last - 1));
  const end = text[lineEnd] === '\r' ? lineEnd + 2 : text[lineEnd] === '\n' ? lineEnd + 1 : lineEnd;
  return et.edit(start, end, '');
}
