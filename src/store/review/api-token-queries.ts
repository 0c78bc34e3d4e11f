import type { UserRow } from "./user-queries.ts";
import { queryBuilder, type StoreSession } from "../store-session.ts";

export async function insertApiToken(session: StoreSession, token: { token_hash: string; user_name: string; label: string; created_at: string }): Promise<void> {
  const db = queryBuilder(session);
  await db.insertInto("api_tokens").values(token).execute();
}

/** The account a token belongs to, or null. */
export async function findTokenUser(session: StoreSession, tokenHash: string): Promise<Omit<UserRow, "password_hash"> | null> {
  const db = queryBuilder(session);
  const row = await db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.name", "api_tokens.user_name")
    .select(["users.name", "users.role", "users.created_at", "users.password_changed_at"])
    .where("api_tokens.token_hash", "=", tokenHash)
    .executeTakeFirst();
  return row ?? null;
}

/** Remove an account's tokens with this label (every token when label is null); how many went. */
export async function deleteApiTokens(session: StoreSession, userName: string, label: string | null): Promise<number> {
  const db = queryBuilder(session);
  let query = db.deleteFrom("api_tokens").where("user_name", "=", userName);
  if (label !== null) query = query.where("label", "=", label);
  return Number((await query.executeTakeFirst()).numDeletedRows);
}
