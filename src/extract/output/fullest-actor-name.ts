import { normalizeKey } from "../../text/normalize.ts";

/**
 * An actor abroad written OTHER:<name> is named by its name and the qualifier the article gives it
 * elsewhere: a bare "التحالف" or "الجيش" of an article that also writes "التحالف العربي" or "الجيش
 * السوداني" is that group, and the gold names it so through the article. The longer name must be an
 * alias of the same catalogue key, the bare name plus one word, found in the (normalised) article.
 *
 *   fullestActorName("التحالف", ["التحالف العربي", "قوات التحالف"], "…طيران التحالف العربي…") → "التحالف العربي"
 *   fullestActorName("التحالف", ["التحالف العربي"], "…التحالف الذي تقوده المملكة…")            → "التحالف"
 */
export function fullestActorName(written: string, aliases: readonly string[], normalizedText: string): string {
  const words = normalizeKey(written).split(" ");
  for (const alias of aliases) {
    const other = normalizeKey(alias).split(" ");
    if (other.length !== words.length + 1 || words.some((w, k) => other[k] !== w)) continue;
    if (hasPhrase(normalizedText, other.join(" "))) return alias;
  }
  return written;
}

/** Whether the phrase stands in the text as whole words (a proclitic may open it: "وللتحالف"). */
function hasPhrase(text: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const after = text.charCodeAt(i + phrase.length);
    if (!(after >= 0x0621 && after <= 0x064a)) return true;
  }
  return false;
}
