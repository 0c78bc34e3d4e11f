import { queryBuilder, type StoreSession } from "./store-session.ts";

/** Take `count` new turns, after every turn taken before (run in a write transaction). Returns the first. */
export async function takeTurns(session: StoreSession, count: number): Promise<number> {
  const db = queryBuilder(session);
  const last = await db.selectFrom("ingest_turns").select((eb) => eb.fn.max("turn").as("t")).executeTakeFirst();
  const first = Number(last?.t ?? 0) + 1;
  for (let i = 0; i < count; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - i) }, (_, j) => ({ turn: first + i + j, done: 0 }));
    await db.insertInto("ingest_turns").values(rows).execute();
  }
  return first;
}

/** Whether an earlier turn is still open (its article not committed yet). */
export async function earlierTurnOpen(session: StoreSession, turn: number): Promise<boolean> {
  const row = await queryBuilder(session).selectFrom("ingest_turns").select("turn").where("done", "=", 0).where("turn", "<", turn).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Close a turn (in the transaction that stored its article). */
export async function closeTurn(session: StoreSession, turn: number): Promise<void> {
  await queryBuilder(session).updateTable("ingest_turns").set({ done: 1 }).where("turn", "=", turn).execute();
}
