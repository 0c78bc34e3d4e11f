/**
 * Longest non-overlapping phrase matches, like PhraseMatcher.findAll, but among matches of equal
 * length it keeps the one that strips the fewest clitics: "فصائل المعارضة" is the entry
 * "فصائل المعارضة", not "فصائل معارضة" read through the article of its second word.
 */
import type { PhraseMatch, PhraseMatcher } from "../text/phrase-matcher.ts";
import type { Token } from "../text/tokenize.ts";

export function findBestPhrases<T>(matcher: PhraseMatcher<T>, tokens: readonly Token[]): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; ) {
    const all = matcher.matchesAt(tokens, i);
    const longest = all[0];
    if (longest === undefined) {
      i++;
      continue;
    }
    const best = all
      .filter((m) => m.last === longest.last)
      .reduce((a, b) => (stripCost(b, tokens) < stripCost(a, tokens) ? b : a));
    out.push(best);
    i = best.last + 1;
  }
  return out;
}

/** How far down each token's list of forms the phrase had to go. */
function stripCost<T>(m: PhraseMatch<T>, tokens: readonly Token[]): number {
  const words = m.phrase.split(" ");
  let cost = 0;
  for (let k = 0; k < words.length; k++) {
    const forms = tokens[m.first + k]?.forms ?? [];
    const at = forms.indexOf(words[k]!);
    cost += at < 0 ? forms.length : at;
  }
  return cost;
}
