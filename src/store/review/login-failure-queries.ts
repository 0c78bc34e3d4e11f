import type { Selectable } from "kysely";
import type { LoginFailureTable } from "../database-schema.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";

export type LoginFailures = Selectable<LoginFailureTable>;

export async function readLoginFailures(session: StoreSession, userName: string): Promise<LoginFailures | null> {
  const db = queryBuilder(session);
  return (await db.selectFrom("login_failures").selectAll().where("user_name", "=", userName).executeTakeFirst()) ?? null;
}

export async function saveLoginFailures(session: StoreSession, row: LoginFailures): Promise<void> {
  const db = queryBuilder(session);
  await db
    .insertInto("login_failures")
    .values(row)
    .onConflict((oc) => oc.column("user_name").doUpdateSet({ failures: row.failures, last_failure_at: row.last_failure_at, locked_until: row.locked_until }))
    .execute();
}

export async function clearLoginFailures(session: StoreSession, userName: string): Promise<void> {
  const db = queryBuilder(session);
  await db.deleteFrom("login_failures").where("user_name", "=", userName).execute();
}
