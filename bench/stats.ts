// One definition of the figures every bench prints: the median (the mean of the two middle values of an even
// count), p90 and max by nearest rank. Four copies used to disagree on an even count's median.

export interface Spread {
  median: number;
  p90: number;
  max: number;
}

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

/** The `q` quantile by nearest rank (q = 0.9: the smallest value at or above 90% of them); NaN when empty. */
export function quantile(xs: readonly number[], q: number): number {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * q) - 1))]! : Number.NaN;
}

export function median(xs: readonly number[]): number {
  const s = sorted(xs);
  const n = s.length;
  if (!n) return Number.NaN;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

export function spread(xs: readonly number[]): Spread {
  return { median: median(xs), p90: quantile(xs, 0.9), max: xs.length ? Math.max(...xs) : Number.NaN };
}

/** "12 ms (p90 15, max 20)" with `digits` decimals */
export function spreadText(xs: readonly number[], digits = 0, unit = ' ms'): string {
  const s = spread(xs);
  return `${s.median.toFixed(digits)}${unit} (p90 ${s.p90.toFixed(digits)}, max ${s.max.toFixed(digits)})`;
}
