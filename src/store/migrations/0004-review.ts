import type { Kysely, Migration } from "kysely";

/**
 * People and their decisions (analyst review):
 * - `users`: local accounts (name, role viewer/editor/admin, scrypt hash); `api_tokens` (sha-256 of
 *   each token, never the token) and `sessions` (sha-256 of the cookie's session id) belong to one;
 *   `signing_keys` holds the secret that signs session cookies, so restarts keep people logged in;
 *   `login_failures` counts wrong passwords per account name, for throttling across processes.
 * - `decisions`: append-only, one row per act of a person (who, when, what, before, after, why);
 *   a revert is a new row naming the one it cancels. Never updated or deleted.
 * - `event_reviews`: the current review of an event, folded from its decisions, keyed by the event's
 *   anchor report (stable when merging gives the event another id); `machine_json` keeps the machine's
 *   reading the person saw, so a later reprocess that reads otherwise sets `disagrees`; when a split
 *   takes the anchor report away the review moves to the event's new anchor (`former_keys_json`).
 * - `actor_aliases`: the user lexicon, new Arabic names of known actors, loaded by the extractor.
 * Plain types and the query builder only, so the same migration runs on PostgreSQL.
 */
export const reviewMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("users")
      .addColumn("name", "text", (c) => c.primaryKey())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("password_hash", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("password_changed_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("sessions")
      .addColumn("id_hash", "text", (c) => c.primaryKey())
      .addColumn("user_name", "text", (c) => c.notNull().references("users.name").onDelete("cascade"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("expires_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_user").on("sessions").column("user_name").execute();
    await db.schema
      .createTable("api_tokens")
      .addColumn("token_hash", "text", (c) => c.primaryKey())
      .addColumn("user_name", "text", (c) => c.notNull().references("users.name").onDelete("cascade"))
      .addColumn("label", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("api_tokens_user").on("api_tokens").column("user_name").execute();
    await db.schema
      .createTable("signing_keys")
      .addColumn("purpose", "text", (c) => c.primaryKey())
      .addColumn("secret", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("login_failures")
      .addColumn("user_name", "text", (c) => c.primaryKey())
      .addColumn("failures", "integer", (c) => c.notNull())
      .addColumn("last_failure_at", "text", (c) => c.notNull())
      .addColumn("locked_until", "text")
      .execute();
    await db.schema
      .createTable("decisions")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("event_id", "text", (c) => c.notNull())
      .addColumn("anchor_key", "text", (c) => c.notNull())
      .addColumn("user_name", "text", (c) => c.notNull())
      .addColumn("at", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("field", "text")
      .addColumn("before_json", "text")
      .addColumn("after_json", "text")
      .addColumn("reason", "text")
      .addColumn("reverts", "integer")
      .execute();
    await db.schema.createIndex("decisions_anchor").on("decisions").column("anchor_key").execute();
    await db.schema.createIndex("decisions_event").on("decisions").column("event_id").execute();
    await db.schema
      .createTable("event_reviews")
      .addColumn("anchor_key", "text", (c) => c.primaryKey())
      .addColumn("event_id", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("reviewer", "text")
      .addColumn("reviewed_at", "text")
      .addColumn("overrides_json", "text", (c) => c.notNull())
      .addColumn("machine_json", "text", (c) => c.notNull())
      .addColumn("disagrees_json", "text", (c) => c.notNull())
      .addColumn("former_keys_json", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("event_reviews_event").on("event_reviews").column("event_id").execute();
    await db.schema
      .createTable("actor_aliases")
      .addColumn("alias_ar", "text", (c) => c.primaryKey())
      .addColumn("actor_key", "text", (c) => c.notNull())
      .addColumn("added_by", "text", (c) => c.notNull())
      .addColumn("added_at", "text", (c) => c.notNull())
      .execute();
  },
};
