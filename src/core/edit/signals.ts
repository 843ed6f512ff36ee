import { isMap } from 'yaml';
import type { CheckOptions, CheckResult } from '../model/model';
import { SIGNALS, type Signal, type TextEdit } from '../types';
import { EditableText } from './text-edits';
import { verifyOutcome } from './verify';

// "Answer the packaging test…": writes the signals the PM picked, and nothing they did not. A signal left out reads
// as false (spec 3), so only the chosen ones are written; picking none writes `signals: {}` (nothing argues for a
// side), which is an answer too.

export function signalsEdit(
  text: string,
  result: CheckResult,
  featureId: string,
  chosen: readonly Signal[],
  options: CheckOptions = {},
): TextEdit | undefined {
  const f = result.model?.features.find((x) => x.id === featureId);
  if (!f || f.signals || !isMap(f.node)) return undefined;
  const picked = SIGNALS.filter((s) => chosen.includes(s));
  const t = new EditableText(text);
  const lines = picked.map((s) => `${s}: true`);
  const flow = picked.length ? `{ ${lines.join(', ')} }` : '{}';
  const edit = t.insertPair(f.node, 'signals', picked.length ? lines : undefined, flow);
  if (!edit) return undefined;
  return verifyOutcome(text, result, [edit], options, (after) => {
    const g = after.model?.features.find((x) => x.id === featureId);
    return !!g?.signals && SIGNALS.every((s) => (g.signals?.[s] === true) === picked.includes(s));
  })
    ? edit
    : undefined;
}
