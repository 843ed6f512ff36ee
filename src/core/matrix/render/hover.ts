import { RECOMMENDATION_NAMES, SIGNAL_NAMES } from '../../format/names';
import { featureInsights } from '../../insight/insights';
import type { FeatureModel, PackagingModel } from '../../model/model';
import type { Diagnostic } from '../../types';

// The feature hover and the inlay label, as Markdown and text: the VS Code extension and the language server show
// the same words.

/** User text inside hover Markdown: shown literally, never as links, emphasis or HTML. */
export function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+\-.!|~@]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

export function hintLabel(f: Pick<FeatureModel, 'recommendation' | 'reasons'>): string {
  const reasons = f.reasons.map((r) => SIGNAL_NAMES[r]).join(', ');
  if (f.recommendation === 'either') return '→ either: no signal argues for a side';
  return `→ ${f.recommendation}${reasons ? `: ${reasons}` : ''}`;
}

/**
 * What a feature is, where it sits, what the test says and the market, in a few short lines. `others`: the
 * feature's findings the hover does not show at the cursor, named once (open ones by rule; accepted ones with
 * their reason), never with their messages again.
 */
export function featureSummary(
  f: FeatureModel,
  planName: string | undefined,
  others: readonly Diagnostic[],
  text: string,
  /** the checked file's model: the suggestion then also reads the product name, value metric and sibling rows */
  model?: PackagingModel,
): string {
  const lines = [`**${md(f.name)}** (\`${f.id}\`)`, ''];
  const side = f.side ? `${f.side} side` : f.addOnOnly ? 'unknown add-on' : 'unknown plan';
  const a = f.addOnModel;
  if (f.addOnOnly && a) lines.push(`Add-on: **${md(a.name)}**, from ${md(planName ?? f.plan)} (${side})`, '');
  else {
    lines.push(`Plan: **${md(planName ?? f.plan)}** (${side})`);
    // (r3) with both `plan` and `addOn`: below its plan it is bought with the add-on, from the add-on's `from`
    if (a && f.availableFrom && f.placement && f.availableFrom.rank < f.placement.rank)
      lines.push(`Below it: add-on **${md(a.name)}**, from ${md(f.availableFrom.name)}`);
    lines.push('');
  }
  if (f.recommendation === 'unclassified') {
    lines.push('Recommendation: **unclassified**: add a `signals` block to run the packaging test.');
  } else if (f.recommendation === 'either') {
    lines.push('Recommendation: **either**: no signal argues for free or paid; place it by tier.');
  } else {
    const reasons = f.reasons.map((r) => SIGNAL_NAMES[r]).join(', ');
    lines.push(`Recommendation: **${RECOMMENDATION_NAMES[f.recommendation]}** (decided by ${reasons})`);
  }
  if (f.rationale) lines.push('', `Rationale: ${md(f.rationale)}`);
  const i = featureInsights(f, text, model);
  if (i.market) lines.push('', `Market: ${md(i.market)}`);
  if (i.suggestion) lines.push('', `Suggested signals: ${md(i.suggestion)}`);
  const open = others.filter((d) => d.accepted === undefined);
  if (open.length)
    lines.push('', `Other findings: ${open.map((d) => `\`${d.rule}\` (${d.severity})`).join(', ')}`);
  for (const d of others) if (d.accepted !== undefined) lines.push('', acceptedLine(d));
  return lines.join('\n');
}

/** An accepted finding in a hover: its reason, once. */
export function acceptedLine(d: Diagnostic): string {
  return `\`${d.rule}\` Accepted: ${md(d.accepted ?? '')}`;
}

/**
 * One line of a rule page's "## Why": its first sentence. A sentence that runs into a list or a long aside ends
 * at its colon instead, so the hover stays a few lines and nothing in it stops mid-thought.
 */
export function whyLine(page: string | undefined): string | undefined {
  const para = whyParagraph(page)?.split('\n\n')[0];
  if (!para) return undefined;
  let sentence = /^.+?[.?!](?=\s+[A-Z(`*]|\s*$)/.exec(para)?.[0] ?? para;
  const colon = sentence.indexOf(': ');
  if (sentence.endsWith(':')) sentence = `${sentence.slice(0, -1)}.`;
  else if (sentence.length > 200 && colon >= 20) sentence = `${sentence.slice(0, colon)}.`;
  return sentence;
}

/**
 * The first paragraph of a rule page's "## Why", unwrapped. A paragraph that ends with a colon announces a
 * list: the list comes with it (one Markdown item per line), so the hover never stops at "…fuel it:".
 */
export function whyParagraph(page: string | undefined): string | undefined {
  if (!page) return undefined;
  const text = page.replace(/\r\n/g, '\n');
  const at = text.indexOf('\n## Why\n');
  if (at < 0) return undefined;
  const blocks = text
    .slice(at + 8)
    .trim()
    .split(/\n\s*\n/);
  const first = blocks[0] ?? '';
  if (first === '' || first.startsWith('## ')) return undefined;
  const para = first.replace(/\s*\n\s*/g, ' ');
  const list = blocks[1];
  if (!para.endsWith(':') || !list || !/^[-*] /.test(list)) return para;
  const items = list
    .split(/\n(?=[-*] )/)
    .map((item) => item.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  return `${para}\n\n${items.join('\n')}`;
}

/**
 * The order of a hover's sections: what the cursor is on first (a term it names, else the feature), then the
 * findings at the cursor (each with its why and link), then the feature summary when a term led.
 */
export function hoverSections<T>(parts: { term?: T; feature?: T; findings: readonly T[] }): T[] {
  const out: T[] = [];
  const lead = parts.term ?? parts.feature;
  if (lead !== undefined) out.push(lead);
  out.push(...parts.findings);
  if (parts.term !== undefined && parts.feature !== undefined) out.push(parts.feature);
  return out;
}
