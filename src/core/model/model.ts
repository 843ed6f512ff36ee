// The model every rule reads (spec 2.1 derived facts computed once). The r3 API, for rule authors:
//   feature: lowerIsBetter, addOnOnly (addOn without plan), addOnNode, side (r3: a $0 add-on from a free plan puts
//     its add-on-only features on the free side; with both plan and addOn side/placement/planNode follow plan),
//     availableFrom (lowest plan where it can be had: the lower of plan and the add-on's from), unitIsMeasure,
//     freeLimits[].wall (the numeric limit when it is a wall), walledOnFree (walls only), reachesFree (r3: any
//     number reaches for lowerIsBetter).
//   add-on: freeTier ($0 and its from plan, or the lowest plan, is free), requires / excludes (ids with their list
//     item nodes).
//   model: hasFreePlan (schema-valid plans only), lowestPlanId (first plan in the list, valid or not), featureIds,
//     growth.valueMetric (written, in growth.written), valueMetric (spec 4.4.2: known and valid, else undefined),
//     valueMetricWalledOnFree, upgradePlan (the self-serve upgrade from the first free plan), firstFreePlan.
//   functions (./derived): isMeasure(unit), limitAt(f, plan), wallOn(f, planId), raises(f, plan, other),
//     featureSetFacts(model); here: limitOn(f, planId), upgradeFrom(plans, free).
import { type Document, isAlias, isMap, isSeq, type Node, type Pair } from 'yaml';
import { ACCEPTABLE_RULES, ID_PATTERN } from '../format/schema';
import type { SchemaProblem } from '../format/validate';
import type { Classification, Diagnostic, FeatureResult, Range, Side, Signal, Span } from '../types';
import { mapValue, pairOf, resolveAlias } from '../yaml/parse';
import { classify } from './classify';
import { type FeatureSetFacts, featureSetFacts, isMeasure } from './derived';

export type Acquisition = 'product-led' | 'marketing-led' | 'sales-led';
export type Monetization = 'self-serve' | 'product-led-sales' | 'sales-led';
export type Relationship = 'one-to-many' | 'single-player';
export type FreeOffer = 'freemium' | 'trial' | 'freemium-and-trial' | 'none';
export type FreemiumGoal =
  | 'poc'
  | 'indirect-monetization'
  | 'strategic-land'
  | 'commoditization'
  | 'product-discovery'
  | 'data-collection';
export type Per = 'seat' | 'workspace' | 'account' | 'usage';
export type Period = 'month' | 'year';

export type Limit = number | 'unlimited';

export interface PlanModel {
  id: string;
  /** display name: `name` when present, else id */
  name: string;
  price: number | 'contact-sales';
  per?: Per;
  period?: Period;
  minSeats?: number;
  salesAssisted: boolean;
  /** price is 0 */
  free: boolean;
  /** priced contact-sales, or salesAssisted: where hand-raisers go */
  sales: boolean;
  /** numeric price times minSeats (per seat); undefined for contact-sales */
  entryPrice?: number;
  /** position among all plans in the file (valid or not) */
  index: number;
  /** position among valid plans (0 = lowest); the ladder every rule reads */
  rank: number;
  node: Node;
  idNode: Node;
  priceNode: Node;
}

export interface AddOnModel {
  id: string;
  name: string;
  price: number | 'contact-sales';
  per?: Per;
  period?: Period;
  /** the lowest plan that can buy it: `from`, or the lowest plan when left out */
  from: string;
  /** the valid plan it is sold from; undefined when `from` is unknown or failed the schema */
  fromPlan?: PlanModel;
  index: number;
  node: Node;
  idNode: Node;
  priceNode: Node;
  /** the `from` value node, when written */
  fromNode?: Node;
  /** (r3) price 0 and its from plan (or the lowest plan) is free: its add-on-only features are on the free side */
  freeTier: boolean;
  /** (r3) `requires` items, in order (empty when not written) */
  requires: AddOnRef[];
  /** (r3) `excludes` items, in order (empty when not written) */
  excludes: AddOnRef[];
}

/** An add-on id written in a `requires` / `excludes` list, with its item node (the anchor). */
export interface AddOnRef {
  id: string;
  node: Node;
}

export interface AcceptEntry {
  rule: string;
  reason: string;
  /** the entry's key node: unused-accept's anchor */
  keyNode: Node;
}

/** A usage limit on one free plan that includes the feature (absent entry = unlimited). */
export interface FreeLimit {
  plan: PlanModel;
  limit: Limit;
  /** (r3) the limit when it is a wall: a number on a feature that is not lowerIsBetter */
  wall?: number;
}

export interface FeatureModel extends Classification {
  id: string;
  name: string;
  description?: string;
  category?: string;
  /** where it sits: its `plan`, or for an add-on-only feature the add-on's `from` ('' when the add-on is unknown) */
  plan: string;
  /** the add-on it comes with, when `addOn` is written (with `plan` too: sold as this add-on below `plan`) */
  addOn?: string;
  /** the add-on, when `addOn` names a known valid add-on */
  addOnModel?: AddOnModel;
  /** `addOn` written without `plan`: the feature sits at its add-on's `from` */
  addOnOnly: boolean;
  /** (r3) the limit is better when lower: its limits are not walls */
  lowerIsBetter: boolean;
  /** (r3) its unit is a measure (a data size or duration, spec 2.1): a limit of 1 is an amount */
  unitIsMeasure: boolean;
  unit?: string;
  /** plan id -> limit, no prototype (ids are data) */
  limits: Readonly<Record<string, Limit>>;
  signals?: Partial<Record<Signal, boolean>>;
  status: 'shipped' | 'planned';
  requestedBy?: string[];
  rationale?: string;
  /** rule id -> accepted finding's reason */
  accept: Map<string, AcceptEntry>;
  /** free or paid; null when its plan (or add-on) is unknown or failed the schema */
  side: Side | null;
  /** the valid plan it sits at for ranks and limits; undefined when unknown (then no placement findings) */
  placement?: PlanModel;
  /**
   * (r3) the lowest valid plan where it can be had: its placement, or with both `plan` and a known `addOn` the lower
   * of its placement and the add-on's from plan; undefined when it has no placement
   */
  availableFrom?: PlanModel;
  /** the free plans that include it, each with its limit there (empty when not placed) */
  freeLimits: FreeLimit[];
  /** side free and some free plan includes it with a limit other than 0 (r3: any limit when lowerIsBetter) */
  reachesFree: boolean;
  /** a free plan that includes it has a wall on it (a numeric limit, not lowerIsBetter) */
  walledOnFree: boolean;
  index: number;
  node: Node;
  idNode: Node;
  /** the `plan` value node, or the `addOn` value node for an add-on-only feature: the placement anchor */
  planNode: Node;
  /** the `addOn` value node, when written */
  addOnNode?: Node;
  signalsNode?: Node;
  requestedByNode?: Node;
  /** plan id -> the `limits` pair (key and value nodes) */
  limitPairs: Map<string, Pair<Node, Node>>;
}

export interface GrowthModel {
  acquisition: Acquisition;
  retention: Acquisition;
  monetization: Monetization;
  relationship: Relationship;
  freeOffer: FreeOffer;
  trialDays?: number;
  freemiumGoals?: FreemiumGoal[];
  qualifiedBy?: string[];
  /** (r3) `growth.valueMetric` as written (any string); the model's `valueMetric` is the feature, when known */
  valueMetric?: string;
  /** fields written in the file (assumed ones are absent) -> their value node */
  written: Map<string, Node>;
  /** each written goal with its list item node */
  goalItems: { goal: FreemiumGoal; node: Node }[];
  /** the `growth` key node, when the block is present and valid */
  keyNode?: Node;
}

/** An id as written on an element that may or may not pass the schema: for references and duplicates. */
export interface IdEntry {
  id: string;
  node: Node | undefined;
}

export interface PackagingModel extends FeatureSetFacts {
  /** the document's root map: where top-level edits go */
  rootNode: Node;
  productName?: string;
  productUrl?: string;
  /** valid plans, in file order */
  plans: PlanModel[];
  /** valid add-ons, in file order */
  addOns: AddOnModel[];
  /** valid features, in file order */
  features: FeatureModel[];
  /** assumed defaults filled in when `growth` is missing */
  growth: GrowthModel;
  /** `growth` is present in the file (and valid) */
  hasGrowth: boolean;
  /** every plan id written with a valid shape, valid element or not: used for references */
  planIds: Set<string>;
  addOnIds: Set<string>;
  /** (r3) every feature id written with a valid shape, valid element or not: for unknown-feature */
  featureIds: Set<string>;
  /** (r3) the id of the first plan in the list, whether or not it passes the schema: "the lowest plan" */
  lowestPlanId?: string;
  /** (r3) at least one plan that passes the schema is free */
  hasFreePlan: boolean;
  /** valid-shaped ids of every element, in file order, for duplicate-id */
  idEntries: { plans: IdEntry[]; addOns: IdEntry[]; features: IdEntry[] };
  /** true when growth is missing or acquisition/retention is product-led */
  productLed: boolean;
  /** freeOffer (written or assumed) includes freemium */
  freemium: boolean;
  planById: ReadonlyMap<string, PlanModel>;
  addOnById: ReadonlyMap<string, AddOnModel>;
  firstFreePlan?: PlanModel;
  /** the first plan with a numeric price > 0 */
  lowestPaidPlan?: PlanModel;
  /** the self-serve upgrade from the first free plan (spec 2.1) */
  upgradePlan?: PlanModel;
  hasSalesPlan: boolean;
  /** valid top-level `accept` entries */
  accept: Map<string, AcceptEntry>;
}

export interface CheckOptions {
  /** editor-level severity overrides; the file's `rules:` block wins over these */
  rules?: Record<string, string>;
}

export interface CheckResult {
  /** sorted by position; accepted findings carry `accepted` */
  diagnostics: Diagnostic[];
  /** every feature that passed the schema, in file order */
  features: FeatureResult[];
  /** undefined when the text does not parse as YAML */
  model?: PackagingModel;
  /** the text had YAML syntax errors (then only `syntax` diagnostics are reported) */
  syntaxError: boolean;
  /** offsets of this text -> 0-based line/character range */
  toRange(span: Span): Range;
}

const GROWTH_FIELDS = [
  'acquisition',
  'retention',
  'monetization',
  'relationship',
  'freeOffer',
  'trialDays',
  'freemiumGoals',
  'qualifiedBy',
  'valueMetric',
] as const;

type Plain = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Self-serve upgrade from a free plan: the first plan above it with a numeric price > 0 that is no sales plan. */
export function upgradeFrom(plans: readonly PlanModel[], from: PlanModel): PlanModel | undefined {
  for (let i = from.rank + 1; i < plans.length; i++) {
    const p = plans[i]!;
    if (typeof p.price === 'number' && p.price > 0 && !p.sales) return p;
  }
  return undefined;
}

/** Where a feature's limit on a plan that includes it stands: absent means unlimited. */
export const limitOn = (f: Pick<FeatureModel, 'limits'>, planId: string): Limit =>
  f.limits[planId] ?? 'unlimited';

/**
 * The model every rule reads: valid elements only (a schema problem leaves its element out, spec 4.4), with the
 * derived facts of spec 2.1 computed once.
 */
export function buildModel(
  doc: Document.Parsed,
  root: Plain,
  problems: readonly SchemaProblem[],
): PackagingModel {
  const rootNode = doc.contents;
  const resolve = (n: unknown): Node | undefined =>
    isAlias(n) ? resolveAlias(doc, n) : ((n as Node) ?? undefined);
  // Elements (path prefixes of length <= 2) with a schema problem, found once.
  const bad = new Set<string>();
  for (const p of problems)
    for (let k = 1; k <= Math.min(2, p.path.length); k++) bad.add(p.path.slice(0, k).join('\0'));
  const isBad = (...prefix: (string | number)[]) => bad.has(prefix.join('\0'));

  const items = (key: string) => {
    const seq = resolve(mapValue(rootNode, key));
    const arr = root[key];
    if (!isSeq(seq) || !Array.isArray(arr)) return [];
    return arr.map((plain, i) => ({ node: resolve(seq.items[i]), plain, ok: !isBad(key, i) }));
  };
  const idOf = (plain: unknown): string | undefined => {
    const id = isPlainObject(plain) ? plain.id : undefined;
    return typeof id === 'string' && ID_PATTERN.test(id) ? id : undefined;
  };
  const idEntries = (list: ReturnType<typeof items>): IdEntry[] => {
    const out: IdEntry[] = [];
    for (const it of list) {
      const id = idOf(it.plain);
      if (id !== undefined) out.push({ id, node: resolve(mapValue(it.node, 'id')) });
    }
    return out;
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

  const planItems = items('plans');
  const addOnItems = items('addOns');
  const featureItems = items('features');
  const ids = {
    plans: idEntries(planItems),
    addOns: idEntries(addOnItems),
    features: idEntries(featureItems),
  };

  // Plans
  const plansBroken = isBad('plans') && !Array.isArray(root.plans);
  const plans: PlanModel[] = [];
  const planById = new Map<string, PlanModel>();
  planItems.forEach((it, index) => {
    if (plansBroken || !it.ok || !it.node || !isPlainObject(it.plain)) return;
    const p = it.plain;
    const price = p.price as number | 'contact-sales';
    const per = p.per as Per | undefined;
    const minSeats = p.minSeats as number | undefined;
    const salesAssisted = p.salesAssisted === true;
    const plan: PlanModel = {
      id: p.id as string,
      name: text(p.name) || (p.id as string),
      price,
      ...(per !== undefined ? { per } : {}),
      ...(p.period !== undefined ? { period: p.period as Period } : {}),
      ...(minSeats !== undefined ? { minSeats } : {}),
      salesAssisted,
      free: price === 0,
      sales: price === 'contact-sales' || salesAssisted,
      ...(typeof price === 'number'
        ? { entryPrice: per === 'seat' && minSeats ? price * minSeats : price }
        : {}),
      index,
      rank: plans.length,
      node: it.node,
      idNode: resolve(mapValue(it.node, 'id'))!,
      priceNode: resolve(mapValue(it.node, 'price'))!,
    };
    plans.push(plan);
    if (!planById.has(plan.id)) planById.set(plan.id, plan);
  });
  // With duplicate ids a reference resolves to the first element; the ladder keeps every valid plan.
  const lowestPlanId = idOf(planItems[0]?.plain);

  // Add-ons
  const addOns: AddOnModel[] = [];
  const addOnById = new Map<string, AddOnModel>();
  const addOnsBroken = isBad('addOns') && !Array.isArray(root.addOns);
  addOnItems.forEach((it, index) => {
    if (addOnsBroken || !it.ok || !it.node || !isPlainObject(it.plain)) return;
    const a = it.plain;
    const from = text(a.from) ?? lowestPlanId ?? '';
    const fromPlan = planById.get(from);
    const fromNode = resolve(mapValue(it.node, 'from'));
    const refs = (key: 'requires' | 'excludes'): AddOnRef[] => {
      const seq = resolve(mapValue(it.node, key));
      const list = a[key];
      if (!isSeq(seq) || !Array.isArray(list) || !list.length) return [];
      const out: AddOnRef[] = [];
      list.forEach((id, i) => {
        const node = resolve(seq.items[i]);
        if (typeof id === 'string' && node) out.push({ id, node });
      });
      return out;
    };
    const addOn: AddOnModel = {
      id: a.id as string,
      name: text(a.name) || (a.id as string),
      price: a.price as number | 'contact-sales',
      ...(a.per !== undefined ? { per: a.per as Per } : {}),
      ...(a.period !== undefined ? { period: a.period as Period } : {}),
      from,
      ...(fromPlan ? { fromPlan } : {}),
      index,
      node: it.node,
      idNode: resolve(mapValue(it.node, 'id'))!,
      priceNode: resolve(mapValue(it.node, 'price'))!,
      ...(fromNode && a.from !== undefined ? { fromNode } : {}),
      freeTier: a.price === 0 && fromPlan?.free === true,
      requires: refs('requires'),
      excludes: refs('excludes'),
    };
    addOns.push(addOn);
    if (!addOnById.has(addOn.id)) addOnById.set(addOn.id, addOn);
  });

  // Features
  const features: FeatureModel[] = [];
  featureItems.forEach((it, index) => {
    if (!it.ok || !it.node || !isPlainObject(it.plain)) return;
    const f = it.plain;
    const signals = f.signals as FeatureModel['signals'];
    const addOnId = text(f.addOn);
    const addOn = addOnId !== undefined ? addOnById.get(addOnId) : undefined;
    const planId = text(f.plan);
    // With both plan and addOn, side, rank and "sits on" follow plan (r3); an unknown add-on then changes nothing.
    const addOnOnly = planId === undefined && addOnId !== undefined;
    const plan = addOnOnly ? (addOn?.from ?? '') : (planId ?? '');
    const placement = addOnOnly ? addOn?.fromPlan : planById.get(plan);
    const side: Side | null = addOnOnly
      ? addOn
        ? addOn.freeTier
          ? 'free'
          : 'paid'
        : null
      : placement
        ? placement.free
          ? 'free'
          : 'paid'
        : null;
    const sold = !addOnOnly ? addOn?.fromPlan : undefined;
    const availableFrom = sold && placement && sold.rank < placement.rank ? sold : placement;
    const lowerIsBetter = f.lowerIsBetter === true;
    const limits = (isPlainObject(f.limits) ? f.limits : NO_LIMITS) as Record<string, Limit>;
    const limitPairs = new Map<string, Pair<Node, Node>>();
    const limitsNode = resolve(mapValue(it.node, 'limits'));
    if (isMap(limitsNode)) {
      for (const pair of limitsNode.items as Pair<Node, Node>[]) {
        const k = resolve(pair.key) as { value?: unknown } | undefined;
        if (k && k.value !== undefined && !limitPairs.has(String(k.value))) {
          const value = resolve(pair.value);
          // A copy only where an alias is resolved: most files have none, and a result keeps every pair.
          limitPairs.set(
            String(k.value),
            value === pair.value ? pair : ({ ...pair, value } as Pair<Node, Node>),
          );
        }
      }
    }
    let freeLimits: FreeLimit[] = NO_FREE_LIMITS;
    if (placement && side === 'free') {
      const found: FreeLimit[] = [];
      for (let r = placement.rank; r < plans.length; r++) {
        const p = plans[r]!;
        if (!p.free) continue;
        const limit = limitOn({ limits }, p.id);
        found.push(
          typeof limit === 'number' && !lowerIsBetter ? { plan: p, limit, wall: limit } : { plan: p, limit },
        );
      }
      // Exact size: an array grown by push keeps spare slots, and a result keeps one per free-side feature.
      if (found.length) freeLimits = found.slice();
    }
    const c: Classification = classify(signals);
    features.push({
      id: f.id as string,
      name: text(f.name) || (f.id as string),
      ...(f.description !== undefined ? { description: f.description as string } : {}),
      ...(f.category !== undefined ? { category: f.category as string } : {}),
      plan,
      ...(addOnId !== undefined ? { addOn: addOnId } : {}),
      ...(addOn ? { addOnModel: addOn } : {}),
      addOnOnly,
      lowerIsBetter,
      unitIsMeasure: isMeasure(text(f.unit)),
      ...(f.unit !== undefined ? { unit: f.unit as string } : {}),
      limits,
      ...(signals ? { signals } : {}),
      status: (f.status as FeatureModel['status'] | undefined) ?? 'shipped',
      ...(f.requestedBy !== undefined ? { requestedBy: f.requestedBy as string[] } : {}),
      ...(f.rationale !== undefined ? { rationale: f.rationale as string } : {}),
      accept: acceptEntries(doc, resolve(mapValue(it.node, 'accept')), f.accept),
      side,
      ...(placement ? { placement } : {}),
      ...(availableFrom ? { availableFrom } : {}),
      freeLimits,
      reachesFree: freeLimits.some((l) => lowerIsBetter || l.limit !== 0),
      walledOnFree: freeLimits.some((l) => l.wall !== undefined),
      recommendation: c.recommendation,
      reasons: sharedReasons(c.reasons),
      index,
      node: it.node,
      idNode: resolve(mapValue(it.node, 'id'))!,
      planNode: resolve(mapValue(it.node, addOnOnly ? 'addOn' : 'plan'))!,
      ...optionalNode('addOnNode', addOnId !== undefined ? resolve(mapValue(it.node, 'addOn')) : undefined),
      ...optionalNode('signalsNode', resolve(mapValue(it.node, 'signals'))),
      ...optionalNode('requestedByNode', resolve(mapValue(it.node, 'requestedBy'))),
      limitPairs: limitPairs.size ? limitPairs : (NO_ENTRIES as Map<string, Pair<Node, Node>>),
    });
  });

  // Growth: written fields only when the block is valid; assumed values otherwise.
  const growthPair = pairOf(rootNode, 'growth');
  const growthNode = resolve(growthPair?.value);
  const growthOk = growthPair !== undefined && !isBad('growth') && isMap(growthNode);
  const g = (growthOk && isPlainObject(root.growth) ? root.growth : {}) as Plain;
  const written = new Map<string, Node>();
  const goalItems: GrowthModel['goalItems'] = [];
  if (growthOk && isMap(growthNode)) {
    for (const field of GROWTH_FIELDS) {
      const n = resolve(mapValue(growthNode, field));
      if (n && g[field] !== undefined) written.set(field, n);
    }
    const goals = written.get('freemiumGoals');
    if (isSeq(goals) && Array.isArray(g.freemiumGoals))
      goals.items.forEach((item, i) => {
        const node = resolve(item);
        if (node) goalItems.push({ goal: (g.freemiumGoals as FreemiumGoal[])[i]!, node });
      });
  }
  const growth: GrowthModel = {
    acquisition: (g.acquisition as Acquisition) ?? 'product-led',
    retention: (g.retention as Acquisition) ?? 'product-led',
    monetization: (g.monetization as Monetization) ?? 'self-serve',
    relationship: (g.relationship as Relationship) ?? 'one-to-many',
    freeOffer: (g.freeOffer as FreeOffer) ?? 'freemium',
    ...(g.trialDays !== undefined ? { trialDays: g.trialDays as number } : {}),
    ...(g.freemiumGoals !== undefined ? { freemiumGoals: g.freemiumGoals as FreemiumGoal[] } : {}),
    ...(g.qualifiedBy !== undefined ? { qualifiedBy: g.qualifiedBy as string[] } : {}),
    ...(typeof g.valueMetric === 'string' ? { valueMetric: g.valueMetric } : {}),
    written,
    goalItems,
    ...(growthOk && growthPair ? { keyNode: growthPair.key as Node } : {}),
  };

  const product = isPlainObject(root.product) ? root.product : {};
  const firstFreePlan = plans.find((p) => p.free);
  const upgradePlan = firstFreePlan ? upgradeFrom(plans, firstFreePlan) : undefined;
  const facts = featureSetFacts({ growth, hasGrowth: growthOk, features, idEntries: ids });
  return {
    rootNode: rootNode as Node,
    ...(typeof product.name === 'string' ? { productName: product.name } : {}),
    ...(typeof product.url === 'string' ? { productUrl: product.url } : {}),
    plans,
    addOns,
    features,
    growth,
    hasGrowth: growthOk,
    planIds: new Set(ids.plans.map((e) => e.id)),
    addOnIds: new Set(ids.addOns.map((e) => e.id)),
    featureIds: new Set(ids.features.map((e) => e.id)),
    ...(lowestPlanId !== undefined ? { lowestPlanId } : {}),
    hasFreePlan: firstFreePlan !== undefined,
    idEntries: ids,
    productLed: growth.acquisition === 'product-led' || growth.retention === 'product-led',
    freemium: growth.freeOffer === 'freemium' || growth.freeOffer === 'freemium-and-trial',
    planById,
    addOnById,
    ...(firstFreePlan ? { firstFreePlan } : {}),
    ...optionalPlan(
      'lowestPaidPlan',
      plans.find((p) => typeof p.price === 'number' && p.price > 0),
    ),
    ...(upgradePlan ? { upgradePlan } : {}),
    hasSalesPlan: plans.some((p) => p.sales),
    ...facts,
    accept: acceptEntries(doc, resolve(mapValue(rootNode, 'accept')), root.accept),
  };
}

function optionalNode<K extends string>(key: K, node: Node | undefined): { [P in K]?: Node } {
  return (node ? { [key]: node } : {}) as { [P in K]?: Node };
}

function optionalPlan<K extends string>(key: K, plan: PlanModel | undefined): { [P in K]?: PlanModel } {
  return (plan ? { [key]: plan } : {}) as { [P in K]?: PlanModel };
}

/** Most features have no `limits`: one shared, frozen empty map of them (no prototype: ids are data). */
const NO_LIMITS: Readonly<Record<string, Limit>> = Object.freeze(Object.setPrototypeOf({}, null));

/**
 * One frozen list per distinct list of reasons (at most 64): a result keeps one per feature (and its `features`
 * entries the same), and thousands of features share a handful of lists.
 */
const REASONS = new Map<string, Signal[]>();
function sharedReasons(reasons: Signal[]): Signal[] {
  const key = reasons.join();
  let known = REASONS.get(key);
  if (!known) {
    known = Object.freeze(reasons.slice()) as Signal[];
    REASONS.set(key, known);
  }
  return known;
}

/** Paid-side features include no free plan: one shared, frozen empty list. */
const NO_FREE_LIMITS: FreeLimit[] = Object.freeze([]) as unknown as FreeLimit[];

/** Most features have no `accept` entries and no limits: one shared empty map (that refuses writes) for all. */
const NO_ENTRIES: Map<string, never> = new (class extends Map<string, never> {
  override set(): never {
    throw new Error('a shared empty map: build a new one');
  }
})();

/** Valid `accept` entries (an acceptable rule id and a non-empty reason); invalid ones are schema errors. */
function acceptEntries(
  doc: Document.Parsed,
  node: Node | undefined,
  plain: unknown,
): Map<string, AcceptEntry> {
  if (!isMap(node) || !isPlainObject(plain)) return NO_ENTRIES as Map<string, AcceptEntry>;
  const out = new Map<string, AcceptEntry>();
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = isAlias(pair.key) ? resolveAlias(doc, pair.key) : pair.key;
    const rule = (key as { value?: unknown } | null)?.value;
    if (typeof rule !== 'string' || out.has(rule) || !(ACCEPTABLE_RULES as readonly string[]).includes(rule))
      continue;
    const reason = plain[rule];
    if (typeof reason === 'string' && /\S/.test(reason) && key) out.set(rule, { rule, reason, keyNode: key });
  }
  return out;
}
