import type { FeatureModel, PackagingModel } from '../model/model';
import { SIGNALS } from '../types';
import { marketFor, marketSentence, optedOut } from './market';
import { suggestFor } from './suggest-signals';

/** What the editor shows beside a feature: the market figure and, when it has no signals, the suggestion. */
export interface FeatureInsights {
  /** "Single sign-on: top plan in 11 of 24 products, 2024–2025" (absent when not a sure match or opted out) */
  market?: string;
  /**
   * "Sharing links → free: virality (a shared link reaches people outside the account)", the evidence of each
   * yes in brief (absent when classified or the suggester abstains)
   */
  suggestion?: string;
}

/** `model` (the checked file's) adds the product name, the value metric and the sibling rows to the evidence. */
export function featureInsights(
  f: Pick<
    FeatureModel,
    'id' | 'name' | 'description' | 'category' | 'signals' | 'node' | 'unit' | 'limits' | 'freeLimits'
  >,
  text: string,
  model?: Pick<PackagingModel, 'productName' | 'features' | 'growth'>,
): FeatureInsights {
  const about = {
    id: f.id,
    name: f.name,
    description: f.description,
    category: f.category,
    ...(model?.productName ? { product: model.productName } : {}),
  };
  const out: FeatureInsights = {};
  const m = optedOut(text, f.node.range) ? undefined : marketFor(about);
  if (m) out.market = marketSentence(m);
  const s = f.signals === undefined ? suggestFor(f, model) : undefined;
  if (s) {
    const on = SIGNALS.filter((x) => s.signals[x]);
    out.suggestion = on.length
      ? `${s.basis} → ${s.recommendation}: ${on.map((x) => `${x} (${s.answers[x].evidence})`).join('; ')}`
      : `${s.basis} → either: no question answers yes (${s.answers.virality.evidence})`;
  }
  return out;
}
