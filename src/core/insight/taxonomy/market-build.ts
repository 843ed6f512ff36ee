import { parse } from 'yaml';
import { CAPABILITIES } from './capabilities';
import { matchCapability } from './match';

// Builds the market dataset from Pricing2Yaml files (the shared corpus): for each capability, where the
// products that offer it put it. Pure: `scripts/build-market.ts` reads the files and writes the JSON;
// the drift test runs the same function and compares.

/** Where a product first offers a capability. */
export type Placement = 'free' | 'lowestPaid' | 'middle' | 'top' | 'addOn';
export const PLACEMENTS: readonly Placement[] = ['free', 'lowestPaid', 'middle', 'top', 'addOn'];

export interface CapabilityFigures {
  /** products that offer it (in a plan or an add-on) */
  sample: number;
  free: number;
  lowestPaid: number;
  middle: number;
  top: number;
  addOn: number;
  /** the years of the files behind the figures */
  years: number[];
}

export interface MarketData {
  source: string;
  /** products (one file each: the latest year) */
  products: number;
  years: number[];
  /** below this many products no figure is shown */
  minSample: number;
  ladder: {
    /** plans per product (add-ons not counted) */
    plans: { median: number; sample: number };
    /** ratio between consecutive numeric paid plan prices */
    priceStep: { median: number; sample: number };
    /** products with a free plan */
    freePlan: { count: number; sample: number };
  };
  capabilities: Record<string, CapabilityFigures>;
}

export const MIN_SAMPLE = 5;

export interface CorpusFile {
  product: string;
  year: number;
  text: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});

function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().replace(/^\$/, '').replace(/_/g, '');
  if (/^[-+]?\.inf$/i.test(s)) return Number.POSITIVE_INFINITY;
  return /^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(s) ? Number(s) : undefined;
}

function truthy(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.length > 0;
  const n = num(v);
  if (n !== undefined) return n > 0;
  if (typeof v === 'string') return v.trim() !== '' && !/^(false|no|none)$/i.test(v.trim());
  return false;
}

/** `{value: X}` (2.x) or a bare X; `found` false when the plan does not override the default. */
function override(map: Obj, key: string): { found: boolean; value: unknown } {
  if (!(key in map) || map[key] === null) return { found: false, value: undefined };
  const v = map[key];
  return isObj(v) && 'value' in v ? { found: true, value: v.value } : { found: true, value: v };
}

interface Plan {
  price: number | 'contact-sales';
  features: Obj;
  usageLimits: Obj;
}

/** One product's placement of each capability it offers, and its ladder. */
export function readProduct(text: string): {
  placements: Map<string, Placement>;
  plans: number;
  steps: number[];
  freePlan: boolean;
} {
  const src = obj(parse(text, { schema: 'core', uniqueKeys: false, maxAliasCount: 100 }));
  const features = obj(src.features);
  const limits = obj(src.usageLimits);
  const priceOf = (p: Obj): number | 'contact-sales' => {
    const n = num(p.price ?? p.monthlyPrice ?? p.annualPrice);
    return n !== undefined && Number.isFinite(n) && n >= 0 ? n : 'contact-sales';
  };
  const rank = (p: Plan) => (p.price === 'contact-sales' ? Number.POSITIVE_INFINITY : p.price);
  const plans: Plan[] = Object.values(obj(src.plans))
    .filter(isObj)
    .map((p) => ({ price: priceOf(p), features: obj(p.features), usageLimits: obj(p.usageLimits) }))
    .sort((a, b) => rank(a) - rank(b));
  const addOns = Object.values(obj(src.addOns)).filter(isObj);
  const linked = new Map<string, string[]>();
  for (const [lk, l] of Object.entries(limits)) {
    const lo = obj(l);
    if (String(lo.valueType ?? 'NUMERIC').toUpperCase() !== 'NUMERIC') continue;
    for (const f of Array.isArray(lo.linkedFeatures) ? lo.linkedFeatures : [])
      if (typeof f === 'string') linked.set(f, [...(linked.get(f) ?? []), lk]);
  }
  const enabled = (fk: string, p: Plan): boolean => {
    const o = override(p.features, fk);
    if (!truthy(o.found ? o.value : obj(features[fk]).defaultValue)) return false;
    for (const lk of linked.get(fk) ?? []) {
      const lo = override(p.usageLimits, lk);
      if (num(lo.found ? lo.value : obj(limits[lk]).defaultValue) === 0) return false;
    }
    return true;
  };
  const firstPaid = plans.findIndex((p) => p.price !== 0);
  const placementAt = (i: number): Placement =>
    plans[i]!.price === 0
      ? 'free'
      : i === firstPaid
        ? 'lowestPaid'
        : i === plans.length - 1
          ? 'top'
          : 'middle';
  const order: Record<Placement, number> = { free: 0, lowestPaid: 1, middle: 2, top: 3, addOn: 4 };
  const placements = new Map<string, Placement>();
  for (const [fk, f] of Object.entries(features)) {
    const fo = obj(f);
    const m = matchCapability({
      id: fk,
      category: typeof fo.type === 'string' ? fo.type : undefined,
      product: typeof src.saasName === 'string' ? src.saasName : undefined,
    });
    // sure matches only: the feature's own name, not its type alone
    if (m?.via !== 'name') continue;
    const i = plans.findIndex((p) => enabled(fk, p));
    let place: Placement | undefined = i >= 0 ? placementAt(i) : undefined;
    if (place === undefined && addOns.some((a) => truthy(override(obj(a.features), fk).value)))
      place = 'addOn';
    if (place === undefined) continue;
    const prev = placements.get(m.capability.id);
    // a product that has a basic and an advanced form of it offers it from the lower plan
    if (prev === undefined || order[place] < order[prev]) placements.set(m.capability.id, place);
  }
  const prices = plans.map((p) => p.price).filter((p): p is number => typeof p === 'number' && p > 0);
  const steps: number[] = [];
  for (let i = 1; i < prices.length; i++)
    if (prices[i]! > prices[i - 1]!) steps.push(prices[i]! / prices[i - 1]!);
  return { placements, plans: plans.length, steps, freePlan: plans.some((p) => p.price === 0) };
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The dataset from the corpus files given (the caller picks one file per product: the latest). */
export function buildMarket(files: readonly CorpusFile[]): MarketData {
  const sorted = [...files].sort((a, b) => (a.product < b.product ? -1 : a.product > b.product ? 1 : 0));
  const caps: Record<string, CapabilityFigures> = {};
  for (const c of CAPABILITIES)
    caps[c.id] = { sample: 0, free: 0, lowestPaid: 0, middle: 0, top: 0, addOn: 0, years: [] };
  const planCounts: number[] = [];
  const steps: number[] = [];
  let freePlans = 0;
  for (const f of sorted) {
    const p = readProduct(f.text);
    if (p.plans > 0) planCounts.push(p.plans);
    steps.push(...p.steps);
    if (p.freePlan) freePlans++;
    for (const [cap, place] of p.placements) {
      const c = caps[cap]!;
      c.sample++;
      c[place]++;
      if (!c.years.includes(f.year)) c.years.push(f.year);
    }
  }
  for (const c of Object.values(caps)) c.years.sort();
  return {
    source:
      'Pricing2Yaml corpus by the ISA Research Group (Universidad de Sevilla), CC BY 4.0: the latest file of each product',
    products: sorted.length,
    years: [...new Set(sorted.map((f) => f.year))].sort(),
    minSample: MIN_SAMPLE,
    ladder: {
      plans: { median: median(planCounts), sample: planCounts.length },
      priceStep: { median: round2(median(steps)), sample: steps.length },
      freePlan: { count: freePlans, sample: sorted.length },
    },
    capabilities: caps,
  };
}
