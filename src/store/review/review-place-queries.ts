import type { PlaceEntry } from "../../places/place-entry.ts";
import { placeRow } from "../place-queries.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";

/**
 * Store the place a person picked on the map (origin "review"), replacing an entry of the same id:
 * read with the other user places (place-queries.ts readUserPlaces), so later articles resolve the
 * name. Works inside the caller's transaction (savePlaces opens its own).
 */
export async function saveReviewPlace(session: StoreSession, e: PlaceEntry): Promise<void> {
  const db = queryBuilder(session);
  const row = placeRow(e, "review");
  const { gazetteer_id: _id, ...rest } = row;
  await db.insertInto("places").values(row).onConflict((oc) => oc.column("gazetteer_id").doUpdateSet(rest)).execute();
}

/** Remove a place a review decision added (origin "review"), when that decision is reverted. */
export async function deleteReviewPlace(session: StoreSession, gazetteerId: string): Promise<void> {
  const db = queryBuilder(session);
  await db.deleteFrom("places").where("gazetteer_id", "=", gazetteerId).where("origin", "=", "review").execute();
}
