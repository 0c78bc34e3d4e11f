import { z } from "zod";
import type { PlaceEntry, PlaceKind } from "./place-entry.ts";

const KINDS = [
  "country", "governorate", "district", "subdistrict", "city", "town", "village", "neighbourhood", "hill",
  "mountain", "camp", "plain", "valley", "area", "axis", "base", "road", "farm",
] as const satisfies readonly PlaceKind[];

/** Checks the entries of data/gazetteer/*.json when they are loaded, so a typo fails loudly. */
export const placeEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+:[A-Za-z0-9_.,-]+$/),
  name_ar: z.string().min(2),
  name_en: z.string(),
  aliases_ar: z.array(z.string().min(2)),
  kind: z.enum(KINDS),
  lat: z.number().min(32).max(37.5),
  lon: z.number().min(35.5).max(42.5),
  admin1: z.string().nullable(),
  country: z.string().optional(),
  admin1_ar: z.string().nullable(),
  admin2: z.string().nullable(),
  admin3: z.string().nullable(),
  pcode: z.string().nullable(),
  population: z.number().int().min(0),
  source: z.string().min(3),
}) satisfies z.ZodType<PlaceEntry>;

export const placeEntriesSchema = z.array(placeEntrySchema);
