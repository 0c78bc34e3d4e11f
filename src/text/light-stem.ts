/**
 * Light stemming: the candidate stems of one normalised word once its inflection is removed — pronoun
 * suffixes, the feminine, dual and plural endings of nouns and adjectives, the present-tense and
 * future prefixes and the plural, subjunctive and past endings of verbs. Proclitics (و ف ب ل ك ال)
 * are word-forms.ts's business: stem each of a word's forms.
 *
 * It is deliberately shallow and conservative. A word has no part of speech here, so it yields every
 * analysis the affix tables allow, each tagged with what the removed affixes say (StemTag), and the
 * guards keep the ones that rarely collide:
 * - a stem keeps at least three letters (normalised: "غاره" → "غار", "مدنيين" → "مدني");
 * - a present-tense prefix alone never leaves a three-letter stem ("نصيب" is a noun, not ن + صيب);
 * - words with the article are nouns: no verb prefix is read on them;
 * - the tags keep words apart that share letters: "مقاتلات" (f) is not "مقاتلين" (m), "فرقت" (v)
 *   is not "الفرقة" (f), "تسيطر" (present) is not "سيطرت" (past).
 *
 *   lightStems("تستهدفها")  →  p:"تستهدف", i+:"ستهدف"   (ها, then the present prefix ت)
 *   lightStems("الغارتين")  →  f:"الغار"                 (the dual ending تين, the article kept)
 *   lightStems("استهدافه")  →  f:"استهداف"               (ه; "باستهدافها" reaches p:"استهداف")
 *
 * The bare word is never in the list: a stem is only ever reached by removing something. The lexicon
 * side is stemmed by the same function (lexiconStemKeys), which says which text tags each lexicon
 * stem accepts; PhraseMatcher compares the keys (stemKey).
 *
 * The @nlpjs/lang-ar stemmer (Snowball) was weighed and not used: it returns one stem with no
 * account of what it removed, and is inconsistent on the words this project needs
 * ("غارات" → "غارا", "الغارتين" → "غارت", "المدنيين" → "مدن", "باستهدافها" keeps its ب).
 */

/**
 * Attached object and possessive pronouns, longest first. Not ي: once ى is normalised to ي it ends
 * far more nouns and adjectives ("قتلى", "مدني", "تركي") than it marks "my", which news rarely says.
 * ه stands for the pronoun and for the feminine ة alike (both are ه once normalised).
 */
export const PRONOUN_SUFFIXES: readonly string[] = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك"];

/** Endings of nouns and adjectives: dual, sound plurals (the feminine ة is the ه above). */
export const NOUN_ENDINGS: readonly string[] = ["تين", "تان", "ات", "ون", "ين", "ان"];

/** Endings of verbs: plural and subjunctive (وا ون), feminine plural (ن), feminine past (ت). */
export const VERB_ENDINGS: readonly string[] = ["وا", "ون", "ن", "ت"];

/**
 * Before a pronoun suffix a word changes its ending: the ة of a noun and the past ت are written ت
 * ("غارتها", "قصفته"), the past ending وا loses its alef ("قصفوه"), the present keeps its ون
 * ("يستهدفونها"), and a plural in construct loses its ن ("مقاتليها").
 */
export const BEFORE_PRONOUN_ENDINGS: readonly string[] = ["ات", "ون", "ت", "و", "ي"];

/** Present-tense prefixes; the future س may stand in front. */
export const PRESENT_PREFIXES: readonly string[] = ["ي", "ت", "ن"];
export const FUTURE_PREFIX = "س";

/** Shortest stem kept. */
export const MIN_STEM = 3;

/**
 * What the removed affixes say about the word, so that stems of different words do not meet:
 * "f" a feminine noun ending (ة، ات، تين، تان: "غارة"), "m" a masculine plural or dual (ون، ين، ان:
 * "مقاتلين"), "v" a past verb's ending ("قصفوا", "قصفت"), "i" a present verb's prefix ("يستهدف",
 * "سيقصفون"), "p" a pronoun suffix only, which nouns and verbs both take ("هجومهم"). The present is
 * kept apart from the past: the lexicon lists a present form where one reports an event ("تشن
 * غارات"); elsewhere it describes a state ("المناطق التي تسيطر عليها").
 */
export type StemTag = "f" | "m" | "v" | "i" | "p";

export interface LightStem {
  readonly stem: string;
  readonly tag: StemTag;
  /** A pronoun suffix was removed on the way ("غاراتها" → "غار", f). Always true for "p". */
  readonly pronoun: boolean;
}

/**
 * Candidate stems of a normalised word (proclitics already removed), least stripped first; never the
 * word itself. `pos`, where the lexicon states it, lifts the guard on three-letter present stems. A final ه is read as the feminine ة first ("غاره" → "غار", f), and as the pronoun
 * only where a ت before it or a present prefix shows it ("غارته", "يقصفه").
 */
export function lightStems(word: string, pos?: WordClass): LightStem[] {
  const out: LightStem[] = [];
  const add = (stem: string, tag: StemTag, pronoun: boolean): void => {
    if (stem.length >= MIN_STEM && stem !== word && !out.some((x) => x.stem === stem && x.tag === tag && x.pronoun === pronoun)) out.push({ stem, tag, pronoun });
  };
  const cut = (w: string, endings: readonly string[]): string | undefined => endings.find((e) => w.endsWith(e) && w.length - e.length >= MIN_STEM);
  const articled = word.startsWith("ال");
  // Each body: the word without its suffix and endings, what they tell, and whether a verb's present
  // prefix may stand before it (not before a noun's ات/تين or the past ت: "تقصفت" is no word).
  const bodies: Array<{ body: string; tag: StemTag; pronoun: boolean; prefixOk: boolean }> = [];
  const pronoun = cut(word, PRONOUN_SUFFIXES);
  if (pronoun) {
    const body = word.slice(0, -pronoun.length);
    const feminine = pronoun === "ه";
    bodies.push({ body, tag: feminine ? "f" : "p", pronoun: !feminine, prefixOk: true });
    // After ه only a noun's ت/ات ("غارته"); after the others also a verb's ("قصفوه", "مقاتليها").
    const changed = cut(body, feminine ? ["ات", "ت"] : BEFORE_PRONOUN_ENDINGS);
    if (changed) bodies.push({ body: body.slice(0, -changed.length), tag: BEFORE_PRONOUN_TAGS[changed] ?? "p", pronoun: true, prefixOk: changed === "ون" || changed === "و" || changed === "ي" });
  } else {
    const noun = cut(word, NOUN_ENDINGS);
    const feminine = noun === "ات" || noun === "تين" || noun === "تان";
    if (noun) bodies.push({ body: word.slice(0, -noun.length), tag: feminine ? "f" : "m", pronoun: false, prefixOk: !feminine });
    // A noun ending already read is not read again as a verb's ("مدنيين" is not "مدنيي" + ن).
    const verb = noun || articled ? undefined : cut(word, VERB_ENDINGS);
    // The feminine plural ن is read only behind a present prefix ("يقصفن"): alone it ends too many nouns.
    if (verb && (verb !== "ن" || verbPrefix(word))) bodies.push({ body: word.slice(0, -verb.length), tag: "v", pronoun: false, prefixOk: verb !== "ت" });
  }
  for (const b of bodies) add(b.body, b.tag, b.pronoun);
  // Words with the article are nouns: no verb prefix. The bare word takes one only when it has no ending.
  if (articled) return out;
  for (const b of bodies.length ? bodies : [{ body: word, tag: "i" as StemTag, pronoun: false, prefixOk: true }]) {
    const prefix = b.prefixOk ? verbPrefix(b.body) : "";
    if (!prefix) continue;
    const stem = b.body.slice(prefix.length);
    // "نصيب", "تقدم", "يمين": a present prefix alone before three letters is too often part of a noun
    // (unless the lexicon says the word is a verb: "يقصف").
    if (stem.length > MIN_STEM || b.body !== word || prefix.length > 1 || pos === "verb") add(stem, "i", b.pronoun || b.body.length === word.length - 1 && word.endsWith("ه"));
  }
  return out;
}

/** ت before a pronoun is read as the noun's ة ("سيطرتها"), not the past ت ("استهدفتها"): news says the first far more. */
const BEFORE_PRONOUN_TAGS: Readonly<Record<string, StemTag>> = { "ات": "f", "ون": "v", "ت": "f", "و": "v", "ي": "m" };

/** A lexicon word's part of speech, where the lexicon states it. */
export type WordClass = "noun" | "verb";

/**
 * The stem keys a lexicon word accepts from the text: its own stems, each with the tags of the text
 * words it may stand for, and the bare word for any inflected text word but a feminine one ("قصف"
 * meets "قصفوا" and "قصفهم"; "ضرب" does not meet "ضربة", another word). A noun takes no pronoun:
 * "هجماتها" ("its attacks") speaks of an actor's attacks in general, not of one that happened.
 */
export function lexiconStemKeys(word: string, pos?: WordClass): Set<string> {
  const keys = new Set<string>();
  const accept = (stem: string, tags: readonly StemTag[]): void => {
    for (const tag of tags) {
      if (tag !== "p") keys.add(stemKey({ stem, tag, pronoun: false }));
      if (pos !== "noun") keys.add(stemKey({ stem, tag, pronoun: true }));
    }
  };
  // Plural and dual endings only on bare words of four letters or more: "طهران" is no dual of "طهر".
  // A past in ت takes no pronoun: text ت before one is read as ة ("سيطرتها" is not "سيطرت" + ها).
  const bare: StemTag[] = ["v"];
  if (!word.endsWith("ت")) bare.push("p");
  if (word.length > MIN_STEM) bare.push("m");
  accept(word, pos === "noun" ? bare.filter((t) => t === "m") : bare);
  for (const s of lightStems(word, pos)) accept(s.stem, ACCEPTS[s.tag]);
  return keys;
}

/** A lexicon stem read with one tag accepts text stems with these ("استهدافها" meets "استهدافه"). */
const ACCEPTS: Readonly<Record<StemTag, readonly StemTag[]>> = { f: ["f", "p"], m: ["m"], v: ["v", "p"], i: ["i"], p: ["m", "v", "p"] };

/** One string per stem, tag and pronoun, for set lookups: "f:غار", "f+:غار" (from "غاراتها"), "p:هجوم". */
export function stemKey(s: LightStem): string {
  return `${s.tag}${s.pronoun && s.tag !== "p" ? "+" : ""}:${s.stem}`;
}

/**
 * The future and present prefix at the start of a body ("سي", "ت"), or "" when none fits. The alef
 * (أ "I") is left alone: the words it opens in news are pasts and verbal nouns (أسقط، استهدف، استهداف).
 */
function verbPrefix(body: string): string {
  const first = body[0] ?? "";
  if (first === FUTURE_PREFIX && PRESENT_PREFIXES.includes(body[1] ?? "")) return body.slice(0, 2);
  return PRESENT_PREFIXES.includes(first) ? first : "";
}
