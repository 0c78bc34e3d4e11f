/**
 * Schemas of the lexicon data files in data/lexicon/. Every file is checked when it is loaded, so a
 * typo in a data file fails loudly at start-up instead of silently matching nothing.
 */
import { z } from "zod";

const arabic = z.string().min(1);

export const INTER_TYPES = [
  "State forces",
  "Rebel group",
  "Political militia",
  "Identity militia",
  "Rioters",
  "Protesters",
  "Civilians",
  "External/Other forces",
] as const;

/** data/lexicon/actors.json: the actor catalogue. */
export const ActorCatalogueSchema = z.object({
  actors: z.array(
    z.object({
      key: z.string().regex(/^[A-Z_]+$/),
      name_en: z.string(),
      inter: z.enum(INTER_TYPES),
      /**
       * An actor ACLED names by the words of each report, not by a catalogue name ("فلول النظام البائد"
       * → OTHER:فلول النظام البائد): written OTHER:<name as in the text> in every country.
       */
      written_as_other: z.boolean().default(false),
      /** e.g. { key: "HTS", relation: "affiliated_to" } or { key: "HTS", relation: "formerly" }. */
      affiliations: z.array(z.object({ key: z.string(), relation: z.enum(["affiliated_to", "formerly", "part_of", "allied_with"]) })).default([]),
      /** Arabic surface forms as news writes them (with or without ال; proclitics are analysed, not listed). */
      aliases: z.array(arabic).min(1),
      /** Aliases that name the actor's aircraft or air force (تحسم Air/drone strike). */
      air_aliases: z.array(arabic).default([]),
      /** Aliases that name the actor's artillery/rockets. */
      artillery_aliases: z.array(arabic).default([]),
    }),
  ),
  /** Generic words that name an actor only through context (المسلحين، الإرهابيين): the key used by default. */
  generic: z.array(z.object({ key: z.string(), aliases: z.array(arabic).min(1), note: z.string().optional() })).default([]),
});
export type ActorCatalogue = z.infer<typeof ActorCatalogueSchema>;

/**
 * data/lexicon/actors-arab-world.json: actors of the other Arab theatres, in the catalogue's shape
 * plus `countries` (ISO2; compiled only for articles read as one of them, all non-Syrian ones when
 * empty) and `other_name`: such an actor is written OTHER:<alias as in the text>, or
 * OTHER:<other_name> when only its aircraft or guns are named. Without other_name the key is kept.
 */
export const AbroadActorCatalogueSchema = z.object({
  $comment: z.string().optional(),
  actors: z.array(
    z.object({
      key: z.string().regex(/^[A-Z_]+$/),
      name_en: z.string(),
      inter: z.enum(INTER_TYPES),
      other_name: arabic.optional(),
      countries: z.array(z.string().regex(/^[A-Z]{2}$/)).default([]),
      aliases: z.array(arabic).min(1),
      air_aliases: z.array(arabic).default([]),
      artillery_aliases: z.array(arabic).default([]),
    }),
  ),
});
export type AbroadActorCatalogue = z.infer<typeof AbroadActorCatalogueSchema>;

/** data/lexicon/numbers.json: number words. */
export const NumberWordsSchema = z.object({
  /** word → value, every gender/case form listed ("ثلاثة", "ثلاث", "ثلاثين" …). */
  cardinals: z.record(arabic, z.number().int().nonnegative()),
  /** Dual nouns that carry the number 2 ("قتيلان", "طفلين", "مدنيين اثنين" is handled by cardinals). */
  duals: z.record(arabic, z.object({ value: z.literal(2), kind: z.enum(["killed", "injured", "person", "civilian", "child", "woman", "fighter", "soldier"]) })),
  /** Vague quantifiers (عدد من، عشرات): the value is null, the word is kept as evidence. */
  vague: z.array(arabic),
  /** Words before a number meaning "at least" / "more than" (أكثر من، ما لا يقل عن): keep the number. */
  lower_bound: z.array(arabic),
  /** "one" written after a noun (مدني واحد). */
  one: z.array(arabic),
});
export type NumberWords = z.infer<typeof NumberWordsSchema>;

/** data/lexicon/calendar.json: months, weekdays, relative days. */
export const CalendarSchema = z.object({
  /** Both naming systems: كانون الثاني and يناير → 1. */
  months: z.record(arabic, z.number().int().min(1).max(12)),
  /** الأحد → 0 … السبت → 6 (JavaScript getUTCDay order). */
  weekdays: z.record(arabic, z.number().int().min(0).max(6)),
  /** Relative day phrases → offset in days from the publication day (اليوم 0, أمس -1, أول أمس -2). */
  relative_days: z.record(arabic, z.number().int()),
  /** Phrases that mean "last week", "in recent days": date precision 2. */
  relative_ranges: z.record(arabic, z.object({ offset: z.number().int(), precision: z.union([z.literal(2), z.literal(3)]) })),
  /** Words after which a weekday is part of a name, not a day: a person's or family's ("أبو سبت"), a market town's or district's ("سوق الجمعة"). */
  weekday_name_openers: z.array(arabic).default([]),
  /** Month names of dates written in Latin letters, lower case ("january" → 1): the date line of an embedded post. */
  latin_months: z.record(z.string().regex(/^[a-z]+$/), z.number().int().min(1).max(12)).default({}),
  /** Phrases naming the current year before its number ("العام الحالي 2023"): the year of the text's days. */
  current_year_phrases: z.array(arabic).default([]),
});
export type Calendar = z.infer<typeof CalendarSchema>;

/** data/lexicon/attribution.json: who the article credits. */
export const AttributionSchema = z.object({
  /** Verbs and prepositions of attribution (قال، أفاد، بحسب، وفق، نقلا عن). */
  cues: z.array(arabic),
  /** Named sources worth recognising (المرصد السوري لحقوق الإنسان، سانا، رويترز …). */
  sources: z.array(z.object({
    name: arabic,
    aliases: z.array(arabic).default([]),
    /**
     * The bare name is also a town's ("الميادين", a city of Deir ez-Zor and a channel): alone it is
     * read as the town, and only the aliases ("قناة الميادين") credit the outlet.
     */
    name_is_place: z.boolean().default(false),
  })),
  /** Head nouns of anonymous sources (مصادر محلية، مصدر ميداني، مراسل، ناشطون). */
  source_heads: z.array(arabic),
});
export type Attribution = z.infer<typeof AttributionSchema>;

/** data/lexicon/boilerplate.json: lines of news sites that never hold events. */
export const BoilerplateSchema = z.object({
  /** A line containing one of these phrases (normalised) is boilerplate. */
  phrases: z.array(arabic),
  /** A line that is only this word (share buttons, "print"). */
  whole_lines: z.array(z.string().min(1)),
});
export type Boilerplate = z.infer<typeof BoilerplateSchema>;

/** data/lexicon/place-words.json: words that introduce a place name. */
export const PlaceWordsSchema = z.object({
  /** بلدة، قرية، مدينة … with the feature kind they announce; plural forms list several places. */
  heads: z.array(z.object({ word: arabic, kind: z.enum(["town", "village", "city", "area", "axis", "front", "hill", "mountain", "camp", "neighbourhood", "subdistrict", "district", "governorate", "plain", "valley", "farm", "base", "road"]), plural: z.boolean().default(false),
    /** The word is part of the name as written (جبل الزاوية، تل عثمان، حاجز X), not only its announcement (بلدة X). */
    in_name: z.boolean().default(false),
    /** A plural or dual head that is part of the names it lists: the singular each name is written with ("جبلي X وY" → "جبل X", "جبل Y"). */
    singular: arabic.optional() })),
  /** ريف، محيط، أطراف، جنوب … : around a place (precision 2). */
  around: z.array(arabic),
  /** Direction adjectives after ريف X (الجنوبي، الشمالي الغربي …). */
  directions: z.array(arabic),
});
export type PlaceWords = z.infer<typeof PlaceWordsSchema>;
