import type { FeatureModel } from '../model/model';
import { SIGNALS } from '../types';
import { marketFor, marketSentence, optedOut } from './market';
import { suggestSignals } from './suggest-signals';

/** What the editor shows beside a feature: the market figure and, when it has no signals, the suggestion. */
export interface FeatureInsights {
  /** "Single sign-on: top plan in 11 of 24 products, 2024–2025" (absent when unrecognised or opted out) */
  market?: string;
  /** "Sharing links: virality (a sharing link reaches …)" (absent when classified or unsure) */
  suggestion?: string;
}

export function featureInsights(
  f: Pick<FeatureModel, 'id' | 'name' | 'description' | 'category' | 'signals' | 'node'>,
  text: string,
): FeatureInsights {
  const about = { id: f.id, name: f.name, description: f.description, category: f.category };
  const out: FeatureInsights = {};
  const m = optedOut(text, f.node.range) ? undefined : marketFor(about);
  if (m) out.market = marketSentence(m);
  const s = f.signals === undefined ? suggestSignals(about) : undefined;
  if (s) {
    const on = SIGNALS.filter((x) => s.signals[x]);
    out.suggestion = on.length
      ? `${s.capability.name}: ${on.map((x) => `${x} (${s.why[x]})`).join('; ')}`
      : `${s.capability.name}: no signal true; nothing argues for a side`;
  }
  return out;
}
