import { normalizeKey } from "../../text/normalize.ts";
import { withoutConjunction } from "../../text/word-forms.ts";

/**
 * A place key (normalised: no hamza, no tāʾ marbūṭa, no diacritics) spelled back with the text's own
 * words wherever the text has them (`written`: the place's words, then its event's). A key built from several places of one phrase — "جبلي X والأكراد"
 * gives the key "جبل الاكراد" — would otherwise be printed without its hamza; the text's "والأكراد"
 * supplies "الأكراد" (a joined conjunction is dropped), and a word the text does not have as such
 * (the singular "جبل" of the dual head) stays as the key writes it. Likewise "بلدتي نوحية شرقية
 * وغربية": the second village's key repeats the first word of the first, which its event's words hold.
 */
export function spellAsWritten(key: string, written: string): string {
  const byKey = new Map<string, string>();
  for (const word of written.split(/\s+/)) {
    for (const form of [word, withoutConjunction(word)]) {
      if (!form) continue;
      const k = normalizeKey(form);
      if (k !== "" && !byKey.has(k)) byKey.set(k, form);
    }
  }
  return key
    .split(" ")
    .map((w) => byKey.get(w) ?? w)
    .join(" ");
}
