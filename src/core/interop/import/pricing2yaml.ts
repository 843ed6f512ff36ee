import { reportSourceDefects } from './defects';
import { humanize } from './humanize';
import { mapAddOns } from './map-add-ons';
import { type ImportStats, mapFeatures } from './map-features';
import { mapPlans } from './map-plans';
import { Notes } from './notes';
import { type Obj, readSource } from './read';
import { type Row, writePackaging } from './write';

// Pricing2Yaml (ISA group, syntax 1.x–3.x) -> packaging.yaml. Pure: text in, text + warnings out.
// read (parse, values) -> map (plans, add-ons, features and limits) -> write (text with comments); notes collect
// what the user is told. Decisions (see docs/cli.md#import): plans ordered lowest -> highest; a feature sits on
// the lowest plan that enables it, else on the add-on that sells it (`addOn:`); every usage limit is kept (the
// first on the feature, the others as their own rows); seat minimums become `minSeats`; what had to be guessed
// or dropped is a comment at that spot and a note. No `growth` and no `signals`: the import cannot know them.

export { slugify } from './ids';
export type { ImportStats } from './map-features';
export { evalPrice, ImportError, toNumber } from './read';
export { pluralUnit } from './units';
export { humanize };

export interface ImportResult {
  /** the packaging.yaml text */
  text: string;
  /** what the conversion could not carry over, one line each */
  warnings: string[];
  /** counts of the source, for callers that want to verify nothing was lost */
  source: { plans: number; addOns: number; features: number; usageLimits: number };
  /** what was written: for the corpus figures and the CLI summary */
  stats: ImportStats;
}

export function importPricing2Yaml(text: string): ImportResult {
  const src = readSource(text);
  const notes = new Notes();
  const syntax = String(src.root.syntaxVersion ?? '');
  if (syntax && !/^[123](\.|$)/.test(syntax))
    notes.warn(`syntaxVersion ${syntax} is not 1.x-3.x; converted as if it were 3.x`);

  const table = mapPlans(src, notes);
  reportSourceDefects(table);
  const addOns = mapAddOns(table);
  const stats: ImportStats = {
    plans: table.plans.length,
    addOns: addOns.length,
    features: 0,
    limitRows: 0,
    addOnFeatures: 0,
    planAndAddOnFeatures: 0,
    limitsKept: 0,
    limitsUnbounded: 0,
    limitsInComments: 0,
    limitsInPlacement: 0,
    limitsDropped: 0,
    extensionsInComments: addOns.reduce((n, a) => n + a.raises, 0),
    notes: 0,
    textTiers: 0,
  };
  const { rows, minSeats } = mapFeatures(table, addOns, stats);

  const plans: Row[] = table.plans.map((p, i) => {
    const o: Obj = { id: table.planIds[i]!, name: humanize(p.key), price: p.price };
    const pp = table.planPer[i]!;
    if (pp.per) o.per = pp.per;
    if (pp.period && p.price !== 'contact-sales') o.period = pp.period;
    const ms = minSeats.get(i);
    if (ms !== undefined) o.minSeats = ms;
    if (p.salesAssisted && p.price !== 0) o.salesAssisted = true;
    return { value: o, comments: table.planComments.get(p) ?? [] };
  });
  const root = src.root;
  const saas = typeof root.saasName === 'string' ? root.saasName.trim() : '';
  const product: Obj = { name: saas ? saas.charAt(0).toUpperCase() + saas.slice(1) : 'Imported product' };
  if (typeof root.url === 'string' && /^https?:\/\//.test(root.url)) product.url = root.url;
  const from = [root.saasName, root.version ?? root.createdAt].filter(
    (x): x is string | number => typeof x === 'string' || typeof x === 'number',
  );
  const written = writePackaging({
    from,
    product,
    plans,
    addOns: addOns.map((a) => a.row),
    features: rows,
  });
  stats.notes = written.comments;
  return {
    text: written.text,
    warnings: notes.all(),
    stats,
    source: {
      plans: Object.keys(src.plans).length,
      addOns: Object.keys(src.addOns).length,
      features: table.featureKeys.length,
      usageLimits: Object.keys(src.usageLimits).length,
    },
  };
}
