import type { Kysely } from "kysely";
import type { PlaceEntry } from "../../places/place-entry.ts";
import type { Database } from "../database-schema.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";

/** The `places` columns migration 0002 added, as far as review writes them. */
interface ReviewPlaceColumns {
  name_en: string | null;
  aliases_json: string | null;
  kind: string | null;
  admin1_ar: string | null;
  pcode: string | null;
  population: number | null;
  source: string | null;
  origin: string | null;
}

const placeDb = (db: Kysely<Database>) => db.withTables<{ places: ReviewPlaceColumns }>();

/**
 * Store the place a person picked on the map (origin "review"), replacing an entry of the same id:
 * read with the other user places (place-queries.ts readUserPlaces), so later articles resolve the
 * name. Works inside the caller's transaction (savePlaces opens its own).
 */
export async function saveReviewPlace(session: StoreSession, e: PlaceEntry): Promise<void> {
  const db = queryBuilder(session);
  const row = {
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
    origin: "review",
  };
  const { gazetteer_id: _id, ...rest } = row;
  await placeDb(db).insertInto("places").values(row).onConflict((oc) => oc.column("gazetteer_id").doUpdateSet(rest)).execute();
}

/** Remove a place a review decision added (origin "review"), when that decision is reverted. */
export async function deleteReviewPlace(session: StoreSession, gazetteerId: string): Promise<void> {
  const db = queryBuilder(session);
  await placeDb(db).deleteFrom("places").where("gazetteer_id", "=", gazetteerId).where("origin", "=", "review").execute();
}
