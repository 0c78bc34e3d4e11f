/**
 * Bidirectional formatting characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069
 * isolates) that reach a terminal from a hostile title or URL can reorder what follows, so that
 * "rasd: evil\u202Egpj.exe" reads as "rasd: evilexe.jpg". In messages they are shown escaped ("<U+202E>"),
 * and also the C0/C1 control characters but tab and newline (escape sequences could rewrite the terminal). The article
 * text itself is never changed: only what is printed about it.
 *
 *   escapeBidiControls("a\u202Eb") // "a<U+202E>b"
 */
export function escapeBidiControls(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}
