import { queryBuilder, sessionOf, type StoreSession } from "./store-session.ts";
import { bumpStoreVersion } from "./version-cache.ts";
import type { PlaceEntry, PlaceKind } from "../places/place-entry.ts";
import { placeEntrySchema } from "../places/place-entry-schema.ts";

export interface SavePlacesResult {
  readonly added: number;
  /** Rows whose id was already stored (imported, added or seen in a report) and were replaced. */
  readonly replaced: number;
}

/**
 * Store gazetteer entries (import or `gazetteer add`), all in one transaction: an entry replaces any
 * stored row with its id, so importing the same file twice changes nothing.
 */
export async function savePlaces(session: StoreSession, entries: readonly PlaceEntry[], origin: string): Promise<SavePlacesResult> {
  const db = queryBuilder(session);
  return db
    .transaction()
    .execute(async (trx) => {
      await bumpStoreVersion(sessionOf(trx));
      let replaced = 0;
      for (const e of entries) {
        const row = placeRow(e, origin);
        const existing = await trx.selectFrom("places").select("gazetteer_id").where("gazetteer_id", "=", e.id).executeTakeFirst();
        if (existing) {
          replaced++;
          await trx.updateTable("places").set(row).where("gazetteer_id", "=", e.id).execute();
        } else await trx.insertInto("places").values(row).execute();
      }
      return { added: entries.length - replaced, replaced };
    });
}

/** The `places` row of a gazetteer entry, tagged with where it came from ("import", "user", "review"…). */
export function placeRow(e: PlaceEntry, origin: string) {
  return {
    gazetteer_id: e.id,
    name_ar: e.name_ar,
    admin1: e.admin1,
    admin2: e.admin2,
    admin3: e.admin3,
    lat: e.lat,
    lon: e.lon,
    name_en: e.name_en,
    aliases_json: JSON.stringify(e.aliases_ar),
    kind: e.kind,
    admin1_ar: e.admin1_ar,
    pcode: e.pcode,
    population: e.population,
    source: e.source,
    origin,
  };
}

/** Record another Arabic spelling for an entry (built-in or stored); false when it was already recorded. */
export async function addPlaceAlias(session: StoreSession, gazetteerId: string, aliasAr: string, now: string): Promise<boolean> {
  const db = queryBuilder(session);
  const result = await db
    .insertInto("place_aliases")
    .values({ gazetteer_id: gazetteerId, alias_ar: aliasAr.trim(), added_at: now })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** What users stored: their entries, and extra aliases by entry id (for built-in entries too). */
export interface UserPlaces {
  readonly entries: PlaceEntry[];
  readonly aliases: ReadonlyMap<string, readonly string[]>;
}

/**
 * Imported and user-added places as gazetteer entries. Rows ingest wrote for places it saw (origin
 * null) are copies of gazetteer entries and are skipped; a malformed row is skipped, not fatal.
 */
export async function readUserPlaces(session: StoreSession): Promise<UserPlaces> {
  const db = queryBuilder(session);
  const pdb = db;
  const rows = await pdb.selectFrom("places").selectAll().where("origin", "is not", null).orderBy("gazetteer_id").execute();
  const entries: PlaceEntry[] = [];
  for (const r of rows) {
    const parsed = placeEntrySchema.safeParse({
      id: r.gazetteer_id,
      name_ar: r.name_ar,
      name_en: r.name_en ?? "",
      aliases_ar: r.aliases_json ? (JSON.parse(r.aliases_json) as unknown) : [],
      kind: (r.kind ?? "village") as PlaceKind,
      lat: r.lat,
      lon: r.lon,
      admin1: r.admin1,
      admin1_ar: r.admin1_ar,
      admin2: r.admin2,
      admin3: r.admin3,
      pcode: r.pcode,
      population: r.population ?? 0,
      source: r.source ?? `stored (${r.origin})`,
    });
    if (parsed.success) entries.push(parsed.data);
  }
  const aliases = new Map<string, string[]>();
  for (const a of await pdb.selectFrom("place_aliases").select(["gazetteer_id", "alias_ar"]).orderBy("added_at").execute()) {
    aliases.set(a.gazetteer_id, [...(aliases.get(a.gazetteer_id) ?? []), a.alias_ar]);
  }
  return { entries, aliases };
}

/** A place name of stored reports that the gazetteer could not place exactly. */
export interface UnresolvedPlace {
  readonly name_ar: string;
  readonly place_key: string;
  /** Reports that carry the name. */
  readonly count: number;
  readonly admin1: string | null;
  /** Where it ended up instead (an area or governorate entry), or null when nowhere. */
  readonly fallback_id: string | null;
  readonly example: { readonly article_id: string; readonly sentence: string };
}

/**
 * Names of stored reports with no gazetteer entry (gazetteer_id null), or only an area or governorate
 * entry standing in for a village (precision 1 report on an admin entry, or a fallback rule), most
 * frequent first. The example is the report's evidence sentence.
 */
export async function listUnresolvedPlaces(session: StoreSession): Promise<UnresolvedPlace[]> {
  const db = queryBuilder(session);
  const rows = await db
    .selectFrom("reports")
    .select(["place_name", "place_key", "admin1", "gazetteer_id", "geo_precision", "article_id", "evidence_text", "provenance_json"])
    .where("place_name", "!=", "")
    .orderBy("id")
    .execute();
  const byKey = new Map<string, { first: (typeof rows)[number]; count: number; admin1: Map<string, number> }>();
  for (const r of rows) {
    if (!isUnresolved(r)) continue;
    const group = byKey.get(r.place_key) ?? { first: r, count: 0, admin1: new Map<string, number>() };
    group.count++;
    if (r.admin1) group.admin1.set(r.admin1, (group.admin1.get(r.admin1) ?? 0) + 1);
    byKey.set(r.place_key, group);
  }
  return [...byKey.values()]
    .map(({ first, count, admin1 }) => ({
      name_ar: first.place_name,
      place_key: first.place_key,
      count,
      admin1: [...admin1].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null,
      fallback_id: first.gazetteer_id,
      example: { article_id: first.article_id, sentence: first.evidence_text },
    }))
    .sort((a, b) => b.count - a.count || a.place_key.localeCompare(b.place_key));
}

function isUnresolved(r: { gazetteer_id: string | null; geo_precision: number; provenance_json: string }): boolean {
  if (r.gazetteer_id === null) return true;
  if (r.geo_precision === 1 && /^adm\d:/.test(r.gazetteer_id)) return true;
  const provenance = JSON.parse(r.provenance_json) as readonly { field?: string; rule?: string }[];
  return provenance.some((p) => p.field === "location" && (p.rule ?? "").includes("fallback"));
}
