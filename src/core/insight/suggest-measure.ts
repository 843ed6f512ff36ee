import {
  type FeatureEvidence,
  kindOf,
  type Reliability,
  recommendationOf,
  type SignalSuggestion,
  suggestSignals,
  unreliableKinds,
} from './suggest-signals';
import { SIGNAL_NAMES, type SignalName } from './taxonomy/capabilities';

// How good the suggestions are, against the hand-labelled set (test/fixtures/signals): coverage (the share of
// features suggested for) and agreement (same recommendation as the label's answers, among those).

/** One feature of the labelled set (test/fixtures/signals/labelled.json). */
export interface LabelledFeature {
  source: string;
  key: string;
  type: string | null;
  description?: string;
  /** what the importer makes of it: the suggester reads this, as it reads an imported file */
  imported: {
    id: string;
    name: string;
    category?: string;
    unit?: string;
    freeLimit?: number | 'unlimited';
    numericLimit?: boolean;
  };
  /** the label: each question of spec §3.1 answered, with a short reason */
  answers: Record<SignalName, { answer: boolean; reason: string }>;
  /** the questions answered yes */
  signals: SignalName[];
}

/** test/fixtures/signals/products.json: each product's file and its imported feature names. */
export type LabelledProducts = Record<string, { source: string; features: string[] }>;

export const productOf = (l: Pick<LabelledFeature, 'source'>): string => l.source.split('/')[0]!;

/** The evidence the suggester gets for a labelled feature: what it would get from the imported file. */
export function labelledEvidence(l: LabelledFeature, products: LabelledProducts): FeatureEvidence {
  const p = productOf(l);
  const i = l.imported;
  return {
    id: i.id,
    name: i.name,
    ...(l.description ? { description: l.description } : {}),
    ...(i.category ? { category: i.category } : {}),
    ...(i.unit ? { unit: i.unit } : {}),
    ...(i.numericLimit ? { numericLimit: true } : {}),
    ...(typeof i.freeLimit === 'number' ? { freeLimit: i.freeLimit } : {}),
    product: p,
    siblings: (products[p]?.features ?? []).filter((n) => n !== i.name),
  };
}

export interface SuggestionFigures {
  features: number;
  suggested: number;
  agreed: number;
  /** suggested / features */
  coverage: number;
  /** same recommendation as the label, among suggested features */
  agreement: number;
  /** per signal: suggested true, and of those labelled true */
  precision: Record<SignalName, { suggested: number; correct: number }>;
}

export function labelRecommendation(l: Pick<LabelledFeature, 'signals'>) {
  return recommendationOf(Object.fromEntries(l.signals.map((s) => [s, true])));
}

/** Coverage, agreement and per-signal precision of `suggest` over labelled features. */
export function measureSuggestions(
  labelled: readonly LabelledFeature[],
  products: LabelledProducts,
  suggest: (f: FeatureEvidence, l: LabelledFeature) => SignalSuggestion | undefined = (f) =>
    suggestSignals(f),
): SuggestionFigures {
  let suggested = 0;
  let agreed = 0;
  const precision = Object.fromEntries(
    SIGNAL_NAMES.map((s) => [s, { suggested: 0, correct: 0 }]),
  ) as SuggestionFigures['precision'];
  for (const l of labelled) {
    const s = suggest(labelledEvidence(l, products), l);
    if (!s) continue;
    suggested++;
    if (s.recommendation === labelRecommendation(l)) agreed++;
    for (const sig of SIGNAL_NAMES)
      if (s.signals[sig]) {
        precision[sig].suggested++;
        if (l.signals.includes(sig)) precision[sig].correct++;
      }
  }
  return {
    features: labelled.length,
    suggested,
    agreed,
    coverage: labelled.length ? suggested / labelled.length : 0,
    agreement: suggested ? agreed / suggested : 0,
    precision,
  };
}

/** Per kind of suggestion (ungated): how many labelled features it suggested for and how many agreed. */
export function reliabilityOf(labelled: readonly LabelledFeature[], products: LabelledProducts): Reliability {
  const out: Reliability = {};
  for (const l of labelled) {
    const s = suggestSignals(labelledEvidence(l, products), { unreliable: new Set() });
    if (!s) continue;
    const k = kindOf(s);
    out[k] ??= { suggested: 0, agreed: 0 };
    const c = out[k];
    c.suggested++;
    if (s.recommendation === labelRecommendation(l)) c.agreed++;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** taxonomy/reliability.json's text for the labelled set (one kind a line). */
export function reliabilityJson(labelled: readonly LabelledFeature[], products: LabelledProducts): string {
  const r = reliabilityOf(labelled, products);
  const lines = Object.entries(r).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{"kinds": {\n${lines.join(',\n')}\n}}\n`;
}

/**
 * The leave-one-product-out figure: each product's features suggested with the gate re-learned from the other
 * products' labels only, so nothing learned from labels saw the product it is scored on.
 */
export function leaveOneProductOut(
  labelled: readonly LabelledFeature[],
  products: LabelledProducts,
): SuggestionFigures {
  const byProduct = new Map<string, LabelledFeature[]>();
  for (const l of labelled) byProduct.set(productOf(l), [...(byProduct.get(productOf(l)) ?? []), l]);
  const gates = new Map<string, Set<string>>();
  for (const p of byProduct.keys())
    gates.set(
      p,
      unreliableKinds(
        reliabilityOf(
          labelled.filter((l) => productOf(l) !== p),
          products,
        ),
      ),
    );
  return measureSuggestions(labelled, products, (f, l) =>
    suggestSignals(f, { unreliable: gates.get(productOf(l))! }),
  );
}
