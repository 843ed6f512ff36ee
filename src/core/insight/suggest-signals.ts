import { classify } from '../model/classify';
import type { Recommendation as CoreRecommendation } from '../types';
import { type Capability, SIGNAL_NAMES, type SignalName } from './taxonomy/capabilities';
import { type CapabilityMatch, type FeatureText, matchCapability } from './taxonomy/match';

// Suggested signals for a feature that has none: the recognised capability's usual answer to the
// packaging test, with the reason per signal; no suggestion when the capability is unknown or its answer
// depends too much on the product. Measured against the hand-labelled set (test/fixtures/signals).

/** A suggestion always answers every signal, so never `unclassified`. */
export type Recommendation = Exclude<CoreRecommendation, 'unclassified'>;

export interface SignalSuggestion {
  feature?: string;
  capability: Capability;
  match: CapabilityMatch;
  /** every signal of the format, true or false */
  signals: Record<SignalName, boolean>;
  /** why, for each true signal */
  why: Partial<Record<SignalName, string>>;
  recommendation: Recommendation;
}

/** The packaging test (the core's classifier) over a full set of answers. */
export function recommendationOf(signals: Partial<Record<SignalName, boolean>>): Recommendation {
  return classify(signals).recommendation as Recommendation;
}

/**
 * Matches from a description only are too loose to suggest from ("site" in "sell on your site"): they
 * still name the capability (for the market figure) but get no suggestion.
 */
const SUGGEST_VIA: ReadonlySet<CapabilityMatch['via']> = new Set(['name', 'type']);

export function suggestSignals(f: FeatureText): SignalSuggestion | undefined {
  const match = matchCapability(f);
  if (!match || match.capability.noSuggestion || !SUGGEST_VIA.has(match.via)) return undefined;
  const cap = match.capability;
  const signals = Object.fromEntries(SIGNAL_NAMES.map((s) => [s, cap.signals[s] !== undefined])) as Record<
    SignalName,
    boolean
  >;
  const why: Partial<Record<SignalName, string>> = {};
  for (const s of SIGNAL_NAMES) if (cap.signals[s] !== undefined) why[s] = cap.signals[s];
  return {
    ...(f.id !== undefined ? { feature: f.id } : {}),
    capability: cap,
    match,
    signals,
    why,
    recommendation: recommendationOf(signals),
  };
}

/** One feature of the labelled set (test/fixtures/signals/labelled.json). */
export interface LabelledFeature {
  source: string;
  key: string;
  type: string | null;
  description?: string;
  capability: string | null;
  signals: SignalName[];
  reason: string;
}

export interface SuggestionFigures {
  features: number;
  suggested: number;
  /** suggested / features */
  coverage: number;
  /** the suggestion's recommendation equals the label's, among suggested features */
  agreement: number;
  /** per signal: suggested true and labelled true / suggested true (null when never suggested) */
  precision: Record<SignalName, { suggested: number; correct: number; precision: number | null }>;
}

/** Coverage, recommendation agreement and per-signal precision of the suggestions over labelled features. */
export function measureSuggestions(labelled: readonly LabelledFeature[]): SuggestionFigures {
  let suggested = 0;
  let agree = 0;
  const precision = Object.fromEntries(
    SIGNAL_NAMES.map((s) => [s, { suggested: 0, correct: 0, precision: null as number | null }]),
  ) as SuggestionFigures['precision'];
  for (const l of labelled) {
    const s = suggestSignals({ id: l.key, description: l.description, category: l.type ?? undefined });
    if (!s) continue;
    suggested++;
    const truth = new Set(l.signals);
    const labelRec = recommendationOf(Object.fromEntries(l.signals.map((x) => [x, true])));
    if (s.recommendation === labelRec) agree++;
    for (const sig of SIGNAL_NAMES) {
      if (!s.signals[sig]) continue;
      precision[sig].suggested++;
      if (truth.has(sig)) precision[sig].correct++;
    }
  }
  for (const sig of SIGNAL_NAMES) {
    const p = precision[sig];
    p.precision = p.suggested ? p.correct / p.suggested : null;
  }
  return {
    features: labelled.length,
    suggested,
    coverage: labelled.length ? suggested / labelled.length : 0,
    agreement: suggested ? agree / suggested : 0,
    precision,
  };
}
