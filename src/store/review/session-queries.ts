import type { Kysely } from "kysely";
import type { Database } from "../database-schema.ts";
import type { UserRow } from "./user-queries.ts";

export async function insertSession(db: Kysely<Database>, session: { id_hash: string; user_name: string; created_at: string; expires_at: string }): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", session.created_at).execute();
  await db.insertInto("sessions").values(session).execute();
}

/** The account of a live session, or null (unknown or expired). */
export async function findSessionUser(db: Kysely<Database>, idHash: string, now: string): Promise<Omit<UserRow, "password_hash"> | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.name", "sessions.user_name")
    .select(["users.name", "users.role", "users.created_at", "users.password_changed_at"])
    .where("sessions.id_hash", "=", idHash)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();
  return row ?? null;
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}
