import type { Kysely, Migration } from "kysely";
import { columnTypes } from "./column-types.ts";

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
 * Column types from column-types.ts (text compared byte by byte, a decision id that counts up by
 * itself), so the same migration builds SQLite and PostgreSQL.
 */
export const reviewMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const t = columnTypes(db);
    await db.schema
      .createTable("users")
      .addColumn("name", t.text, (c) => c.primaryKey())
      .addColumn("role", t.text, (c) => c.notNull())
      .addColumn("password_hash", t.text, (c) => c.notNull())
      .addColumn("created_at", t.text, (c) => c.notNull())
      .addColumn("password_changed_at", t.text, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("sessions")
      .addColumn("id_hash", t.text, (c) => c.primaryKey())
      .addColumn("user_name", t.text, (c) => c.notNull().references("users.name").onDelete("cascade"))
      .addColumn("created_at", t.text, (c) => c.notNull())
      .addColumn("expires_at", t.text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("sessions_user").on("sessions").column("user_name").execute();
    await db.schema
      .createTable("api_tokens")
      .addColumn("token_hash", t.text, (c) => c.primaryKey())
      .addColumn("user_name", t.text, (c) => c.notNull().references("users.name").onDelete("cascade"))
      .addColumn("label", t.text, (c) => c.notNull())
      .addColumn("created_at", t.text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("api_tokens_user").on("api_tokens").column("user_name").execute();
    await db.schema
      .createTable("signing_keys")
      .addColumn("purpose", t.text, (c) => c.primaryKey())
      .addColumn("secret", t.text, (c) => c.notNull())
      .addColumn("created_at", t.text, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("login_failures")
      .addColumn("user_name", t.text, (c) => c.primaryKey())
      .addColumn("failures", "integer", (c) => c.notNull())
      .addColumn("last_failure_at", t.text, (c) => c.notNull())
      .addColumn("locked_until", t.text)
      .execute();
    await db.schema
      .createTable("decisions")
      .addColumn("id", "integer", t.rowId)
      .addColumn("event_id", t.text, (c) => c.notNull())
      .addColumn("anchor_key", t.text, (c) => c.notNull())
      .addColumn("user_name", t.text, (c) => c.notNull())
      .addColumn("at", t.text, (c) => c.notNull())
      .addColumn("action", t.text, (c) => c.notNull())
      .addColumn("field", t.text)
      .addColumn("before_json", t.text)
      .addColumn("after_json", t.text)
      .addColumn("reason", t.text)
      .addColumn("reverts", "integer")
      .execute();
    await db.schema.createIndex("decisions_anchor").on("decisions").column("anchor_key").execute();
    await db.schema.createIndex("decisions_event").on("decisions").column("event_id").execute();
    await db.schema
      .createTable("event_reviews")
      .addColumn("anchor_key", t.text, (c) => c.primaryKey())
      .addColumn("event_id", t.text, (c) => c.notNull())
      .addColumn("status", t.text, (c) => c.notNull())
      .addColumn("reviewer", t.text)
      .addColumn("reviewed_at", t.text)
      .addColumn("overrides_json", t.text, (c) => c.notNull())
      .addColumn("machine_json", t.text, (c) => c.notNull())
      .addColumn("disagrees_json", t.text, (c) => c.notNull())
      .addColumn("former_keys_json", t.text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("event_reviews_event").on("event_reviews").column("event_id").execute();
    await db.schema
      .createTable("actor_aliases")
      .addColumn("alias_ar", t.text, (c) => c.primaryKey())
      .addColumn("actor_key", t.text, (c) => c.notNull())
      .addColumn("added_by", t.text, (c) => c.notNull())
      .addColumn("added_at", t.text, (c) => c.notNull())
      .execute();
  },
};
