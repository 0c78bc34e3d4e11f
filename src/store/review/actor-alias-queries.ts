import type { Selectable } from "kysely";
import type { ActorAliasTable } from "../database-schema.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";

export type ActorAliasRow = Selectable<ActorAliasTable>;

/** Record another name of an actor; false when the name was already recorded (for any actor). */
export async function insertActorAlias(session: StoreSession, row: ActorAliasRow): Promise<boolean> {
  const db = queryBuilder(session);
  const result = await db.insertInto("actor_aliases").values(row).onConflict((oc) => oc.column("alias_ar").doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteActorAlias(session: StoreSession, aliasAr: string): Promise<void> {
  const db = queryBuilder(session);
  await db.deleteFrom("actor_aliases").where("alias_ar", "=", aliasAr).execute();
}

/** The user lexicon, oldest first. */
export async function readActorAliases(session: StoreSession): Promise<ActorAliasRow[]> {
  const db = queryBuilder(session);
  return db.selectFrom("actor_aliases").selectAll().orderBy("added_at").orderBy("alias_ar").execute();
}
