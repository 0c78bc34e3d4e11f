/** Damerau–Levenshtein distance (optimal string alignment), for short strings such as place names. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  const row = (i: number): number[] => d[i]!;
  for (let j = 1; j <= b.length; j++) row(0)[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(row(i - 1)[j]! + 1, row(i)[j - 1]! + 1, row(i - 1)[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, row(i - 2)[j - 2]! + 1);
      row(i)[j] = best;
    }
  }
  return row(a.length)[b.length]!;
}
