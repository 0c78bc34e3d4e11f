/**
 * A pure result for a pair of objects, computed once while both objects live (a WeakMap of
 * WeakMaps, so nothing is kept after them). Fitting the merge model merges one set of reports
 * hundreds of times (scripts/train-merge.ts); the pair features and eligibility of two given
 * reports never change, so they are computed once per pair instead of once per run.
 *
 *   const memo: PairMemo<PairSide, string[]> = new WeakMap();
 *   memoPair(memo, x, y, () => pairFeatures(x, y));  // computed
 *   memoPair(memo, x, y, () => pairFeatures(x, y));  // the same array, not computed again
 */
export type PairMemo<K extends object, V> = WeakMap<K, WeakMap<K, V>>;

export function memoPair<K extends object, V>(memo: PairMemo<K, V>, a: K, b: K, compute: () => V): V {
  let row = memo.get(a);
  if (row === undefined) memo.set(a, (row = new WeakMap()));
  if (row.has(b)) return row.get(b) as V;
  const value = compute();
  row.set(b, value);
  return value;
}
