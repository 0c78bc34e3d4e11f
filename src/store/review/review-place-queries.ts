import type { Kysely } from "kysely";
import type { Database } from "../database-schema.ts";

/** Remove a place a review decision added (origin "review"), when that decision is reverted. */
export async function deleteReviewPlace(db: Kysely<Database>, gazetteerId: string): Promise<void> {
  await db
    .withTables<{ places: { origin: string | null } }>()
    .deleteFrom("places")
    .where("gazetteer_id", "=", gazetteerId)
    .where("origin", "=", "review")
    .execute();
}
