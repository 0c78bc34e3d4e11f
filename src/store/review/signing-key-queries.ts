import { queryBuilder, type StoreSession } from "../store-session.ts";

/**
 * The stored secret for a purpose ("cookie"); the first caller's `fresh` value is stored and every
 * later caller, in any process, reads that one (insert-or-ignore, then read).
 */
export async function signingKey(session: StoreSession, purpose: string, fresh: string, now: string): Promise<string> {
  const db = queryBuilder(session);
  await db.insertInto("signing_keys").values({ purpose, secret: fresh, created_at: now }).onConflict((oc) => oc.column("purpose").doNothing()).execute();
  const row = await db.selectFrom("signing_keys").select("secret").where("purpose", "=", purpose).executeTakeFirstOrThrow();
  return row.secret;
}
