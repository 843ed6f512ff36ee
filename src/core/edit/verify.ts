import { check } from '../check';
import type { CheckOptions, CheckResult } from '../model/model';
import type { Diagnostic, TextEdit } from '../types';
import { type Fix, fixesFor } from './fixes';
import { applyEdits } from './text-edits';

// A fix is offered only once it has been tried: applied to the text in memory and checked again. Every face
// (code actions, `check --fix`, the fuzzer) goes through here, so none can offer an edit that breaks a file.

/** Findings a fix must never add: the file stops being readable or its data changes meaning. */
const STRUCTURAL = new Set(['syntax', 'schema', 'duplicate-id']);

export interface Verdict {
  ok: boolean;
  /** why the edits were refused (for tests and the fuzzer's messages) */
  reason?: string;
  /** the edited text and its check, when the edits apply */
  text?: string;
  result?: CheckResult;
}

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
  const was = counts(before.diagnostics, (d) => STRUCTURAL.has(d.rule));
  for (const t of targets) {
    const k = findingKey(t);
    if (was.has(k)) was.set(k, was.get(k)! - 1);
  }
  for (const [k, n] of counts(after.diagnostics, (d) => STRUCTURAL.has(d.rule))) {
    if (n > (was.get(k) ?? 0)) return verdict(`new finding: ${k.split('\u0000').join(' ')}`);
  }
  const remaining = counts(after.diagnostics, () => true);
  const expected = counts(before.diagnostics, () => true);
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
  const was = counts(before.diagnostics, (d) => STRUCTURAL.has(d.rule));
  for (const [k, n] of counts(after.diagnostics, (d) => STRUCTURAL.has(d.rule)))
    if (n > (was.get(k) ?? 0)) return false;
  return ok(after);
}

/** The fixes of `d` that pass `verifyEdits`: what every face offers. */
export function verifiedFixesFor(
  text: string,
  result: CheckResult,
  d: Diagnostic,
  options: CheckOptions = {},
): Fix[] {
  return fixesFor(text, result, d).filter((f) => verifyEdits(text, result, f.edits, [d], options).ok);
}

export interface FixAllResult {
  text: string;
  /** findings removed by a verified fix */
  fixed: number;
  /** the check of the final text */
  result: CheckResult;
}

/** Rules whose fix moves a feature: one move per feature per run, so two rules never bounce it back and forth. */
const MOVES = new Set(['gated-growth-driver', 'free-friction']);
const MAX_ROUNDS = 10;

type Picked = { d: Diagnostic; fix: Fix };

/**
 * Applies every verified preferred fix (ESLint's `--fix`): rounds of non-overlapping fixes, each round
 * verified as a whole; when a round's batch fails, it is split in halves until the fixes that break it are
 * left out. Stops when nothing applies or after a few rounds.
 */
export function fixAll(text: string, options: CheckOptions = {}): FixAllResult {
  let cur = text;
  let result = check(cur, options);
  let fixed = 0;
  const moved = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const picked: Picked[] = [];
    const taken: TextEdit[] = [];
    const touchedFeatures = new Set<string>();
    for (const d of result.diagnostics) {
      if (MOVES.has(d.rule) && d.feature !== undefined && moved.has(d.feature)) continue;
      // One fix per feature per round: two insertions at the end of one map would land at the same offset.
      if (d.feature !== undefined && touchedFeatures.has(d.feature)) continue;
      const fix = fixesFor(cur, result, d).find((f) => f.preferred);
      if (!fix || fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
      picked.push({ d, fix });
      taken.push(...fix.edits);
      if (d.feature !== undefined) touchedFeatures.add(d.feature);
    }
    if (picked.length === 0) break;
    // The whole round at once; when it fails, halves (bisection), so a few bad fixes among many cost
    // O(bad × log n) checks, not one check per fix.
    const chosen: Picked[] = [];
    let v: Verdict | undefined;
    const settle = (list: Picked[]): void => {
      if (list.length === 0) return;
      const all = [...chosen, ...list];
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
    for (const p of chosen) if (MOVES.has(p.d.rule) && p.d.feature !== undefined) moved.add(p.d.feature);
    fixed += chosen.length;
    const done: Verdict = v;
    cur = done.text!;
    result = done.result!;
  }
  return { text: cur, fixed, result };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.span.start <= b.span.end && b.span.start <= a.span.end;
}
