import type { Kysely, Selectable } from "kysely";
import type { ActorAliasTable, Database } from "../database-schema.ts";

export type ActorAliasRow = Selectable<ActorAliasTable>;

/** Record another name of an actor; false when the name was already recorded (for any actor). */
export async function insertActorAlias(db: Kysely<Database>, row: ActorAliasRow): Promise<boolean> {
  const result = await db.insertInto("actor_aliases").values(row).onConflict((oc) => oc.column("alias_ar").doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteActorAlias(db: Kysely<Database>, aliasAr: string): Promise<void> {
  await db.deleteFrom("actor_aliases").where("alias_ar", "=", aliasAr).execute();
}

/** The user lexicon, oldest first. */
export async function readActorAliases(db: Kysely<Database>): Promise<ActorAliasRow[]> {
  return db.selectFrom("actor_aliases").selectAll().orderBy("added_at").orderBy("alias_ar").execute();
}
