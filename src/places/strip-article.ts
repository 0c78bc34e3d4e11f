/**
 * A normalised name without the article on its first word ("الموزره" → "موزره"), or null when it
 * has none. Two-letter remainders are kept whole: "ال" + one letter is not an article.
 */
export function stripArticle(key: string): string | null {
  return key.startsWith("ال") && key.length > 4 ? key.slice(2) : null;
}
