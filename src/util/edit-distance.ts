// Levenshtein edit distance, for "did you mean" suggestions on misspelt names.

export interface EditDistanceOptions {
  /**
   * Give up once the distance must exceed `max` and return `max + 1`: a caller that only
   * asks "within max?" need not fill the whole table for a far-off name.
   */
  max?: number;
  /** The cost of swapping a letter for itself in the other case (`v` for `V`); any other swap costs 1. */
  caseChangeCost?: number;
}

/** Insertions, deletions and substitutions that turn `a` into `b`, each costing 1 (see the options). */
export function editDistance(a: string, b: string, options: EditDistanceOptions = {}): number {
  const max = options.max ?? Infinity;
  const caseChangeCost = options.caseChangeCost ?? 1;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? caseChangeCost : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
      best = Math.min(best, row[j]!);
    }
    // Every later row is at least the smallest entry of this one.
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}
