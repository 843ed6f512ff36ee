import type { Recommendation, Signal } from '../types';

export const SIGNAL_NAMES: Record<Signal, string> = {
  virality: 'virality',
  universality: 'universality',
  ahaMoment: 'aha moment',
  habitLoop: 'habit loop',
  friction: 'friction',
  expansion: 'expansion',
};

export function signalList(signals: readonly Signal[]): string {
  const names = signals.map((s) => SIGNAL_NAMES[s]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const RECOMMENDATION_NAMES: Record<Recommendation, string> = {
  free: 'free',
  'free-limited': 'free behind a usage wall',
  paid: 'paid',
  either: 'either (nothing argues for a side)',
  unclassified: 'unclassified',
};
