import { isAlias, isMap, isScalar, type Node, type Pair } from 'yaml';
import { EditableText } from './edits';
import type { CheckOptions, CheckResult, FeatureModel, Limit } from './model';
import { mapValue } from './parse';
import type { TextEdit } from './types';
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
  if (!f.placement || plan.rank < f.placement.rank)
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
  const ok = verifyOutcome(text, [edit], options, (after) => {
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
