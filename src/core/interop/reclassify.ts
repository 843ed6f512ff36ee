import type { FeatureModel, Limit } from '../model/model';
import { type Recommendation, SIGNALS, type Signal } from '../types';

// Spec 5.2 (r3): reclassifications, features whose `signals` changed between two versions, with the old and new
// recommendation and reasons; and the findings such a relabelling made disappear while the feature's placement
// and limits stayed as they were ("resolved by reclassifying"): a warning answered by changing the answers to the
// packaging test rather than the packaging, which a reviewer should see as such.

export interface Reclassification {
  id: string;
  name: string;
  /** the signals answered true, in the base and in HEAD; null when the version had no `signals` at all */
  fromSignals: Signal[] | null;
  toSignals: Signal[] | null;
  /** answered true in HEAD and not in the base, and the other way round */
  turnedOn: Signal[];
  turnedOff: Signal[];
  fromRecommendation: Recommendation;
  toRecommendation: Recommendation;
  fromReasons: Signal[];
  toReasons: Signal[];
}

/** The true signals of a feature, in SIGNALS order; null when it has no `signals` (unclassified). */
function trueSignals(f: FeatureModel): Signal[] | null {
  if (!f.signals) return null;
  return SIGNALS.filter((s) => f.signals?.[s] === true);
}

/**
 * The reclassification of a feature present in both versions, when its answers to the packaging test changed. A
 * signal written `false` reads as one left out (spec 3), so writing it out is no reclassification; adding or
 * removing the whole `signals` block is one (unclassified ↔ classified).
 */
export function reclassification(b: FeatureModel, h: FeatureModel): Reclassification | undefined {
  const from = trueSignals(b);
  const to = trueSignals(h);
  if (from === null && to === null) return undefined;
  if (from !== null && to !== null && from.join() === to.join()) return undefined;
  return {
    id: h.id,
    name: h.name,
    fromSignals: from,
    toSignals: to,
    turnedOn: (to ?? []).filter((s) => !(from ?? []).includes(s)),
    turnedOff: (from ?? []).filter((s) => !(to ?? []).includes(s)),
    fromRecommendation: b.recommendation,
    toRecommendation: h.recommendation,
    fromReasons: [...b.reasons],
    toReasons: [...h.reasons],
  };
}

/**
 * Whether the feature sits where it sat (plan and add-on, `headId` maps a renamed plan) with the same limits on
 * every plan (compared by HEAD's plan ids): the packaging did not change, only possibly its labels.
 */
export function samePackaging(b: FeatureModel, h: FeatureModel, headId: (planId: string) => string): boolean {
  if (headId(b.plan) !== h.plan || b.addOn !== h.addOn) return false;
  const limits = (f: FeatureModel, map: (id: string) => string) => {
    const out = new Map<string, Limit>();
    for (const [k, v] of Object.entries(f.limits)) out.set(map(k), v);
    return out;
  };
  const bl = limits(b, headId);
  const hl = limits(h, (id) => id);
  if (bl.size !== hl.size) return false;
  for (const [k, v] of hl) if (bl.get(k) !== v) return false;
  // a unit change makes the same numbers mean something else
  return (b.unit ?? '') === (h.unit ?? '');
}
