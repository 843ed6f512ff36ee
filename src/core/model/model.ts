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
import { type Classification, SIGNALS, type Side, type Signal } from '../types';
import { keyName, mapValue, pairOf, resolveAlias } from '../yaml/parse';
import { classify } from './classify';
import { featureSetFacts, isMeasure } from './derived';
import type {
  AcceptEntry,
  Acquisition,
  AddOnModel,
  AddOnRef,
  FeatureModel,
  FreeLimit,
  FreemiumGoal,
  FreeOffer,
  GrowthModel,
  IdEntry,
  Limit,
  Monetization,
  PackagingModel,
  Per,
  Period,
  PlanModel,
  Relationship,
} from './types';

export type * from './types';

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
export const limitOn = (f: Pick<FeatureModel, 'limits'>, planId: string): Limit => limitIn(f.limits, planId);
/** limitOn of a feature's `limits` map itself (no object per lookup while the model is built) */
const limitIn = (limits: Readonly<Record<string, Limit>>, planId: string): Limit =>
  limits[planId] ?? 'unlimited';

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
    const nodes = featureNodes(it.node, resolve);
    let limitPairs = NO_ENTRIES as Map<string, Pair<Node, Node>>;
    const limitsNode = nodes.limits;
    if (isMap(limitsNode) && limitsNode.items.length) {
      limitPairs = new Map<string, Pair<Node, Node>>();
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
      if (!limitPairs.size) limitPairs = NO_ENTRIES as Map<string, Pair<Node, Node>>;
    }
    let freeLimits: FreeLimit[] = NO_FREE_LIMITS;
    if (placement && side === 'free') {
      const found: FreeLimit[] = [];
      for (let r = placement.rank; r < plans.length; r++) {
        const p = plans[r]!;
        if (!p.free) continue;
        const limit = limitIn(limits, p.id);
        found.push(
          typeof limit === 'number' && !lowerIsBetter ? { plan: p, limit, wall: limit } : { plan: p, limit },
        );
      }
      // Exact size: an array grown by push keeps spare slots, and a result keeps one per free-side feature.
      if (found.length) freeLimits = found.slice();
    }
    const c = classified(signals);
    // One shape for every feature (absent fields undefined, in the order of FeatureModel): the rules read
    // thousands of them, and objects spread together from optional parts take one hidden class per mix.
    features.push({
      id: f.id as string,
      name: text(f.name) || (f.id as string),
      description: f.description as string | undefined,
      category: f.category as string | undefined,
      plan,
      addOn: addOnId,
      addOnModel: addOn,
      addOnOnly,
      lowerIsBetter,
      unitIsMeasure: isMeasure(text(f.unit)),
      unit: f.unit as string | undefined,
      limits,
      signals,
      status: (f.status as FeatureModel['status'] | undefined) ?? 'shipped',
      requestedBy: f.requestedBy as string[] | undefined,
      rationale: f.rationale as string | undefined,
      accept: acceptEntries(doc, nodes.accept, f.accept),
      side,
      placement,
      availableFrom,
      freeLimits,
      reachesFree: freeLimits.some((l) => lowerIsBetter || l.limit !== 0),
      walledOnFree: freeLimits.some((l) => l.wall !== undefined),
      recommendation: c.recommendation,
      reasons: c.reasons,
      index,
      node: it.node,
      idNode: nodes.id!,
      planNode: (addOnOnly ? nodes.addOn : nodes.plan)!,
      addOnNode: addOnId !== undefined ? nodes.addOn : undefined,
      signalsNode: nodes.signals,
      requestedByNode: nodes.requestedBy,
      limitPairs,
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

/** The keys whose value nodes a feature model keeps (a key's bit in featureNodes is 1 << its index). */
const FEATURE_NODE_KEYS = ['id', 'plan', 'addOn', 'signals', 'requestedBy', 'limits', 'accept'] as const;
type FeatureNodes = Partial<Record<(typeof FEATURE_NODE_KEYS)[number], Node>>;

/** The value nodes a feature model keeps, aliases resolved: one pass over its pairs (first of a duplicate key). */
function featureNodes(node: Node, resolve: (n: unknown) => Node | undefined): FeatureNodes {
  const out: FeatureNodes = {
    id: undefined,
    plan: undefined,
    addOn: undefined,
    signals: undefined,
    requestedBy: undefined,
    limits: undefined,
    accept: undefined,
  };
  if (!isMap(node)) return out;
  let seen = 0;
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = keyName(pair.key) as (typeof FEATURE_NODE_KEYS)[number];
    const i = FEATURE_NODE_KEYS.indexOf(key);
    if (i < 0 || seen & (1 << i)) continue;
    seen |= 1 << i;
    out[key] = resolve(pair.value);
  }
  return out;
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

/**
 * classify's answer for each combination of signals answered true (the only thing it reads), and for no
 * `signals` at all: computed once each, its reasons shared (thousands of features, at most 65 answers).
 */
const CLASSIFIED: (Classification | undefined)[] = new Array(65).fill(undefined);
function classified(signals: FeatureModel['signals']): Classification {
  let mask = 64;
  if (signals) {
    mask = 0;
    for (let i = 0; i < SIGNALS.length; i++) if (signals[SIGNALS[i]!] === true) mask |= 1 << i;
  }
  let c = CLASSIFIED[mask];
  if (!c) {
    const r = classify(signals);
    c = { recommendation: r.recommendation, reasons: sharedReasons(r.reasons) };
    CLASSIFIED[mask] = c;
  }
  return c;
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
