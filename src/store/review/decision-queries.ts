import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, DecisionTable } from "../database-schema.ts";

export type DecisionRow = Selectable<DecisionTable>;

/** Append a decision; decisions are never updated or deleted. Returns its id. */
export async function insertDecision(db: Kysely<Database>, decision: Insertable<DecisionTable>): Promise<number> {
  const row = await db.insertInto("decisions").values(decision).returning("id").executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findDecision(db: Kysely<Database>, id: number): Promise<DecisionRow | null> {
  return (await db.selectFrom("decisions").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

/** Decisions made on any of these anchors or event ids, oldest first. */
export async function decisionsOf(db: Kysely<Database>, anchorKeys: readonly string[], eventIds: readonly string[]): Promise<DecisionRow[]> {
  if (anchorKeys.length === 0 && eventIds.length === 0) return [];
  return db
    .selectFrom("decisions")
    .selectAll()
    .where((eb) => eb.or([...(anchorKeys.length ? [eb("anchor_key", "in", [...anchorKeys])] : []), ...(eventIds.length ? [eb("event_id", "in", [...eventIds])] : [])]))
    .orderBy("id")
    .execute();
}
