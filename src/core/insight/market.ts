import type { FeatureModel, PackagingModel } from '../model/model';
import type { Capability } from './taxonomy/capabilities';
import marketJson from './taxonomy/market.json';
import { type CapabilityFigures, type MarketData, PLACEMENTS, type Placement } from './taxonomy/market-build';
import { type FeatureText, matchCapability, normalise, productWords } from './taxonomy/match';

// "What do others do?": the market figure beside a feature, from the dataset built out of the corpus
// (src/core/insight/taxonomy/market.json, `npm run market:build`). A figure is shown only when at least
// `minSample` products (5) offer the capability: below that one product moves the share by 20 points or
// more, which reads as a trend it is not. A feature opts out with a comment inside its item:
// `# packaging-planner: no-market`.

export const MARKET: MarketData = marketJson as MarketData;

export const PLACEMENT_WORDS: Record<Placement, string> = {
  free: 'free plan',
  lowestPaid: 'lowest paid plan',
  middle: 'a middle plan',
  top: 'top plan',
  addOn: 'an add-on',
};

export interface MarketFigure {
  capability: Capability;
  sample: number;
  /** counts per placement; absent when the sample is below the threshold */
  figures?: Pick<CapabilityFigures, Placement>;
  years: number[];
  /** the most common placement and how many products use it (above the threshold only) */
  common?: { placement: Placement; count: number };
}

export const OPT_OUT = /#[ \t]*packaging-planner:[ \t]*no-market\b/;

function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? `${lo}` : `${lo}–${hi}`;
}

/**
 * The market figure of the capability a feature is, or undefined when the match is not sure: only a match on
 * the feature's own name counts (not its description, not its category alone).
 */
export function marketFor(f: FeatureText, data: MarketData = MARKET): MarketFigure | undefined {
  const m = matchCapability(f);
  if (m?.via !== 'name') return undefined;
  const c = data.capabilities[m.capability.id];
  if (!c) return undefined;
  const out: MarketFigure = { capability: m.capability, sample: c.sample, years: c.years };
  if (c.sample >= data.minSample) {
    out.figures = { free: c.free, lowestPaid: c.lowestPaid, middle: c.middle, top: c.top, addOn: c.addOn };
    let best: Placement = 'free';
    for (const p of PLACEMENTS) if (c[p] > c[best]) best = p;
    out.common = { placement: best, count: c[best] };
  }
  return out;
}

/** "Single sign-on: top plan in 11 of 24 products, 2024–2025", or why there is no figure. */
export function marketSentence(m: MarketFigure, data: MarketData = MARKET): string {
  const name = m.capability.name;
  if (!m.common)
    return `${name}: only ${m.sample} product${m.sample === 1 ? '' : 's'} in the corpus offer it; no figure below ${data.minSample}`;
  return `${name}: ${PLACEMENT_WORDS[m.common.placement]} in ${m.common.count} of ${m.sample} products, ${yearsText(m.years)}`;
}

/** One feature's market figure in a file, or a pointer to the row of its family that carries the figure. */
export interface MarketRow {
  feature: string;
  figure: MarketFigure;
  /** the family's first row, when this row is a later one of the same family: it repeats nothing */
  sameAs?: string;
  /** how many rows of the file share the family (1: alone) */
  familySize: number;
}

/**
 * The market figure of each recognised feature of a file, once per family: rows of the same capability that
 * come with the same add-on, or whose names start with the same word ("Copilot chat", "Copilot CLI"), are one
 * family and share the first row's figure instead of repeating it fifty times. Opted-out features are left out.
 */
export function marketRows(model: PackagingModel, text: string, data: MarketData = MARKET): MarketRow[] {
  const rows: { row: MarketRow; key: string }[] = [];
  const product = model.productName;
  for (const f of model.features) {
    if (optedOut(text, f.node.range)) continue;
    const figure = marketFor(
      { id: f.id, name: f.name, description: f.description, category: f.category, product },
      data,
    );
    if (!figure) continue;
    rows.push({ row: { feature: f.id, figure, familySize: 1 }, key: familyKey(f, figure, product) });
  }
  const firstOf = new Map<string, MarketRow>();
  const size = new Map<string, number>();
  for (const { key } of rows) size.set(key, (size.get(key) ?? 0) + 1);
  for (const { row, key } of rows) {
    row.familySize = size.get(key)!;
    const lead = firstOf.get(key);
    if (lead) row.sameAs = lead.feature;
    else firstOf.set(key, row);
  }
  return rows.map((r) => r.row);
}

/** The family a recognised feature is in: its capability, with its add-on or the first word of its name. */
export function familyKey(
  f: Pick<FeatureModel, 'name' | 'addOn'>,
  figure: Pick<MarketFigure, 'capability'>,
  product: string | undefined,
): string {
  const own = productWords(product);
  const first =
    normalise(f.name)
      .split(' ')
      .find((w) => !own.has(w)) ?? '';
  return `${figure.capability.id}\u0000${f.addOn !== undefined ? `+${f.addOn}` : first}`;
}

/** Where a feature of this file sits, in the market's terms; undefined when its plan is unknown. */
export function placementOf(model: PackagingModel, featureId: string): Placement | undefined {
  const f = model.features.find((x) => x.id === featureId);
  if (!f) return undefined;
  // (r3) with both `plan` and `addOn` it sits on its plan (the corpus counts "add-on" only when no plan has it)
  if (f.addOnOnly) return 'addOn';
  const i = model.plans.findIndex((p) => p.id === f.plan);
  if (i < 0) return undefined;
  const plan = model.plans[i]!;
  if (plan.free) return 'free';
  const firstPaid = model.plans.findIndex((p) => !p.free);
  if (i === firstPaid) return 'lowestPaid';
  return i === model.plans.length - 1 ? 'top' : 'middle';
}

/** True when the feature's item carries the opt-out comment. */
export function optedOut(text: string, range: readonly number[] | null | undefined): boolean {
  if (!range) return false;
  return OPT_OUT.test(text.slice(range[0], range[2] ?? range[1]));
}

export interface LadderComparison {
  plans: number;
  marketPlans: number;
  /** ratios between consecutive numeric paid prices, in plan order */
  priceSteps: number[];
  marketPriceStep: number;
  /** products behind the medians */
  sample: { plans: number; priceSteps: number };
}

export function compareLadder(model: PackagingModel, data: MarketData = MARKET): LadderComparison {
  const prices = model.plans.map((p) => p.price).filter((p): p is number => typeof p === 'number' && p > 0);
  const steps: number[] = [];
  for (let i = 1; i < prices.length; i++)
    if (prices[i]! > prices[i - 1]!) steps.push(Math.round((prices[i]! / prices[i - 1]!) * 100) / 100);
  return {
    plans: model.plans.length,
    marketPlans: data.ladder.plans.median,
    priceSteps: steps,
    marketPriceStep: data.ladder.priceStep.median,
    sample: { plans: data.ladder.plans.sample, priceSteps: data.ladder.priceStep.sample },
  };
}
