import { RECOMMENDATION_NAMES } from '../format/names';
import { recommendedSide } from '../model/classify';
import type { AddOnModel, CheckResult, FeatureModel, Limit, PackagingModel, PlanModel } from '../model/model';
import type { Diagnostic, Recommendation, Severity, Side } from '../types';
import { type Reclassification, reclassification, samePackaging } from './reclassify';

export type { Reclassification } from './reclassify';

// What a reviewer needs to see in a packaging change, from two check() results, with a verdict on each change:
// does it move with or against the packaging test (the feature's recommendation) and the growth model? Pure;
// the CLI reads the two texts (two files, or a file and its version at a git ref). Ids are data: every lookup
// is a Map or an own-key test, so a plan called `constructor` is a plan like any other.

export interface FeatureRef {
  id: string;
  name: string;
  plan: string;
  addOn?: string;
  side: Side | null;
  recommendation: Recommendation;
}

/** `with`: the move puts the feature on the side the packaging test recommends; `against`: away from it. */
export type MoveVerdict = 'with' | 'against' | 'neutral';

/** Which yardstick a verdict reads: the feature's recommendation, or the file's growth model. */
export type Basis = 'packaging test' | 'growth model';

export interface Verdict {
  direction: MoveVerdict;
  /** undefined when neutral */
  basis?: Basis;
  /** one sentence a reviewer reads: why this direction (or why none) */
  why: string;
}

export interface FeatureMove {
  id: string;
  name: string;
  /** plan ids as they read in HEAD (a renamed plan is not a move) */
  fromPlan: string;
  toPlan: string;
  fromAddOn?: string;
  toAddOn?: string;
  fromSide: Side | null;
  toSide: Side | null;
  recommendation: Recommendation;
  verdict: MoveVerdict;
  judgement: Verdict;
}

/** A limit as the file means it: a missing entry on an including plan is `unlimited`; `null` = not included. */
export type EffectiveLimit = Limit | null;

export type LimitKind = 'tightened' | 'loosened' | 'wall-added' | 'wall-removed' | 'unit-changed';

export interface LimitChange {
  feature: string;
  name: string;
  plan: string;
  from: EffectiveLimit;
  to: EffectiveLimit;
  /** HEAD's unit */
  unit?: string;
  /** the base's unit, when it differs from HEAD's */
  fromUnit?: string;
  kind: LimitKind;
  /** % change of the number (tightened / loosened with a numeric before and after, before > 0) */
  percent?: number;
  /** the plan is free in HEAD */
  free: boolean;
  verdict: Verdict;
}

export interface PriceChange {
  plan: string;
  name: string;
  from: PlanModel['price'] | null;
  to: PlanModel['price'] | null;
  /** % change when both prices are numbers and the base is > 0 */
  percent?: number;
  /** entry price (price × minSeats), when either side has minSeats and it changed */
  entryFrom?: number | null;
  entryTo?: number | null;
  entryPercent?: number;
  verdict: Verdict;
}

export interface PlanRename {
  fromId: string;
  toId: string;
  fromName: string;
  toName: string;
  /** 0 = the lowest plan */
  rank: number;
}

export interface AddOnChange {
  kind: 'added' | 'removed' | 'repriced' | 'from-changed';
  id: string;
  name: string;
  from: AddOnModel['price'] | string | null;
  to: AddOnModel['price'] | string | null;
  percent?: number;
  /** the features it sells in HEAD (added) or sold in the base (removed) */
  features: string[];
  verdict: Verdict;
}

export interface RationaleChange {
  feature: string;
  name: string;
  from: string | null;
  to: string | null;
}

export interface DiagnosticRef {
  rule: string;
  severity: Severity;
  message: string;
  feature?: string;
  /** 0-based line in its own version */
  line: number;
  /** the team's reason, on a finding an `accept` entry accepted */
  accepted?: string;
}

export interface PackagingDiff {
  /** the base did not exist (a new file) */
  baseMissing: boolean;
  added: FeatureRef[];
  removed: FeatureRef[];
  /** between plans, into or out of an add-on */
  moved: FeatureMove[];
  limits: LimitChange[];
  /** plans added (from null), removed (to null) or repriced */
  prices: PriceChange[];
  /** same place in the ladder, new id or name */
  renamed: PlanRename[];
  addOns: AddOnChange[];
  rationale: RationaleChange[];
  /** findings an `accept` entry accepts in HEAD and did not in the base: what was waved through */
  accepted: DiagnosticRef[];
  /** (r3) features whose `signals` changed, with the old and new recommendation and reasons */
  reclassified: Reclassification[];
  /** new findings that count (accepted ones are under `accepted`) */
  newDiagnostics: DiagnosticRef[];
  /** findings gone from HEAD, except those under `resolvedByReclassifying` */
  resolvedDiagnostics: DiagnosticRef[];
  /**
   * (r3) findings gone from HEAD on a feature whose placement and limits did not change but whose signals did:
   * answered by relabelling the feature rather than by changing the packaging
   */
  resolvedByReclassifying: DiagnosticRef[];
  head: { errors: number; warnings: number; infos: number };
}

const ref = (f: FeatureModel): FeatureRef => ({
  id: f.id,
  name: f.name,
  plan: f.plan,
  ...(f.addOn !== undefined ? { addOn: f.addOn } : {}),
  side: f.side,
  recommendation: f.recommendation,
});

/** Whether a side agrees with a recommendation; undefined when the test has nothing to say. */
function agrees(rec: Recommendation, side: Side | null): boolean | undefined {
  const want = recommendedSide(rec);
  if (want === undefined || side === null) return undefined;
  return want === side;
}

export function moveVerdict(rec: Recommendation, from: Side | null, to: Side | null): MoveVerdict {
  const before = agrees(rec, from);
  const after = agrees(rec, to);
  if (before === undefined || after === undefined || before === after) return 'neutral';
  return after ? 'with' : 'against';
}

const own = (o: Readonly<Record<string, Limit>>, k: string): Limit | undefined =>
  Object.hasOwn(o, k) ? o[k] : undefined;

/** plan id -> effective limit, for every plan of the version (null below the feature's place). */
function effectiveLimits(f: FeatureModel, plans: readonly PlanModel[]): Map<string, EffectiveLimit> {
  const out = new Map<string, EffectiveLimit>();
  const at = f.placement?.rank;
  for (const p of plans)
    out.set(p.id, at === undefined || p.rank < at ? null : (own(f.limits, p.id) ?? 'unlimited'));
  return out;
}

function diagRef(d: Diagnostic): DiagnosticRef {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    ...(d.feature !== undefined ? { feature: d.feature } : {}),
    line: d.range.start.line,
    ...(d.accepted !== undefined ? { accepted: d.accepted } : {}),
  };
}

/** Diagnostics match across versions by rule, feature and message (positions move with every edit). */
function diagKey(d: Diagnostic): string {
  return `${d.rule}\u0000${d.feature ?? ''}\u0000${d.message}`;
}

function multisetMinus(a: Diagnostic[], b: Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of b) counts.set(diagKey(d), (counts.get(diagKey(d)) ?? 0) + 1);
  const out: Diagnostic[] = [];
  for (const d of a) {
    const k = diagKey(d);
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else out.push(d);
  }
  return out;
}

const firstById = <T extends { id: string }>(xs: readonly T[]) => {
  const m = new Map<string, T>();
  for (const x of xs) if (!m.has(x.id)) m.set(x.id, x);
  return m;
};

export const percentChange = (from: number, to: number): number | undefined =>
  from > 0 ? Math.round(((to - from) / from) * 1000) / 10 : undefined;

const neutral = (why: string): Verdict => ({ direction: 'neutral', why });
const verdict = (direction: 'with' | 'against', basis: Basis, why: string): Verdict => ({
  direction,
  basis,
  why,
});

/**
 * Renamed plans: a plan gone from the base and a plan new in HEAD at the same place in the ladder (the same
 * plan kept below them, and as many new plans between it and them), or the same id with a new name.
 */
function renames(bPlans: readonly PlanModel[], hPlans: readonly PlanModel[]): PlanRename[] {
  const bIds = new Set(bPlans.map((p) => p.id));
  const hIds = new Set(hPlans.map((p) => p.id));
  const slot = (plans: readonly PlanModel[], other: Set<string>) => {
    const out = new Map<string, PlanModel>();
    let anchor = '';
    let offset = 0;
    for (const p of plans) {
      if (other.has(p.id)) {
        anchor = p.id;
        offset = 0;
      } else out.set(`${anchor}\u0000${offset++}`, p);
    }
    return out;
  };
  const gone = slot(bPlans, hIds);
  const fresh = slot(hPlans, bIds);
  const out: PlanRename[] = [];
  for (const [k, b] of gone) {
    const h = fresh.get(k);
    if (h) out.push({ fromId: b.id, toId: h.id, fromName: b.name, toName: h.name, rank: h.rank });
  }
  const hById = firstById(hPlans);
  for (const b of bPlans) {
    const h = hById.get(b.id);
    if (h && h.name !== b.name)
      out.push({ fromId: b.id, toId: h.id, fromName: b.name, toName: h.name, rank: h.rank });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/** The verdict on a limit change on one plan. */
function judgeLimit(
  kind: LimitKind,
  f: FeatureModel,
  free: boolean,
  to: EffectiveLimit,
  head: PackagingModel,
  unitFrom?: string,
  unitTo?: string,
): Verdict {
  if (kind === 'unit-changed')
    return neutral(
      `the unit changed (${unitFrom ?? 'none'} → ${unitTo ?? 'none'}): the numbers are not comparable; check the wall by hand`,
    );
  const tighter = kind === 'tightened' || kind === 'wall-added';
  const rec = f.recommendation;
  const recText = `recommended ${RECOMMENDATION_NAMES[rec]}`;
  const growthLed = head.productLed && head.freemium;
  if (free) {
    if (rec === 'free')
      return tighter
        ? verdict('against', 'packaging test', `${f.name} should be free without a wall (${recText})`)
        : verdict('with', 'packaging test', `${f.name} should be free without a wall (${recText})`);
    if (rec === 'free-limited') {
      if (kind === 'wall-added')
        return verdict('with', 'packaging test', `the test wants ${f.name} free behind a usage wall`);
      if (kind === 'wall-removed')
        return verdict(
          'against',
          'packaging test',
          `the test wants ${f.name} free behind a usage wall, not unlimited`,
        );
      if (to === 0)
        return verdict(
          'against',
          'packaging test',
          `a wall of 0 takes ${f.name} out of the free plan (${recText})`,
        );
      return growthLed
        ? verdict(
            tighter ? 'against' : 'with',
            'growth model',
            `a product-led freemium model needs free users to reach value before the wall; ${f.name} is a growth driver (${recText})`,
          )
        : neutral(`the wall stays (${recText}); the growth model is not product-led freemium`);
    }
    if (rec === 'paid')
      return verdict(
        tighter ? 'with' : 'against',
        'packaging test',
        `${tighter ? 'less' : 'more'} of ${f.name} is free, and it is ${recText}`,
      );
    if (rec === 'either') return neutral(`nothing argues for a side on ${f.name} (${recText})`);
    return growthLed
      ? verdict(
          tighter ? 'against' : 'with',
          'growth model',
          `a product-led freemium model wants free users to reach value; ${f.name} has no signals, so the packaging test cannot judge it`,
        )
      : neutral(`${f.name} has no signals: add them to judge this wall`);
  }
  // a paid plan: only a growth driver with nothing arguing for a wall is judged
  if (rec === 'free' && (kind === 'wall-added' || kind === 'wall-removed'))
    return verdict(
      kind === 'wall-added' ? 'against' : 'with',
      'packaging test',
      `${f.name} is a growth driver with nothing arguing for a wall (${recText})`,
    );
  return neutral(`a wall on a paid plan (${recText})`);
}

function limitKind(from: Limit, to: Limit, sameUnit: boolean): LimitKind | undefined {
  if (from === to && sameUnit) return undefined;
  if (from === 'unlimited') return to === 'unlimited' ? undefined : 'wall-added';
  if (to === 'unlimited') return 'wall-removed';
  if (!sameUnit) return 'unit-changed';
  return to < from ? 'tightened' : 'loosened';
}

function judgePrice(
  plan: PlanModel,
  from: PlanModel['price'] | null,
  to: PlanModel['price'] | null,
  head: PackagingModel,
  entryUp?: boolean,
): Verdict {
  if (from === null) return neutral('a new plan');
  if (to === null) return neutral('the plan is gone');
  if (from === 0 && to !== 0 && head.freemium)
    return verdict('against', 'growth model', `${plan.name} was the free plan: the freemium model loses it`);
  if (from !== 0 && to === 0) return verdict('with', 'growth model', `${plan.name} is free now`);
  const up =
    entryUp ?? (typeof from === 'number' && typeof to === 'number' ? to > from : to === 'contact-sales');
  if (head.upgradePlan?.id === plan.id && head.productLed)
    return verdict(
      up ? 'against' : 'with',
      'growth model',
      `${plan.name} is the self-serve upgrade: a product-led model wants the first paywall ${up ? 'low' : 'low, and it is lower now'}`,
    );
  return neutral('the packaging test does not judge prices on this plan');
}

/** `base` undefined: the file is new. */
export function diffPackaging(base: CheckResult | undefined, head: CheckResult): PackagingDiff {
  const bm = base?.model;
  const hm = head.model;
  const bPlans = bm?.plans ?? [];
  const hPlans = hm?.plans ?? [];
  const bF = firstById(bm?.features ?? []);
  const hF = firstById(hm?.features ?? []);
  const bP = firstById(bPlans);
  const hP = firstById(hPlans);
  const bA = firstById(bm?.addOns ?? []);
  const hA = firstById(hm?.addOns ?? []);

  const renamed = base ? renames(bPlans, hPlans) : [];
  const toHead = new Map(renamed.map((r) => [r.fromId, r.toId]));
  const headId = (id: string) => toHead.get(id) ?? id;

  const added = [...hF.values()].filter((f) => !bF.has(f.id)).map(ref);
  const removed = [...bF.values()].filter((f) => !hF.has(f.id)).map(ref);
  const moved: FeatureMove[] = [];
  const limits: LimitChange[] = [];
  const rationale: RationaleChange[] = [];
  const reclassified: Reclassification[] = [];
  /** features only relabelled: same plan, add-on and limits, other signals */
  const relabelled = new Set<string>();
  for (const h of hF.values()) {
    const b = bF.get(h.id);
    if (!b || !hm) continue;
    const r = reclassification(b, h);
    if (r) {
      reclassified.push(r);
      if (samePackaging(b, h, headId)) relabelled.add(h.id);
    }
    const bPlan = headId(b.plan);
    if (bPlan !== h.plan || b.addOn !== h.addOn) {
      const v = moveVerdict(h.recommendation, b.side, h.side);
      const rec = `recommended ${RECOMMENDATION_NAMES[h.recommendation]}`;
      const into = h.addOn !== undefined && b.addOn !== h.addOn ? `into the add-on ${h.addOn}` : undefined;
      const outOf =
        b.addOn !== undefined && h.addOn === undefined ? `out of the add-on ${b.addOn}` : undefined;
      const where = [into, outOf].filter(Boolean).join(', ');
      moved.push({
        id: h.id,
        name: h.name,
        fromPlan: bPlan,
        toPlan: h.plan,
        ...(b.addOn !== undefined ? { fromAddOn: b.addOn } : {}),
        ...(h.addOn !== undefined ? { toAddOn: h.addOn } : {}),
        fromSide: b.side,
        toSide: h.side,
        recommendation: h.recommendation,
        verdict: v,
        judgement:
          v === 'neutral'
            ? neutral(
                `${where ? `${where}; ` : ''}the side ${b.side === h.side ? 'stays' : 'changes'} (${rec})`,
              )
            : verdict(
                v,
                'packaging test',
                `${where ? `${where}: ` : ''}${b.side ?? '?'} → ${h.side ?? '?'} side, ${rec}`,
              ),
      });
    }
    if ((b.rationale ?? null) !== (h.rationale ?? null))
      rationale.push({ feature: h.id, name: h.name, from: b.rationale ?? null, to: h.rationale ?? null });
    const bl = effectiveLimits(b, bPlans);
    const hl = effectiveLimits(h, hPlans);
    const sameUnit = (b.unit ?? '') === (h.unit ?? '');
    const bByHead = new Map<string, EffectiveLimit>();
    for (const [id, l] of bl) bByHead.set(headId(id), l);
    // plans present in both versions; a plan added or removed shows up under prices
    for (const p of hPlans) {
      if (!bByHead.has(p.id)) continue;
      const from = bByHead.get(p.id)!;
      const to = hl.get(p.id)!;
      // inclusion changes are moves; only a limit on a plan including it both times counts
      if (from === null || to === null) continue;
      const kind = limitKind(from, to, sameUnit);
      if (!kind) continue;
      const percent =
        kind === 'tightened' || kind === 'loosened' ? percentChange(from as number, to as number) : undefined;
      limits.push({
        feature: h.id,
        name: h.name,
        plan: p.id,
        from,
        to,
        ...(h.unit ? { unit: h.unit } : {}),
        ...(!sameUnit && b.unit ? { fromUnit: b.unit } : {}),
        kind,
        ...(percent !== undefined ? { percent } : {}),
        free: p.free,
        verdict: judgeLimit(kind, h, p.free, to, hm, b.unit, h.unit),
      });
    }
  }

  const prices: PriceChange[] = [];
  const renamedTo = new Set(renamed.map((r) => r.toId));
  const renamedFrom = new Set(renamed.map((r) => r.fromId));
  const fromOfHead = new Map(renamed.map((r) => [r.toId, r.fromId]));
  for (const h of hP.values()) {
    const b = bP.get(fromOfHead.get(h.id) ?? h.id);
    if (!b) {
      if (!renamedTo.has(h.id) && hm)
        prices.push({
          plan: h.id,
          name: h.name,
          from: null,
          to: h.price,
          verdict: judgePrice(h, null, h.price, hm),
        });
      continue;
    }
    const entryChanged =
      (b.minSeats !== undefined || h.minSeats !== undefined) && b.entryPrice !== h.entryPrice;
    if (b.price === h.price && !entryChanged) continue;
    const percent =
      typeof b.price === 'number' && typeof h.price === 'number'
        ? percentChange(b.price, h.price)
        : undefined;
    const entryPercent =
      entryChanged && b.entryPrice !== undefined && h.entryPrice !== undefined
        ? percentChange(b.entryPrice, h.entryPrice)
        : undefined;
    const entryUp =
      entryChanged && b.entryPrice !== undefined && h.entryPrice !== undefined
        ? h.entryPrice > b.entryPrice
        : undefined;
    prices.push({
      plan: h.id,
      name: h.name,
      from: b.price,
      to: h.price,
      ...(percent !== undefined && b.price !== h.price ? { percent } : {}),
      ...(entryChanged ? { entryFrom: b.entryPrice ?? null, entryTo: h.entryPrice ?? null } : {}),
      ...(entryPercent !== undefined ? { entryPercent } : {}),
      verdict: judgePrice(h, b.price, h.price, hm!, entryUp),
    });
  }
  for (const b of bP.values())
    if (!hP.has(b.id) && !renamedFrom.has(b.id))
      prices.push({
        plan: b.id,
        name: b.name,
        from: b.price,
        to: null,
        verdict: neutral('the plan is gone'),
      });

  const addOns: AddOnChange[] = [];
  const sells = (m: PackagingModel | undefined, id: string) =>
    (m?.features ?? []).filter((f) => f.addOn === id);
  for (const h of hA.values()) {
    const b = bA.get(h.id);
    const hs = sells(hm, h.id);
    if (!b) {
      const drivers = hs.filter((f) => recommendedSide(f.recommendation) === 'free');
      addOns.push({
        kind: 'added',
        id: h.id,
        name: h.name,
        from: null,
        to: h.price,
        features: hs.map((f) => f.id),
        verdict: drivers.length
          ? verdict(
              'against',
              'packaging test',
              `it sells ${drivers.map((f) => f.name).join(', ')}, which the test recommends free`,
            )
          : neutral('a new add-on'),
      });
      continue;
    }
    if (b.price !== h.price) {
      const percent =
        typeof b.price === 'number' && typeof h.price === 'number'
          ? percentChange(b.price, h.price)
          : undefined;
      addOns.push({
        kind: 'repriced',
        id: h.id,
        name: h.name,
        from: b.price,
        to: h.price,
        ...(percent !== undefined ? { percent } : {}),
        features: hs.map((f) => f.id),
        verdict: neutral('the packaging test does not judge add-on prices'),
      });
    }
    if (headId(b.from) !== h.from)
      addOns.push({
        kind: 'from-changed',
        id: h.id,
        name: h.name,
        from: headId(b.from),
        to: h.from,
        features: hs.map((f) => f.id),
        verdict: neutral('sold from another plan'),
      });
  }
  for (const b of bA.values())
    if (!hA.has(b.id))
      addOns.push({
        kind: 'removed',
        id: b.id,
        name: b.name,
        from: b.price,
        to: null,
        features: sells(bm, b.id).map((f) => f.id),
        verdict: neutral('the add-on is gone (its features show as moved or removed)'),
      });

  const bd = base?.diagnostics ?? [];
  const hd = head.diagnostics;
  const head3 = { errors: 0, warnings: 0, infos: 0 };
  for (const d of hd) {
    if (d.accepted !== undefined) continue;
    if (d.severity === 'error') head3.errors++;
    else if (d.severity === 'warning') head3.warnings++;
    else head3.infos++;
  }
  const counted = (ds: Diagnostic[]) => ds.filter((d) => d.accepted === undefined);
  const acceptedIn = (ds: Diagnostic[]) => ds.filter((d) => d.accepted !== undefined);
  const acceptedKeys = new Set(acceptedIn(hd).map(diagKey));
  // a finding accepted now is not resolved: it is listed under `accepted`
  const resolved = multisetMinus(counted(bd), counted(hd)).filter((d) => !acceptedKeys.has(diagKey(d)));
  const byRelabelling = (d: Diagnostic) => d.feature !== undefined && relabelled.has(d.feature);
  return {
    baseMissing: base === undefined,
    added,
    removed,
    moved,
    limits,
    prices,
    renamed,
    addOns,
    rationale,
    accepted: multisetMinus(acceptedIn(hd), acceptedIn(bd)).map(diagRef),
    reclassified,
    newDiagnostics: multisetMinus(counted(hd), counted(bd)).map(diagRef),
    resolvedDiagnostics: resolved.filter((d) => !byRelabelling(d)).map(diagRef),
    resolvedByReclassifying: resolved.filter(byRelabelling).map(diagRef),
    head: head3,
  };
}

export function isEmptyDiff(d: PackagingDiff): boolean {
  return (
    d.added.length +
      d.removed.length +
      d.moved.length +
      d.limits.length +
      d.prices.length +
      d.renamed.length +
      d.addOns.length +
      d.rationale.length +
      d.reclassified.length +
      d.accepted.length ===
      0 && d.newDiagnostics.length + d.resolvedDiagnostics.length + d.resolvedByReclassifying.length === 0
  );
}
