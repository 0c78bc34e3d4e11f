import type { Kysely, Selectable } from "kysely";
import type { Database, LoginFailureTable } from "../database-schema.ts";

export type LoginFailures = Selectable<LoginFailureTable>;

export async function readLoginFailures(db: Kysely<Database>, userName: string): Promise<LoginFailures | null> {
  return (await db.selectFrom("login_failures").selectAll().where("user_name", "=", userName).executeTakeFirst()) ?? null;
}

export async function saveLoginFailures(db: Kysely<Database>, row: LoginFailures): Promise<void> {
  await db
    .insertInto("login_failures")
    .values(row)
    .onConflict((oc) => oc.column("user_name").doUpdateSet({ failures: row.failures, last_failure_at: row.last_failure_at, locked_until: row.locked_until }))
    .execute();
}

export async function clearLoginFailures(db: Kysely<Database>, userName: string): Promise<void> {
  await db.deleteFrom("login_failures").where("user_name", "=", userName).execute();
}
