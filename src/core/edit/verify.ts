import { check } from '../check';
import type { CheckOptions, CheckResult } from '../model/model';
import type { Diagnostic, TextEdit } from '../types';
import { suggestionsFor } from './finding-suggestions';
import { fixesFor } from './fixes';
import type { OfferedEdit } from './offered';
import { applyEdits, EditableText } from './text-edits';

// An edit (fix or suggestion) is offered only once it has been tried: applied to the text in memory and checked
// again. Every face (code actions, `check --fix`, the fuzzer) goes through here, so none can offer an edit that
// breaks a file. Findings are compared uncapped: an edit that uncovers a finding the per-rule cap hid adds nothing.

/**
 * Findings no edit may add: the file stops being readable or its data changes meaning. Not the reference rules
 * (unknown-plan, limit-outside-plan): a typo fixed can uncover one that was there all along, hidden behind it.
 */
const STRUCTURAL = new Set(['syntax', 'schema', 'duplicate-id']);

export interface Verdict {
  ok: boolean;
  /** why the edits were refused (for tests and the fuzzer's messages) */
  reason?: string;
  /** the edited text and its check, when the edits apply */
  text?: string;
  result?: CheckResult;
}

/** Every finding of a check, including those the per-rule cap leaves out of `diagnostics`. */
export const allFindings = (r: CheckResult): readonly Diagnostic[] => r.uncapped ?? r.diagnostics;

const findingKey = (d: Diagnostic) => `${d.rule}\u0000${d.feature ?? ''}\u0000${d.message}`;

function counts(ds: readonly Diagnostic[], keep: (d: Diagnostic) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of ds) if (keep(d)) out.set(findingKey(d), (out.get(findingKey(d)) ?? 0) + 1);
  return out;
}

/** Edits are in bounds, do not overlap, and write the file's own line ends. */
function wellFormed(text: string, edits: readonly TextEdit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const crlf = text.includes('\r\n');
  let prevEnd = -1;
  for (const e of sorted) {
    const { start, end } = e.span;
    if (
      !(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)
    )
      return `edit out of bounds (${start}-${end})`;
    if (start < prevEnd || (start === prevEnd && start === end)) return 'edits overlap';
    prevEnd = end;
    const bareLf = /(^|[^\r])\n/.test(e.newText);
    if (crlf ? bareLf : e.newText.includes('\r')) return 'edit mixes line ends';
    if (e.newText.includes('\u0000')) return 'edit writes a NUL';
  }
  return undefined;
}

/** Every feature and plan the fix does not target reads the same before and after. */
function sameElsewhere(
  before: CheckResult,
  after: CheckResult,
  targets: readonly Diagnostic[],
): string | undefined {
  const targeted = new Set(targets.map((d) => d.feature).filter((f) => f !== undefined));
  const sig = (f: NonNullable<CheckResult['model']>['features'][number]) =>
    JSON.stringify([f.plan, Object.entries(f.limits).sort(), f.signals ?? null, f.status, f.name]);
  const old = new Map<string, string>();
  for (const f of before.model?.features ?? []) if (!targeted.has(f.id)) old.set(f.id, sig(f));
  for (const f of after.model?.features ?? []) {
    const was = old.get(f.id);
    if (was !== undefined && was !== sig(f)) return `feature "${f.id}" changed too`;
  }
  const plan = (p: NonNullable<CheckResult['model']>['plans'][number]) => JSON.stringify([p.price, p.name]);
  const plans = new Map((before.model?.plans ?? []).map((p) => [p.id, plan(p)] as const));
  for (const p of after.model?.plans ?? []) {
    const was = plans.get(p.id);
    if (was !== undefined && was !== plan(p)) return `plan "${p.id}" changed`;
  }
  return undefined;
}

/**
 * Applies `edits` to `text` in memory and checks the result: every finding in `targets` is gone, no new
 * syntax, schema or duplicate-id finding appears, and nothing the targets are not about changes.
 */
export function verifyEdits(
  text: string,
  before: CheckResult,
  edits: readonly TextEdit[],
  targets: readonly Diagnostic[],
  options: CheckOptions = {},
): Verdict {
  if (edits.length === 0) return { ok: false, reason: 'no edit' };
  const bad = wellFormed(text, edits);
  if (bad) return { ok: false, reason: bad };
  const out = applyEdits(text, edits);
  const after = check(out, options);
  const verdict = (reason: string): Verdict => ({ ok: false, reason, text: out, result: after });
  if (after.syntaxError && !before.syntaxError) return verdict('the edit breaks the YAML');
  const beforeAll = allFindings(before);
  const afterAll = allFindings(after);
  const was = counts(beforeAll, (d) => STRUCTURAL.has(d.rule));
  for (const t of targets) {
    const k = findingKey(t);
    if (was.has(k)) was.set(k, was.get(k)! - 1);
  }
  for (const [k, n] of counts(afterAll, (d) => STRUCTURAL.has(d.rule))) {
    if (n > (was.get(k) ?? 0)) return verdict(`new finding: ${k.split('\u0000').join(' ')}`);
  }
  const remaining = counts(afterAll, () => true);
  const expected = counts(beforeAll, () => true);
  for (const t of targets) {
    const k = findingKey(t);
    expected.set(k, (expected.get(k) ?? 0) - 1);
  }
  for (const t of targets) {
    const k = findingKey(t);
    if ((remaining.get(k) ?? 0) > (expected.get(k) ?? 0)) return verdict(`still reported: ${t.message}`);
  }
  const elsewhere = sameElsewhere(before, after, targets);
  if (elsewhere) return verdict(elsewhere);
  return { ok: true, text: out, result: after };
}

/**
 * For edits that do not remove a finding (an `accept` entry, the PM's answer to the packaging test, a move):
 * well formed, the YAML still parses, no new syntax, schema or duplicate-id finding, and `ok` holds on the new
 * result. `before` is the caller's check of `text` under `options` (not checked again).
 */
export function verifyOutcome(
  text: string,
  before: CheckResult,
  edits: readonly TextEdit[],
  options: CheckOptions,
  ok: (after: CheckResult) => boolean,
): boolean {
  if (edits.length === 0 || wellFormed(text, edits)) return false;
  const after = check(applyEdits(text, edits), options);
  if (after.syntaxError) return false;
  const was = counts(allFindings(before), (d) => STRUCTURAL.has(d.rule));
  for (const [k, n] of counts(allFindings(after), (d) => STRUCTURAL.has(d.rule)))
    if (n > (was.get(k) ?? 0)) return false;
  return ok(after);
}

/** The fixes of `d` that pass `verifyEdits` (none for an accepted finding). */
export function verifiedFixesFor(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  options: CheckOptions = {},
): OfferedEdit[] {
  return fixesFor(text, result, d, options).filter(
    (f) => verifyEdits(text, result, f.edits, [d], options).ok,
  );
}

/** The suggestions of `d` that pass `verifyEdits` (none for an accepted finding). */
export function verifiedSuggestionsFor(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  options: CheckOptions = {},
): OfferedEdit[] {
  return suggestionsFor(text, result, d).filter((f) => verifyEdits(text, result, f.edits, [d], options).ok);
}

/**
 * What every face offers for `d`: its verified fixes, then its verified suggestions, each with its `kind`. Only a
 * fix may be preferred. Nothing for an accepted finding (spec 5.1).
 */
export function verifiedEditsFor(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  options: CheckOptions = {},
): OfferedEdit[] {
  if (d.accepted !== undefined) return [];
  return [...verifiedFixesFor(text, result, d, options), ...verifiedSuggestionsFor(text, result, d, options)];
}

export interface FixAllResult {
  text: string;
  /** findings removed by a verified fix */
  fixed: number;
  /** the check of the final text */
  result: CheckResult;
  /** findings of the final text (not accepted) with a suggestion for a person: `--fix` never applies those */
  suggestions: number;
}

const MAX_ROUNDS = 10;
/** Full checks `fixAll` may spend on verification (each round's batch and the halves of a failing one). */
export const FIX_CHECK_BUDGET = 40;

type Picked = { d: Diagnostic; fix: OfferedEdit; start: number };

/**
 * Applies every preferred fix (ESLint's `--fix`), never a suggestion: rounds of non-overlapping fixes, each round
 * verified as a whole; when a round's batch fails, it is split in halves until the fixes that break it are left
 * out. Stops when nothing applies, after a few rounds, or when `budget` full checks are spent. Findings are read
 * uncapped, so 10,000 misspelt keys are fixed in one round.
 */
export function fixAll(text: string, options: CheckOptions = {}, budget = FIX_CHECK_BUDGET): FixAllResult {
  let cur = text;
  let result = check(cur, options);
  let fixed = 0;
  let checks = 0;
  for (let round = 0; round < MAX_ROUNDS && checks < budget; round++) {
    const t = new EditableText(cur);
    const candidates: Picked[] = [];
    for (const d of allFindings(result)) {
      const fix = fixesFor(cur, result, d, options, t).find((f) => f.preferred && f.kind === 'fix');
      if (fix && fix.edits.length > 0)
        candidates.push({ d, fix, start: Math.min(...fix.edits.map((e) => e.span.start)) });
    }
    const picked = nonOverlapping(candidates);
    if (picked.length === 0) break;
    // The whole round at once; when it fails, halves (bisection), so a few bad fixes among many cost
    // O(bad × log n) checks, not one check per fix.
    const chosen: Picked[] = [];
    let v: Verdict | undefined;
    const settle = (list: Picked[]): void => {
      if (list.length === 0 || checks >= budget) return;
      const all = [...chosen, ...list];
      checks++;
      const verdict = verifyEdits(
        cur,
        result,
        all.flatMap((p) => p.fix.edits),
        all.map((p) => p.d),
        options,
      );
      if (verdict.ok) {
        chosen.push(...list);
        v = verdict;
      } else if (list.length > 1) {
        const mid = list.length >> 1;
        settle(list.slice(0, mid));
        settle(list.slice(mid));
      }
    };
    settle(picked);
    if (!v || chosen.length === 0) break;
    fixed += chosen.length;
    cur = v.text!;
    result = v.result!;
  }
  return { text: cur, fixed, result, suggestions: suggestionsLeft(cur, result) };
}

/** Findings (not accepted) of `result`, the check of `text`, that a person could answer with a suggestion. */
export function suggestionsLeft(text: string, result: CheckResult): number {
  const t = new EditableText(text);
  let n = 0;
  for (const d of allFindings(result))
    if (d.accepted === undefined && suggestionsFor(text, result, d, t).length > 0) n++;
  return n;
}

/** Candidates whose edits neither overlap nor touch another's (an insertion at the same offset included). */
function nonOverlapping(candidates: Picked[]): Picked[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Picked[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const c of sorted) {
    const spans = c.fix.edits.map((e) => e.span);
    if (spans.some((s) => hits(taken, s))) continue;
    out.push(c);
    for (const s of spans) insertSorted(taken, s);
  }
  return out;
}

function hits(taken: readonly { start: number; end: number }[], s: { start: number; end: number }): boolean {
  // The first taken span starting after s.end cannot meet s; every one before it might, the nearest first.
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid]!.start <= s.end) lo = mid + 1;
    else hi = mid;
  }
  // Taken spans do not meet each other, so their ends grow with their starts: only the nearest can reach s.
  return lo > 0 && taken[lo - 1]!.end >= s.start;
}

function insertSorted(taken: { start: number; end: number }[], s: { start: number; end: number }): void {
  let i = taken.length;
  while (i > 0 && taken[i - 1]!.start > s.start) i--;
  taken.splice(i, 0, s);
}
