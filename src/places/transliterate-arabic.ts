/**
 * A readable Latin spelling of an Arabic place name for readers of English (not a reversible
 * scheme): the article as "al-", long vowels as a/i/u, no diacritics. "كفرنبل" → "Kfrnbl" is the
 * limit of what unvowelled script allows; gazetteer names are preferred wherever an entry exists.
 */
const LETTERS: Readonly<Record<string, string>> = {
  "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ء": "'", "ؤ": "'", "ئ": "'", "ب": "b", "ت": "t", "ث": "th",
  "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
  "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q", "ك": "k",
  "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y", "ى": "a", "پ": "p", "چ": "ch", "گ": "g",
};

export function transliterateArabic(name: string): string {
  const words = name
    .replace(/[\u064B-\u0652\u0640]/g, "")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  const latin = words.map((word) => {
    const article = word.startsWith("ال") && word.length > 3;
    const stem = article ? word.slice(2) : word;
    let out = "";
    for (const [i, ch] of Array.from(stem).entries()) {
      const mapped = LETTERS[ch];
      if (mapped === undefined) {
        out += ch;
        continue;
      }
      // After a consonant, و and ي are the long vowels u and i; after a vowel letter, w and y.
      const afterVowel = i > 0 && "اأإآويى".includes(stem[i - 1] ?? "");
      if ((ch === "و" || ch === "ي") && i > 0 && i < stem.length - 1 && !afterVowel) out += ch === "و" ? "u" : "i";
      else if (ch === "ي" && i === stem.length - 1 && i > 0) out += "i";
      else out += mapped;
    }
    const cased = out.charAt(0) === "'" ? out : out.charAt(0).toUpperCase() + out.slice(1);
    return article ? `al-${cased}` : cased;
  });
  const joined = latin.join(" ");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
