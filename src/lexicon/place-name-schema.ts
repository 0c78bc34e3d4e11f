/** Schema of data/lexicon/place-names.json: how unknown place names are delimited in text. */
import { z } from "zod";

export const PlaceNameRulesSchema = z.object({
  /** Adjectives that belong to a name (نوحية شرقية، الشيخ مسكين الغربي). */
  name_adjectives: z.array(z.string().min(1)),
  /** Words that end an unknown name (prepositions, time words, relative pronouns …). */
  stop_words: z.array(z.string().min(1)),
  /** First words of multi-word names (أبو، أم، تل، معرة، كفر …): the next word is part of the name. */
  name_prefixes: z.array(z.string().min(1)),
  /** ريف X: the countryside of X (an area, precision 2). */
  countryside: z.array(z.string().min(1)),
  /** محيط X، أطراف X: at X itself, as gold codes it. */
  surroundings: z.array(z.string().min(1)),
  /** وسط مدينة X: the centre of a town is the town itself (precision 1), its quarter in a note. */
  centre: z.array(z.string().min(1)).default([]),
  /** مدخل مدينة X الشرقي: the entrance of a town is the town itself (GUIDELINES: places inside a town are coded at the town). */
  entrance: z.array(z.string().min(1)).default([]),
  /** ضواحي X: the outskirts, an area (precision 2). */
  outskirts: z.array(z.string().min(1)),
  /** قرب X: at X, unless it locates a place just named ("جبل الدويلة قرب كفرتخاريم"). */
  near: z.array(z.string().min(1)),
  quotes: z.array(z.string().min(1)),
  /** Place-word kinds after which an unknown word is taken as a name (بلدة X); after the others (نقطة، منطقة) only known places count. */
  unknown_name_kinds: z.array(z.string().min(1)),
  /** Gazetteer names that are also common words (حول، السلام، الثورة): never matched as places by themselves. */
  not_place_names: z.array(z.string().min(1)),
  /** Words that name no place even right after a head word, where not_place_names yield to the head
   * ("مدينة البعث" is a town): verbs ("قرية تقع قرب…"), groups and units ("مقرات الميليشيا"), duals of
   * nouns ("بلدات ريفي حلب وإدلب", "كل من فصيلي X وY"). */
  never_place_names: z.array(z.string().min(1)).default([]),
  /** "على الحدود السورية الأردنية", "على الحدود مع سورية": a border named by its countries is where it happened. */
  border_words: z.array(z.string().min(1)).default([]),
  /** Country adjectives that name a border's sides ("السورية", "الأردنية"); "الحدود الإدارية" is no border of countries. */
  border_adjectives: z.array(z.string().min(1)).default([]),
  /** Countries named after "الحدود مع" ("على الحدود مع سورية"), also where the sentence's lexicons do not list them as places. */
  border_countries: z.array(z.string().min(1)).default([]),
  /** Words that join a border to the country across it ("الحدود مع سورية"). */
  border_links: z.array(z.string().min(1)).default([]),
  /** Prepositions that put the event on the border ("على", "عند"); after "قرب"/"عن" a border only locates a place. */
  border_openers: z.array(z.string().min(1)).default([]),
  /** Words for "the capital": alone, the capital of the sentence's country ("قصف محيط العاصمة" → its capital). */
  capital_words: z.array(z.string().min(1)).default([]),
  /** Words before a capital that make it a government, not a place (حكومة دمشق). */
  government_words: z.array(z.string().min(1)),
  /** "التابعة لـ X", "الواقعة في X": X contains the place just named. */
  container_markers: z.array(z.string().min(1)),
  /** Words that name a place only as the neighbour of the one before them ("X المتاخمة لقرية Y"). */
  adjacent_markers: z.array(z.string().min(1)).default([]),
  /** "أحد سكان بلدة X", "ينحدر من X": where a victim is from, not where the event was. */
  origin_markers: z.array(z.string().min(1)),
  /**
   * Of the origin markers, the words for a place's people ("سكان", "أهالي"): an origin only after a
   * partitive ("شاب من أهالي X", "أحد سكان X"); without one they are the people of X as a whole, and
   * what they saw or met happened there ("استيقظ أهالي X على معارك عنيفة", "عثر سكان X على جثة").
   */
  residents_words: z.array(z.string().min(1)).default([]),
  /**
   * Heads of fixed installations whose name set in quotes is a name with or without the article
   * ("معسكر “بريديج”", "مطار “الضبعة”"); a headquarters' quoted name is a unit's ("مقر “فرقة الحمزة”").
   */
  quoted_name_heads: z.array(z.string().min(1)).default([]),
  /** "مقر قيادة لواء البصيرة": a town named right after a brigade's or division's word names the unit, no event place. */
  unit_name_heads: z.array(z.string().min(1)).default([]),
  residents_partitives: z.array(z.string().min(1)).default([]),
  /** "هجوم انطلاقاً من ريف X", "قوات قادمة من ريف X": where a force set out from, not where it struck. */
  departure_markers: z.array(z.string().min(1)).default([]),
  /**
   * "قائد ميليشيا من مصراتة", "عنصر من مدينة X": a fighter "من" a place comes from there; the place is
   * no event place. (Civilians "من قرية X" are often struck at home: not listed.)
   */
  person_origin_nouns: z.array(z.string().min(1)).default([]),
  person_origin_prepositions: z.array(z.string().min(1)).default([]),
  /**
   * "منذ توغلت القوات في مناطق X وY", "منذ سيطرة الفصائل على X": a "since" clause that names a
   * happening (not a time: "منذ ساعات", "منذ صباح اليوم") tells where a past turn took place; its places
   * are no event places of the sentence. After `since_openers` ("منذ بداية …", "منذ بدء …") the clause
   * names the start of a happening still going on (often the news itself) or a time: no such clause.
   */
  since_words: z.array(z.string().min(1)).default([]),
  since_time_words: z.array(z.string().min(1)).default([]),
  since_openers: z.array(z.string().min(1)).default([]),
  /** "القوات المتمركزة في X": where the acting force is stationed, not where it strikes. */
  stationed_markers: z.array(z.string().min(1)),
  /** "قرية X التابعة لبلدة Y", "الواقعة في": the town or area a village named before them belongs to. */
  belongs_to_markers: z.array(z.string().min(1)),
  /** The head word that names a governorate after its city ("محافظة X"): a city that names one may stand for it. */
  governorate_word: z.string().min(1),
  /** Place-word kinds inside a town (ساحة، شارع، دوار): the event is coded at the town (GUIDELINES). */
  inside_town_kinds: z.array(z.string().min(1)),
  /** Words after an area's name that put it inside a town ("منطقة X بالعاصمة", "منطقة X بحي Y"). */
  inside_town_words: z.array(z.string().min(1)).default([]),
  /** Kinds whose unknown names count when written with the article ("حاجز السباهية"). */
  named_base_kinds: z.array(z.string().min(1)),
  /** "مناطق سيطرة X في Y": Y is where X holds ground, a description. */
  control_words: z.array(z.string().min(1)),
  /** The word before a control word that makes it an area description ("مناطق سيطرة", "تحت سيطرة"). */
  control_heads: z.array(z.string().min(1)),
  /** Adjectives that may stand between a head and its name ("المدينة الاستراتيجية معرة النعمان"). */
  head_skip_words: z.array(z.string().min(1)),
  /** Possessive endings ("منزلهما"): an unknown word wearing one is a noun, not a place name. */
  pronoun_suffixes: z.array(z.string().min(1)),
  /**
   * Possessive endings that are also the ending of names once normalised ("ه" of "منزله" and of
   * ة): an unknown word wearing one is a noun only when the rest is a common noun ("قرب منزله").
   */
  noun_pronoun_suffixes: z.array(z.string().min(1)).default([]),
  /** Words that mark a gazetteer alias as a disambiguation ("عين عيسى في جبل التركمان"), used for lookups only. */
  alias_qualifiers: z.array(z.string().min(1)),
  /** Leading words the guidelines leave out of a written place name ("محافظة درعا" → "درعا", "وسط المدينة"). */
  name_drop_words: z.array(z.string().min(1)).default([]),
  /** "بين قريتي X وY": a place between two villages is coded at the first one named (GUIDELINES on axes). */
  between_words: z.array(z.string().min(1)).default([]),
  /** "أبو", "أم", "بني": the word after one of these is always part of the name, even a word that
   * normalises like a preposition ("أبو علي" is not cut at "علي", which reads like "على"). */
  kinship_prefixes: z.array(z.string().min(1)).default([]),
  /** "البلدة ذاتها", "القرية نفسها": the place just named in the sentence, told again. */
  same_place_words: z.array(z.string().min(1)).default([]),
});
export type PlaceNameLexicon = z.output<typeof PlaceNameRulesSchema>;
