import type { Insertable, Selectable } from "kysely";
import type { DecisionTable } from "../database-schema.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";

export type DecisionRow = Selectable<DecisionTable>;

/** Append a decision; decisions are never updated or deleted. Returns its id. */
export async function insertDecision(session: StoreSession, decision: Insertable<DecisionTable>): Promise<number> {
  const db = queryBuilder(session);
  const row = await db.insertInto("decisions").values(decision).returning("id").executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findDecision(session: StoreSession, id: number): Promise<DecisionRow | null> {
  const db = queryBuilder(session);
  return (await db.selectFrom("decisions").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

/** Decisions made on any of these anchors or event ids, oldest first. */
export async function decisionsOf(session: StoreSession, anchorKeys: readonly string[], eventIds: readonly string[]): Promise<DecisionRow[]> {
  const db = queryBuilder(session);
  if (anchorKeys.length === 0 && eventIds.length === 0) return [];
  return db
    .selectFrom("decisions")
    .selectAll()
    .where((eb) => eb.or([...(anchorKeys.length ? [eb("anchor_key", "in", [...anchorKeys])] : []), ...(eventIds.length ? [eb("event_id", "in", [...eventIds])] : [])]))
    .orderBy("id")
    .execute();
}
