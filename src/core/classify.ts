import { type Classification, GROWTH_SIGNALS, type Signal } from './types';

/** The packaging test of spec section 3: pure, reads only the signals. */
export function classify(signals: Partial<Record<Signal, boolean>> | undefined): Classification {
  if (!signals) return { recommendation: 'unclassified', reasons: [] };
  const growth: Signal[] = GROWTH_SIGNALS.filter((s) => signals[s] === true);
  const friction = signals.friction === true;
  if (growth.length > 0) {
    return friction
      ? { recommendation: 'free-limited', reasons: [...growth, 'friction'] }
      : { recommendation: 'free', reasons: growth };
  }
  return { recommendation: 'paid', reasons: friction ? ['friction'] : [] };
}
