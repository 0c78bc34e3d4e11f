import type { Selectable } from "kysely";
import type { UserTable } from "../database-schema.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";
import type { Store } from "../store.ts";
import { withWriteTransaction } from "../with-write-transaction.ts";

export type UserRow = Selectable<UserTable>;
export type Role = UserTable["role"];

/** Add an account; false when the name is taken. */
export async function insertUser(session: StoreSession, user: UserRow): Promise<boolean> {
  const db = queryBuilder(session);
  const result = await db.insertInto("users").values(user).onConflict((oc) => oc.column("name").doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findUser(session: StoreSession, name: string): Promise<UserRow | null> {
  const db = queryBuilder(session);
  return (await db.selectFrom("users").selectAll().where("name", "=", name).executeTakeFirst()) ?? null;
}

/** Accounts by name, with how many API tokens and live sessions each holds. */
export async function listUsers(session: StoreSession, now: string): Promise<(Omit<UserRow, "password_hash"> & { tokens: number; sessions: number })[]> {
  const db = queryBuilder(session);
  const users = await db.selectFrom("users").select(["name", "role", "created_at", "password_changed_at"]).orderBy("name").execute();
  const tokens = await db.selectFrom("api_tokens").select(["user_name"]).select((eb) => eb.fn.countAll<number>().as("n")).groupBy("user_name").execute();
  const sessions = await db
    .selectFrom("sessions")
    .select(["user_name"])
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("expires_at", ">", now)
    .groupBy("user_name")
    .execute();
  const count = (rows: readonly { user_name: string; n: number | string | bigint }[], name: string) => Number(rows.find((r) => r.user_name === name)?.n ?? 0);
  return users.map((u) => ({ ...u, tokens: count(tokens, u.name), sessions: count(sessions, u.name) }));
}

/** Remove an account with its sessions and tokens (its decisions stay, under its name). False when absent. */
export async function deleteUser(store: Store, name: string): Promise<boolean> {
  return withWriteTransaction(store, async (session) => {
    const trx = queryBuilder(session);
    await trx.deleteFrom("sessions").where("user_name", "=", name).execute();
    await trx.deleteFrom("api_tokens").where("user_name", "=", name).execute();
    await trx.deleteFrom("login_failures").where("user_name", "=", name).execute();
    const result = await trx.deleteFrom("users").where("name", "=", name).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

/** New password (and role, when given); every session of the account ends. False when absent. */
export async function updateUserPassword(store: Store, name: string, passwordHash: string, now: string, role?: Role): Promise<boolean> {
  return withWriteTransaction(store, async (session) => {
    const trx = queryBuilder(session);
    const result = await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, password_changed_at: now, ...(role === undefined ? {} : { role }) })
      .where("name", "=", name)
      .executeTakeFirst();
    await trx.deleteFrom("sessions").where("user_name", "=", name).execute();
    await trx.deleteFrom("login_failures").where("user_name", "=", name).execute();
    return Number(result.numUpdatedRows) > 0;
  });
}
