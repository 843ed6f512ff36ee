/** Damerau-free Levenshtein distance; gives up (returns `max + 1`) once the distance must exceed `max`. */
export function distance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (prev[j]! < rowMin) rowMin = prev[j]!;
      diag = tmp;
    }
    if (rowMin > max) return max + 1;
  }
  return prev[b.length]!;
}

/** Longest word compared: a 100 KB key is no typo of a known one. */
const MAX_WORD = 64;

/**
 * The closest candidate when it is close enough to be a likely typo. A prefix (`per` for `perlod`) counts as
 * close only on a tie with a real edit distance, so `perlod` suggests `period`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_WORD) return undefined;
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c.length > MAX_WORD) continue;
    const cl = c.toLowerCase();
    const limit = Math.max(2, Math.floor(Math.max(w.length, cl.length) / 3));
    // Scores are doubled so a prefix can rank half a step behind an edit of the same distance.
    const cap = Math.min(limit, Math.floor(bestScore / 2));
    const d = distance(w, cl, cap);
    let score = d <= limit ? 2 * d : Number.POSITIVE_INFINITY;
    if (cl !== w && (cl.startsWith(w) || w.startsWith(cl)) && Math.min(w.length, cl.length) >= 2)
      score = Math.min(score, 3);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/**
 * `closest` over a fixed candidate list for many words, with a total work budget: past it, no more suggestions
 * (a suggestion is a courtesy; 10,000 unknown ids against 2,000 plans must not take seconds).
 */
export function suggester(
  candidates: readonly string[],
  budget = 2_000_000,
): (word: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  let left = budget;
  return (word) => {
    if (cache.has(word)) return cache.get(word);
    left -= candidates.length * Math.min(word.length + 1, MAX_WORD);
    const s = left >= 0 ? closest(word, candidates) : undefined;
    cache.set(word, s);
    return s;
  };
}
