// "Menade du …?": the closest known word to a typo, by edit distance.

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions, "stauts" → "status" is 1).
 * Stops early and returns `limit + 1` once the distance is known to exceed `limit`, so a huge input
 * costs no more than its length times the candidate's.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[t.length] ?? 0;
}

/** How many edits a typo of this length may have and still get a suggestion: 1 up to 4 letters, else 2. */
export function typoTolerance(word: string): number {
  const length = Array.from(word).length;
  if (length < 3) return 0;
  return length <= 4 ? 1 : 2;
}

/**
 * The candidate nearest to `word` within `maxDistance` edits, or undefined. Ties go to the earlier
 * candidate, so callers list the likelier words first. An exact match is never a "suggestion" the
 * caller needs, but it is returned (distance 0) for simplicity.
 */
export function closest(
  word: string,
  candidates: readonly string[],
  maxDistance: number,
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
