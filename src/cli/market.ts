import path from 'node:path';
import { check } from '../core/check';
import {
  compareLadder,
  MARKET,
  marketRows,
  marketSentence,
  PLACEMENT_WORDS,
  placementOf,
} from '../core/insight/market';
import { oneOf, parseArgs, UsageError } from './args';
import { displayPath, readText } from './files';
import { EXIT, type Io } from './io';
import { MARKET_USAGE } from './usage';

export { MARKET_USAGE };

const FORMATS = ['table', 'json'] as const;

interface FeatureEntry {
  feature: string;
  capability: string;
  capabilityId: string;
  sample: number;
  years: number[];
  free?: number;
  lowestPaid?: number;
  middle?: number;
  top?: number;
  addOn?: number;
  /** where this file puts it, and how many of the sample do the same */
  placement?: string;
  samePlacement?: number;
  /** a later row of a family (same capability, same add-on or first word): the figure is on this row */
  sameAs?: string;
  /** rows in the file that share this row's family */
  familySize: number;
  summary: string;
}

/** The market beside each recognised feature of one text, and the ladder against the corpus medians. */
export function marketReport(text: string) {
  const r = check(text);
  if (!r.model) return undefined;
  const features: FeatureEntry[] = [];
  for (const row of marketRows(r.model, text)) {
    const m = row.figure;
    const e: FeatureEntry = {
      feature: row.feature,
      capability: m.capability.name,
      capabilityId: m.capability.id,
      sample: m.sample,
      years: m.years,
      familySize: row.familySize,
      summary: marketSentence(m),
    };
    if (row.sameAs !== undefined) {
      // one figure per family: the later rows point at the first instead of repeating it
      e.sameAs = row.sameAs;
      e.summary = `${m.capability.name}: same family as ${row.sameAs} (figure shown there)`;
      features.push(e);
      continue;
    }
    if (row.familySize > 1) e.summary += ` (for ${row.familySize} rows of this family)`;
    const f = r.model.features.find((x) => x.id === row.feature)!;
    if (m.figures) {
      Object.assign(e, m.figures);
      const place = placementOf(r.model, f.id);
      if (place) {
        e.placement = place;
        e.samePlacement = m.figures[place];
        e.summary += `; this file: ${PLACEMENT_WORDS[place]}, like ${m.figures[place]} of ${m.sample}`;
      }
    }
    features.push(e);
  }
  return { features, ladder: compareLadder(r.model) };
}

export function runMarket(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv, { values: ['format'] });
  const format = oneOf('format', args.values.format, FORMATS, 'table');
  if (args.positionals.length === 0) throw new UsageError('market takes at least one FILE');
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
    const rep = marketReport(read.text);
    if (!rep) {
      io.stderr(
        `packaging-planner: ${shown}: the YAML does not parse; run \`packaging-planner check\` first\n`,
      );
      exit = EXIT.findings;
      continue;
    }
    files.push({ file: shown, features: rep.features, ladder: rep.ladder });
    table += `${shown}\n`;
    if (rep.features.length === 0) table += '  no recognised capability\n';
    for (const e of rep.features) table += `  ${e.feature}: ${e.summary}\n`;
    const l = rep.ladder;
    table += `  ladder: ${l.plans} plans (corpus median ${l.marketPlans}, ${l.sample.plans} products); price steps ${
      l.priceSteps.length ? l.priceSteps.map((s) => `${s}×`).join(', ') : 'none'
    } (corpus median ${l.marketPriceStep}×, ${l.sample.priceSteps} steps)\n\n`;
  }
  if (format === 'json') io.stdout(`${JSON.stringify({ files, source: MARKET.source }, null, 2)}\n`);
  else io.stdout(`${table}Source: ${MARKET.source}.\n`);
  return exit;
}
