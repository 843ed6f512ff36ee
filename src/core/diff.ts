import { recommendedSide } from './classify';
import type { CheckResult, FeatureModel, Limit, PlanModel } from './model';
import type { Diagnostic, Recommendation, Severity, Side } from './types';

// What a reviewer needs to see in a packaging change, from two check() results. Pure; the CLI reads
// the two texts (two files, or a file and its version at a git ref).

export interface FeatureRef {
  id: string;
  name: string;
  plan: string;
  side: Side | null;
  recommendation: Recommendation;
}

/** `with`: the move puts the feature on the side the packaging test recommends; `against`: away from it. */
export type MoveVerdict = 'with' | 'against' | 'neutral';

export interface FeatureMove {
  id: string;
  name: string;
  fromPlan: string;
  toPlan: string;
  fromSide: Side | null;
  toSide: Side | null;
  recommendation: Recommendation;
  verdict: MoveVerdict;
}

/** A limit as the file means it: a missing entry on an including plan is `unlimited`; `null` = not included. */
export type EffectiveLimit = Limit | null;

export interface LimitChange {
  feature: string;
  name: string;
  plan: string;
  from: EffectiveLimit;
  to: EffectiveLimit;
  unit?: string;
}

export interface PriceChange {
  plan: string;
  name: string;
  from: PlanModel['price'] | null;
  to: PlanModel['price'] | null;
}

export interface DiagnosticRef {
  rule: string;
  severity: Severity;
  message: string;
  feature?: string;
  /** 0-based line in its own version */
  line: number;
}

export interface PackagingDiff {
  /** the base did not exist (a new file) */
  baseMissing: boolean;
  added: FeatureRef[];
  removed: FeatureRef[];
  moved: FeatureMove[];
  limits: LimitChange[];
  /** plans added (from null), removed (to null) or repriced */
  prices: PriceChange[];
  newDiagnostics: DiagnosticRef[];
  resolvedDiagnostics: DiagnosticRef[];
  head: { errors: number; warnings: number; infos: number };
}

const ref = (f: FeatureModel): FeatureRef => ({
  id: f.id,
  name: f.name,
  plan: f.plan,
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

function effectiveLimits(f: FeatureModel, plans: PlanModel[]): Map<string, EffectiveLimit> {
  const out = new Map<string, EffectiveLimit>();
  const own = plans.findIndex((p) => p.id === f.plan);
  plans.forEach((p, i) => {
    out.set(p.id, own < 0 || i < own ? null : (f.limits[p.id] ?? 'unlimited'));
  });
  return out;
}

function diagRef(d: Diagnostic): DiagnosticRef {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    ...(d.feature !== undefined ? { feature: d.feature } : {}),
    line: d.range.start.line,
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

/** `base` undefined: the file is new. */
export function diffPackaging(base: CheckResult | undefined, head: CheckResult): PackagingDiff {
  const bPlans = base?.model?.plans ?? [];
  const hPlans = head.model?.plans ?? [];
  const bFeatures = base?.model?.features ?? [];
  const hFeatures = head.model?.features ?? [];
  const firstById = <T extends { id: string }>(xs: T[]) => {
    const m = new Map<string, T>();
    for (const x of xs) if (!m.has(x.id)) m.set(x.id, x);
    return m;
  };
  const bF = firstById(bFeatures);
  const hF = firstById(hFeatures);
  const bP = firstById(bPlans);
  const hP = firstById(hPlans);

  const added = [...hF.values()].filter((f) => !bF.has(f.id)).map(ref);
  const removed = [...bF.values()].filter((f) => !hF.has(f.id)).map(ref);
  const moved: FeatureMove[] = [];
  const limits: LimitChange[] = [];
  for (const h of hF.values()) {
    const b = bF.get(h.id);
    if (!b) continue;
    if (b.plan !== h.plan) {
      moved.push({
        id: h.id,
        name: h.name,
        fromPlan: b.plan,
        toPlan: h.plan,
        fromSide: b.side,
        toSide: h.side,
        recommendation: h.recommendation,
        verdict: moveVerdict(h.recommendation, b.side, h.side),
      });
    }
    const bl = effectiveLimits(b, bPlans);
    const hl = effectiveLimits(h, hPlans);
    // plans present in both versions; a plan added or removed shows up under prices
    for (const [plan, to] of hl) {
      if (!bl.has(plan)) continue;
      const from = bl.get(plan)!;
      // inclusion changes are moves; only a limit that changes on a plan including it both times counts
      if (from === null || to === null || from === to) continue;
      limits.push({ feature: h.id, name: h.name, plan, from, to, ...(h.unit ? { unit: h.unit } : {}) });
    }
  }
  const prices: PriceChange[] = [];
  for (const h of hP.values()) {
    const b = bP.get(h.id);
    if (!b) prices.push({ plan: h.id, name: h.name, from: null, to: h.price });
    else if (b.price !== h.price) prices.push({ plan: h.id, name: h.name, from: b.price, to: h.price });
  }
  for (const b of bP.values())
    if (!hP.has(b.id)) prices.push({ plan: b.id, name: b.name, from: b.price, to: null });

  const bd = base?.diagnostics ?? [];
  const hd = head.diagnostics;
  const head3 = { errors: 0, warnings: 0, infos: 0 };
  for (const d of hd) {
    if (d.severity === 'error') head3.errors++;
    else if (d.severity === 'warning') head3.warnings++;
    else head3.infos++;
  }
  return {
    baseMissing: base === undefined,
    added,
    removed,
    moved,
    limits,
    prices,
    newDiagnostics: multisetMinus(hd, bd).map(diagRef),
    resolvedDiagnostics: multisetMinus(bd, hd).map(diagRef),
    head: head3,
  };
}

export function isEmptyDiff(d: PackagingDiff): boolean {
  return (
    d.added.length + d.removed.length + d.moved.length + d.limits.length + d.prices.length === 0 &&
    d.newDiagnostics.length + d.resolvedDiagnostics.length === 0
  );
}
