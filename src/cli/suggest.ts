import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../core/check';
import { applyEdits } from '../core/edit/text-edits';
import { type SignalSuggestion, suggestFor } from '../core/insight/suggest-signals';
import { SIGNAL_NAMES } from '../core/insight/taxonomy/capabilities';
import { matchCapability } from '../core/insight/taxonomy/match';
import {
  type SuggestionPreview,
  suggestionPreview,
  verifiedSuggestionEdits,
} from '../core/matrix/suggestion-edits';
import type { CheckResult } from '../core/model/model';
import type { Diagnostic } from '../core/types';
import { oneOf, parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { EXIT, type Io } from './io';
import { SUGGEST_USAGE } from './usage';

export { SUGGEST_USAGE };

const FORMATS = ['table', 'json'] as const;

/** A feature the suggester said nothing for, with the capability it recognised (or none). */
export interface Abstention {
  feature: string;
  capability: string | null;
}

/** The suggestions for the features of one text that have no `signals` block. */
export function suggestionsFor(text: string): {
  suggestions: SignalSuggestion[];
  abstained: Abstention[];
  ok: boolean;
  result: CheckResult;
} {
  const r = check(text);
  if (!r.model) return { suggestions: [], abstained: [], ok: false, result: r };
  const suggestions: SignalSuggestion[] = [];
  const abstained: Abstention[] = [];
  for (const f of r.model.features) {
    if (f.signals !== undefined || f.signalsNode) continue;
    const s = suggestFor(f, r.model);
    if (s) suggestions.push(s);
    else {
      const m = matchCapability({ ...f, product: r.model.productName });
      abstained.push({ feature: f.id, capability: m && m.via === 'name' ? m.capability.id : null });
    }
  }
  return { suggestions, abstained, ok: !r.syntaxError, result: r };
}

/**
 * The text with a `signals` block inserted into each suggested feature (one insertion per feature, every other
 * byte kept): the matrix's verified edit, so every feature then reads exactly its suggestion and nothing structural
 * breaks. Undefined when that does not verify. `result` is the check of `text`.
 */
export function writeSuggestions(
  text: string,
  suggestions: readonly SignalSuggestion[],
  result: CheckResult = check(text),
): string | undefined {
  const ids = suggestions.flatMap((s) => (s.feature === undefined ? [] : [s.feature]));
  const r = verifiedSuggestionEdits(text, result, ids);
  return r ? applyEdits(text, r.edits) : undefined;
}

/** One suggestion as JSON: the capability matched (or null), and each question's answer with its evidence. */
function suggestionJson(s: SignalSuggestion) {
  return {
    feature: s.feature,
    capability: s.capability ? { id: s.capability.id, name: s.capability.name } : null,
    basis: s.basis,
    recommendation: s.recommendation,
    signals: s.signals,
    why: s.why,
    answers: Object.fromEntries(
      SIGNAL_NAMES.map((n) => {
        const a = s.answers[n];
        return [n, { answer: a.answer, ...(a.evidence ? { evidence: a.evidence, source: a.source } : {}) }];
      }),
    ),
  };
}

const findingJson = (d: Diagnostic) => ({
  rule: d.rule,
  severity: d.severity,
  ...(d.feature !== undefined ? { feature: d.feature } : {}),
  message: d.message,
});

function previewJson(p: SuggestionPreview) {
  return {
    rows: p.rows,
    added: p.added.map(findingJson),
    removed: p.removed.map(findingJson),
  };
}

/** The preview as text: the rows and their new recommendation, then the findings added and removed. */
export function previewText(file: string, p: SuggestionPreview, written: boolean): string {
  const head = written ? 'wrote' : 'would write (dry run: nothing written)';
  let out = `${file}: ${head} ${p.rows.length} suggested signals block${p.rows.length === 1 ? '' : 's'}\n`;
  const w0 = Math.max(0, ...p.rows.map((r) => r.id.length));
  const w1 = Math.max(0, ...p.rows.map((r) => r.recommendation.length));
  for (const r of p.rows)
    out += `  ${r.id.padEnd(w0)}  → ${r.recommendation.padEnd(w1)}  ${r.signals.length ? r.signals.join(', ') : '(none)'}  (${r.basis})\n`;
  const line = (d: Diagnostic) =>
    `    ${d.severity} ${d.rule}${d.feature ? ` (${d.feature})` : ''}: ${d.message}\n`;
  const cleared = p.removed.filter((d) => d.rule === 'unclassified-feature').length;
  const removed = p.removed.filter((d) => d.rule !== 'unclassified-feature');
  out += `  findings added: ${p.added.length}\n${p.added.map(line).join('')}`;
  out += `  findings removed: ${removed.length}${cleared ? ` (and ${cleared} unclassified-feature, now classified)` : ''}\n${removed.map(line).join('')}`;
  return out;
}

export function runSuggest(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['format'], flags: ['write', 'dry-run'] });
  const format = oneOf('format', args.values.format, FORMATS, 'table');
  if (args.positionals.length === 0) throw new UsageError('suggest takes at least one FILE');
  const dryRun = args.flags.has('dry-run');
  const write = args.flags.has('write') || dryRun;
  const files: unknown[] = [];
  let table = '';
  let exit: number = EXIT.ok;
  for (const file of args.positionals) {
    const full = path.resolve(io.cwd, file);
    const shown = displayPath(full, io.cwd);
    const read = readText(full);
    if (!read.ok) {
      io.stderr(`packaging-planner: ${shown}: ${read.reason}\n`);
      return EXIT.usage;
    }
    const { suggestions, abstained, ok, result } = suggestionsFor(read.text);
    if (!ok) {
      io.stderr(
        `packaging-planner: ${shown}: the YAML does not parse; run \`packaging-planner check\` first\n`,
      );
      exit = EXIT.findings;
      continue;
    }
    const entry: Record<string, unknown> = {
      file: shown,
      suggestions: suggestions.map(suggestionJson),
      abstained,
    };
    table += tableOf(shown, suggestions, abstained);
    if (write && suggestions.length > 0) {
      const ids = suggestions.flatMap((s) => (s.feature === undefined ? [] : [s.feature]));
      const p = suggestionPreview(read.text, result, ids);
      if (p === undefined) {
        io.stderr(`packaging-planner: ${shown}: not written: the result would not pass the checks\n`);
        exit = EXIT.findings;
      } else {
        if (!dryRun && p.text !== read.text) writeFileSync(full, p.text);
        entry.preview = { written: !dryRun, ...previewJson(p) };
        table += `${previewText(shown, p, !dryRun)}\n`;
      }
    }
    files.push(entry);
  }
  io.stdout(format === 'json' ? `${JSON.stringify({ files }, null, 2)}\n` : table);
  return exit;
}

function tableOf(
  file: string,
  suggestions: readonly SignalSuggestion[],
  abstained: readonly Abstention[],
): string {
  const rows = suggestions.map((s) => {
    const on = SIGNAL_NAMES.filter((n) => s.signals[n]);
    return { id: s.feature ?? '', basis: s.basis, sig: on.length ? on.join(', ') : '(none)', s };
  });
  const w0 = Math.max(7, ...rows.map((r) => r.id.length));
  const w1 = Math.max(10, ...rows.map((r) => r.basis.length));
  const w2 = Math.max(17, ...rows.map((r) => r.sig.length));
  let out = `${file}\n`;
  if (rows.length === 0) out += '  no suggestion\n';
  else {
    out += `  ${'feature'.padEnd(w0)}  ${'capability'.padEnd(w1)}  ${'suggested signals'.padEnd(w2)}  recommendation\n`;
    for (const { id, basis, sig, s } of rows) {
      out += `  ${id.padEnd(w0)}  ${basis.padEnd(w1)}  ${sig.padEnd(w2)}  ${s.recommendation}\n`;
      for (const n of SIGNAL_NAMES) if (s.answers[n].answer) out += `      ${n}: ${s.answers[n].evidence}\n`;
      if (!SIGNAL_NAMES.some((n) => s.answers[n].answer))
        out += `      no question answers yes: ${s.answers.virality.evidence}\n`;
    }
  }
  if (abstained.length)
    out += `  no suggestion (not sure): ${abstained.map((a) => (a.capability ? `${a.feature} (${a.capability})` : a.feature)).join(', ')}\n`;
  return `${out}\n`;
}
