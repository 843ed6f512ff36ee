import { type Classification, GROWTH_SIGNALS, type Recommendation, type Side, type Signal } from '../types';

/** The packaging test of spec section 3 (revision 2): pure, reads only the signals. */
export function classify(signals: Partial<Record<Signal, boolean>> | undefined): Classification {
  if (!signals) return { recommendation: 'unclassified', reasons: [] };
  const growth: Signal[] = GROWTH_SIGNALS.filter((s) => signals[s] === true);
  const capture: Signal[] = [];
  if (signals.friction === true) capture.push('friction');
  if (signals.expansion === true) capture.push('expansion');
  if (growth.length > 0) {
    return capture.length > 0
      ? { recommendation: 'free-limited', reasons: [...growth, ...capture] }
      : { recommendation: 'free', reasons: growth };
  }
  if (capture.length > 0) return { recommendation: 'paid', reasons: capture };
  // Nothing argues for a side: place it by tier, and never call it misplaced.
  return { recommendation: 'either', reasons: [] };
}

/** The side a recommendation argues for; undefined when the test has nothing to say (either, unclassified). */
export function recommendedSide(rec: Recommendation): Side | undefined {
  if (rec === 'free' || rec === 'free-limited') return 'free';
  if (rec === 'paid') return 'paid';
  return undefined;
}

/** Whether a feature sits on the side its recommendation argues against. One definition for every face. */
export function isMismatch(rec: Recommendation, side: Side | null): boolean {
  const want = recommendedSide(rec);
  return want !== undefined && side !== null && want !== side;
}
