import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../core/check';
import { applyEdits } from '../core/edit/text-edits';
import { type SignalSuggestion, suggestSignals } from '../core/insight/suggest-signals';
import { SIGNAL_NAMES } from '../core/insight/taxonomy/capabilities';
import { verifiedSuggestionEdits } from '../core/matrix/suggestion-edits';
import type { CheckResult } from '../core/model/model';
import { oneOf, parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { EXIT, type Io } from './io';

export const SUGGEST_USAGE = 'packaging-planner suggest FILE... [--format table|json] [--write]';
const FORMATS = ['table', 'json'] as const;

/** The suggestions for the features of one text that have no `signals` block. */
export function suggestionsFor(text: string): {
  suggestions: SignalSuggestion[];
  abstained: string[];
  ok: boolean;
  result: CheckResult;
} {
  const r = check(text);
  if (!r.model) return { suggestions: [], abstained: [], ok: false, result: r };
  const suggestions: SignalSuggestion[] = [];
  const abstained: string[] = [];
  for (const f of r.model.features) {
    if (f.signals !== undefined) continue;
    const s = suggestSignals({ id: f.id, name: f.name, description: f.description, category: f.category });
    if (s) suggestions.push(s);
    else abstained.push(f.id);
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

export function runSuggest(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['format'], flags: ['write'] });
  const format = oneOf('format', args.values.format, FORMATS, 'table');
  if (args.positionals.length === 0) throw new UsageError('suggest takes at least one FILE');
  const files: { file: string; suggestions: unknown[] }[] = [];
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
    files.push({
      file: shown,
      suggestions: suggestions.map((s) => ({ feature: s.feature, signals: s.signals, why: s.why })),
    });
    table += tableOf(shown, suggestions, abstained);
    if (args.flags.has('write') && suggestions.length > 0) {
      const next = writeSuggestions(read.text, suggestions, result);
      if (next === undefined) {
        io.stderr(`packaging-planner: ${shown}: not written: the result would not pass the checks\n`);
        exit = EXIT.findings;
      } else if (next !== read.text) {
        writeFileSync(full, next);
        io.stderr(`packaging-planner: ${shown}: wrote ${suggestions.length} suggested signals blocks\n`);
      }
    }
  }
  io.stdout(format === 'json' ? `${JSON.stringify({ files }, null, 2)}\n` : table);
  return exit;
}

function tableOf(
  file: string,
  suggestions: readonly SignalSuggestion[],
  abstained: readonly string[],
): string {
  const rows = suggestions.map((s) => {
    const on = SIGNAL_NAMES.filter((n) => s.signals[n]);
    return [s.feature ?? '', s.capability.name, on.length ? on.join(', ') : '(none)', s.recommendation, s];
  });
  const w0 = Math.max(7, ...rows.map((r) => String(r[0]).length));
  const w1 = Math.max(10, ...rows.map((r) => String(r[1]).length));
  const w2 = Math.max(17, ...rows.map((r) => String(r[2]).length));
  let out = `${file}\n`;
  if (rows.length === 0) out += '  no suggestion\n';
  else {
    out += `  ${'feature'.padEnd(w0)}  ${'capability'.padEnd(w1)}  ${'suggested signals'.padEnd(w2)}  recommendation\n`;
    for (const [id, cap, sig, rec, s] of rows) {
      out += `  ${String(id).padEnd(w0)}  ${String(cap).padEnd(w1)}  ${String(sig).padEnd(w2)}  ${rec}\n`;
      const sug = s as SignalSuggestion;
      for (const n of SIGNAL_NAMES) if (sug.why[n]) out += `      ${n}: ${sug.why[n]}\n`;
    }
  }
  if (abstained.length) out += `  no suggestion (not sure): ${abstained.join(', ')}\n`;
  return `${out}\n`;
}
