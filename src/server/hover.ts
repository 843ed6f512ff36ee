// Hover: what the cursor is on (a term of the format, a feature), then the findings there.
import { type Hover, type MarkupContent, MarkupKind, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { keyTerm, pathKey, VALUES, valuesFor } from '../core/format/vocabulary';
import { acceptedLine, featureSummary, hoverSections, md, whyLine } from '../core/matrix/render/hover';
import type { CheckResult } from '../core/model/model';
import { RULES_BY_ID } from '../core/rules';
import type { Diagnostic } from '../core/types';
import { contextAt, lineInfo } from '../core/yaml/context';
import { lineText, within, wordAt, yamlLine } from './features';
import { lspRange } from './session';

export interface HoverEnv {
  ruleDoc?: (rule: string) => string | undefined;
  ruleUrl?: (rule: string) => string | undefined;
  /** the client shows open findings' messages in the hover itself (VS Code): ours names the rule only */
  hoverShowsDiagnostics?: boolean;
}

/**
 * A finding at the cursor: its rule and message (once), one line of why, the link to the rule page; an accepted
 * one says "Accepted: REASON" instead of arguing again.
 */
function findingSection(d: Diagnostic, env: HoverEnv): string {
  const url = env.ruleUrl?.(d.rule);
  const link = url
    ? `[Why and how to fix](${url})`
    : `Why and how to fix: \`packaging-planner explain ${d.rule}\``;
  if (d.accepted !== undefined)
    return `**${d.rule}** (accepted): ${md(d.message)}\n\n${acceptedLine(d)} · ${link}`;
  const message = env.hoverShowsDiagnostics ? '' : `: ${md(d.message)}`;
  const why = whyLine(env.ruleDoc?.(d.rule)) ?? RULES_BY_ID.get(d.rule)?.description;
  return `**${d.rule}** (${d.severity})${message}\n\n${why ? `${why} ` : ''}${link}`;
}

export function hover(doc: TextDocument, result: CheckResult, pos: Position, env: HoverEnv): Hover | null {
  const offset = doc.offsetAt(pos);
  let range: Range | undefined;
  const here = result.diagnostics.filter((d) => offset >= d.span.start && offset <= d.span.end);
  const findings = here.map((d) => findingSection(d, env));
  if (here[0]) range = lspRange(doc, here[0].span);
  let feature: string | undefined;
  const model = result.model;
  const f = model?.features.find(
    (x) => within(x.idNode, offset) || within(x.planNode, offset) || within(x.signalsNode, offset),
  );
  if (f && model) {
    const plan = model.plans.find((p) => p.id === f.plan);
    const others = result.diagnostics.filter((d) => d.feature === f.id && !here.includes(d));
    feature = featureSummary(f, plan?.name, others, doc.getText(), model);
  }
  const term = termAt(doc, pos);
  if (term) range ??= term.range;
  const parts = hoverSections({ term: term?.markdown, feature, findings });
  if (!parts.length) return null;
  const contents: MarkupContent = { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') };
  return range ? { contents, range } : { contents };
}

/** Meaning of the key or enum value under the cursor. */
function termAt(doc: TextDocument, pos: Position): { markdown: string; range: Range } | undefined {
  const line = lineText(doc, pos.line);
  const info = lineInfo(line);
  if (!info) return undefined;
  const w = wordAt(line, pos.character);
  const wordRange = w && {
    start: { line: pos.line, character: w.start },
    end: { line: pos.line, character: w.end },
  };
  const text = doc.getText();
  if (!info.key) {
    // `- poc`: an item of a list of enum values (freemiumGoals)
    if (!info.dashes.length || !w || !wordRange) return undefined;
    const ctx = contextAt(text, yamlLine(doc, pos), info.col);
    const value = line.slice(w.start, w.end);
    const v = ctx.kind === 'item' ? VALUES[pathKey(ctx.path)]?.find((x) => x.name === value) : undefined;
    return v ? { markdown: `\`${value}\`: ${v.doc}`, range: wordRange } : undefined;
  }
  const keyEnd = info.col + info.key.length;
  const ctx = contextAt(text, yamlLine(doc, pos), info.col);
  const path = info.dashes.length && !ctx.path.includes('#') ? [...ctx.path, '#'] : ctx.path;
  if (pos.character >= info.col && pos.character <= keyEnd) {
    const term =
      keyTerm(path, info.key) ??
      (pathKey(path) === 'features.#.limits'
        ? { name: info.key, doc: `The usage limit of plan \`${info.key}\`.` }
        : undefined);
    if (!term) return undefined;
    return {
      markdown: `\`${info.key}\`: ${term.doc}`,
      range: { start: { line: pos.line, character: info.col }, end: { line: pos.line, character: keyEnd } },
    };
  }
  const valueStart = line.indexOf(info.rest ?? '\u0000', keyEnd);
  if (
    !info.rest ||
    valueStart < 0 ||
    pos.character < valueStart ||
    pos.character > valueStart + info.rest.length
  )
    return undefined;
  if (info.rest.startsWith('[')) {
    if (!w || !wordRange) return undefined;
    const value = line.slice(w.start, w.end);
    const v = valuesFor(path, info.key)?.find((x) => x.name === value);
    return v ? { markdown: `\`${value}\`: ${v.doc}`, range: wordRange } : undefined;
  }
  const value = info.rest.replace(/^["']|["']$/g, '');
  const v = valuesFor(path, info.key)?.find((x) => x.name === value);
  if (!v) return undefined;
  return {
    markdown: `\`${info.key}: ${value}\`: ${v.doc}`,
    range: {
      start: { line: pos.line, character: valueStart },
      end: { line: pos.line, character: valueStart + info.rest.length },
    },
  };
}
