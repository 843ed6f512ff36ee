import { isMap, type Node, parseDocument } from 'yaml';
import { reasonProblem } from '../format/reason';
import { ACCEPTABLE_RULES } from '../format/schema';
import type { CheckOptions, CheckResult } from '../model/model';
import type { Diagnostic, TextEdit } from '../types';
import { mapValue } from '../yaml/parse';
import { unusedAcceptEdit } from './fixes';
import { EditableText } from './text-edits';
import { verifyOutcome } from './verify';

export { reasonProblem };

// Decision records as edits (spec 4.5): "Accept this finding…" writes an `accept` entry (a suggestion: the team
// decides), "Remove unused accept" deletes one (a fix). Each edit is minimal and is verified on the text before it is offered: the result must parse,
// add no structure error, and do what it says (verify.ts, like every fix).

const ACCEPTABLE = new Set<string>(ACCEPTABLE_RULES);

/** Whether "Accept this finding…" applies: an acceptable rule, not accepted yet. */
export function canAccept(d: Diagnostic): boolean {
  return ACCEPTABLE.has(d.rule) && d.accepted === undefined;
}

/** The reason as a YAML scalar: plain when YAML reads it back as the same text, else double-quoted. */
function reasonText(reason: string): string {
  const r = reason.trim();
  const doc = parseDocument(`k: ${r}`);
  return doc.errors.length === 0 && isMap(doc.contents) && doc.get('k') === r ? r : JSON.stringify(r);
}

/** The edit that records `reason` for the finding `d` of `result` (the check of `text`), verified. */
export function acceptEdit(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  reason: string,
  options: CheckOptions = {},
): TextEdit | undefined {
  const model = result.model;
  if (!model || !canAccept(d) || reasonProblem(reason)) return undefined;
  const t = new EditableText(text);
  const value = reasonText(reason);
  const entry = `${d.rule}: ${value}`;
  let owner: Node | undefined;
  if (d.feature !== undefined) owner = model.features.find((f) => f.id === d.feature)?.node;
  else owner = model.rootNode;
  if (!isMap(owner)) return undefined;
  const existing = mapValue(owner, 'accept');
  const edit = isMap(existing)
    ? t.insertPair(existing, d.rule, undefined, value)
    : existing === undefined
      ? t.insertPair(owner, 'accept', [entry], `{ ${entry} }`)
      : undefined;
  if (!edit) return undefined;
  return verifyOutcome(text, result, [edit], options, (after) =>
    after.diagnostics.some(
      (x) =>
        x.rule === d.rule &&
        x.feature === d.feature &&
        x.message === d.message &&
        x.accepted === reason.trim(),
    ),
  )
    ? edit
    : undefined;
}

/** The edit that deletes the `accept` entry an `unused-accept` finding points at (a fix, fixes.ts), verified. */
export function removeAcceptEdit(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  options: CheckOptions = {},
): TextEdit | undefined {
  const rule = d.data?.acceptedRule;
  const edit = unusedAcceptEdit(new EditableText(text), result, d, options);
  if (!edit || !rule) return undefined;
  return verifyOutcome(
    text,
    result,
    [edit],
    options,
    (after) =>
      !after.diagnostics.some(
        (x) => x.rule === 'unused-accept' && x.data?.acceptedRule === rule && x.feature === d.feature,
      ),
  )
    ? edit
    : undefined;
}
