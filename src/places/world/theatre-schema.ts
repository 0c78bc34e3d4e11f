/**
 * Schema of data/theatres/arab-world.json: the countries rasd codes events in beyond Syria, the cues
 * that tell an article's country, and each country's first-level divisions (GeoNames admin1 codes →
 * English names as the gold writes admin1). Checked when loaded, so a typo fails loudly.
 */
import { z } from "zod";

const arabic = z.string().min(2);

/** One first-level division: "14" → "Marib" (محافظة مأرب). */
export const Admin1Schema = z.object({
  /** GeoNames admin1 code (column 11 of cities500) for this country. */
  code: z.string().regex(/^[A-Z0-9]{2}$/),
  /** GeoNames admin1CodesASCII name, as the gold writes admin1 ("Amanat al Asimah", "North Darfur"). */
  name_en: z.string().min(2),
  /** Arabic names; bare names ("مأرب") are the division itself, so list a bare name only where no city shares it. */
  names_ar: z.array(arabic).default([]),
});

/**
 * A place whose Arabic name GeoNames' alternate names lack. When cities500 has a row of this
 * country with this English name and admin1 code, the Arabic names join that row (its position is
 * kept); otherwise `lat`/`lon` (approximate, general knowledge) are required.
 */
export const ExtraPlaceSchema = z.object({
  name_ar: arabic,
  aliases_ar: z.array(arabic).default([]),
  name_en: z.string().min(2),
  kind: z.enum(["city", "town", "village", "area", "camp", "neighbourhood"]),
  admin1_code: z.string().regex(/^[A-Z0-9]{2}$/),
  lat: z.number().min(-5).max(45).optional(),
  lon: z.number().min(-20).max(65).optional(),
  /**
   * The town this place lies inside or on the edge of (a city's district, a displacement camp at a
   * town's edge), by its Arabic name as another place of the same country. GUIDELINES codes places
   * inside a town at the town, so an event there is coded at `within`, the detail left to the note.
   */
  within: arabic.optional(),
});

export const CountrySchema = z.object({
  iso2: z.string().regex(/^[A-Z]{2}$/),
  /** ISO 3166-1 numeric code, ACLED's `iso` column (760 Syria, 887 Yemen). */
  iso_numeric: z.number().int().positive().optional(),
  /** ACLED's region of the country ("Middle East", "Northern Africa"), its `region` column. */
  acled_region: z.string().min(1).optional(),
  /** English name as the gold writes location.country ("Yemen", "Palestine"). */
  name_en: z.string().min(3),
  names_ar: z.array(arabic).min(1),
  demonyms_ar: z.array(arabic).default([]),
  capitals_ar: z.array(arabic).default([]),
  /** Words that announce a division (محافظة، ولاية): "ولاية" + a division's name is also its name. */
  admin1_words: z.array(arabic).default([]),
  /** Other phrases that place an article in this country (its armed groups, regions, institutions). */
  cue_phrases_ar: z.array(arabic).default([]),
  /**
   * How much this country's own names and demonyms count (default 1). Countries that are mostly
   * named as an outside party (إسرائيل in Gaza and Lebanon reports, إيران) count less.
   */
  name_weight: z.number().min(0).max(1).default(1),
  admin1: z.array(Admin1Schema),
  places_ar: z.array(ExtraPlaceSchema).default([]),
});

export const ArabWorldTheatreSchema = z.object({
  $comment: z.string().optional(),
  /** Actor keys that exist only in Syria; abroad they are written OTHER:<name as in the text>. */
  syria_only_actor_keys: z.array(z.string().regex(/^[A-Z_]+$/)).min(1),
  /**
   * The heads of a state's forces ("الجيش", "قوات الأمن", "الشرطة"): written with another country's
   * demonym ("الجيش العراقي") they name that country's forces, never the home government's (see
   * with-national-forces.ts).
   */
  national_force_heads: z.array(arabic).default([]),
  /** Words that are city names of some country but too common to tell the country (صور "pictures"). */
  cue_stop_words: z.array(arabic).default([]),
  countries: z.array(CountrySchema).min(1),
});

export type Admin1 = z.infer<typeof Admin1Schema>;
export type TheatreCountry = z.infer<typeof CountrySchema>;
export type ArabWorldTheatre = z.infer<typeof ArabWorldTheatreSchema>;
