import type { UserRow } from "./user-queries.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";

export async function insertSession(session: StoreSession, row: { id_hash: string; user_name: string; created_at: string; expires_at: string }): Promise<void> {
  const db = queryBuilder(session);
  await db.deleteFrom("sessions").where("expires_at", "<=", row.created_at).execute();
  await db.insertInto("sessions").values(row).execute();
}

/** The account of a live session, or null (unknown or expired). */
export async function findSessionUser(session: StoreSession, idHash: string, now: string): Promise<Omit<UserRow, "password_hash"> | null> {
  const db = queryBuilder(session);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.name", "sessions.user_name")
    .select(["users.name", "users.role", "users.created_at", "users.password_changed_at"])
    .where("sessions.id_hash", "=", idHash)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();
  return row ?? null;
}

export async function deleteSession(session: StoreSession, idHash: string): Promise<void> {
  const db = queryBuilder(session);
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}
