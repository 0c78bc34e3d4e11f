import type { Article } from "../model/article.ts";

/** An Arabic letter (not a digit or punctuation mark of the Arabic block). */
const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;

/**
 * Why an article will give no events whatever it reports, or null when it is fine: rasd reads
 * Arabic only, so an English or empty article would otherwise pass silently with zero events.
 *
 *   articleWarning({ id: "a1", text: "Shelling hit Idlib", … }) // 'article "a1" has no Arabic text …'
 */
export function articleWarning(article: Article): string | null {
  if (article.text.trim() === "") return `article "${article.id}" has no text`;
  if (!ARABIC_LETTER.test(article.text)) return `article "${article.id}" has no Arabic text; rasd reads Arabic news only, so no events come from it`;
  return null;
}
