/**
 * Stored groups of copies a new text is compared with, at most (unless every band of it is
 * crowded): its rarest bands are taken while the groups under them add up to no more than this.
 * A band of a story's own wording gathers that story's copies, one group, so a copy's bands come
 * first; 64 leaves room for dozens of them and bounds the signatures read per text whatever the
 * size of the store.
 */
export const CANDIDATE_GROUPS = 64;

/**
 * The bands of a new text that syndicated copies are looked for under: its rarest bands, while the
 * stored groups of copies sharing them add up to at most `budget`. Groups are stories that are not
 * copies of each other, so a band many of them share was made of wording they all repeat (an
 * outlet's sign-off, an agency's standard opening, a daily toll written from one template) and says
 * as little about which story a text tells as a stop word says about its subject. Comparing a new
 * text with all of them cost a signature read each (900 per text in a store of 100,000 articles
 * written from one pattern) and found nothing.
 *
 * A copy shares more than boilerplate: two texts with 80 % of their word triples in common agree on
 * a band with probability 0.8⁴ ≈ 0.41, on about 6.5 of 16 bands, and the bands of its own story,
 * shared by one group or a few, are among the rarest. What the budget leaves out is a copy that
 * shares only crowded bands with the new text. When every band of the text is crowded (each shared
 * by more than `budget` groups: a text made only of boilerplate), nothing is rarer than the rest and
 * every band is kept: such a text is compared as it always was, whatever it costs.
 *
 *   // groups per band: 0:a 1, 1:b 900, 2:c none, 3:d 40, 4:e 30
 *   candidateBands(["0:a", "1:b", "2:c", "3:d", "4:e"], groups, 64)   // ["0:a", "2:c", "4:e"] (0 + 1 + 30; 40 more is over)
 *
 * `groups`: how many groups share each band (a band absent shares none; counts above `budget` may be
 * cut to `budget + 1`). The bands come back in the text's order.
 */
export function candidateBands(bands: readonly string[], groups: ReadonlyMap<string, number>, budget = CANDIDATE_GROUPS): string[] {
  const count = (band: string) => groups.get(band) ?? 0;
  if (bands.every((band) => count(band) > budget)) return [...bands];
  // Rarest first; a tie keeps the text's order (sort is stable), so the choice is deterministic.
  const kept = new Set<string>();
  let total = 0;
  for (const band of [...bands].sort((a, b) => count(a) - count(b))) {
    if (total + count(band) > budget) break;
    total += count(band);
    kept.add(band);
  }
  return bands.filter((band) => kept.has(band));
}
