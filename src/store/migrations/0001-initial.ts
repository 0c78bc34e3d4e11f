import { type Kysely, type Migration, sql } from "kysely";

/** The first schema: articles, reports, merged events, spans, outlets, places, feeds, search index. */
export const initialMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("outlets")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("first_seen", "text", (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("articles")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("url", "text")
      .addColumn("outlet_id", "text", (c) => c.references("outlets.id"))
      .addColumn("published", "text")
      .addColumn("title", "text")
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("syndicated_of", "text")
      .addColumn("signature", "text", (c) => c.notNull())
      .addColumn("source_kind", "text", (c) => c.notNull())
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("articles_content_hash").on("articles").column("content_hash").execute();
    await db.schema.createIndex("articles_outlet").on("articles").column("outlet_id").execute();
    await db.schema.createIndex("articles_published").on("articles").column("published").execute();

    await db.schema
      .createTable("article_urls")
      .addColumn("url", "text", (c) => c.primaryKey())
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
      .execute();

    await db.schema
      .createTable("article_bands")
      .addColumn("band", "text", (c) => c.notNull())
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
      .addPrimaryKeyConstraint("article_bands_pk", ["band", "article_id"])
      .execute();

    await db.schema
      .createTable("events")
      .addColumn("event_id", "text", (c) => c.primaryKey())
      .addColumn("event_type", "text", (c) => c.notNull())
      .addColumn("sub_event_type", "text", (c) => c.notNull())
      .addColumn("actor1", "text")
      .addColumn("actor2", "text")
      .addColumn("place_name", "text", (c) => c.notNull())
      .addColumn("place_key", "text", (c) => c.notNull())
      .addColumn("admin1", "text")
      .addColumn("admin2", "text")
      .addColumn("admin3", "text")
      .addColumn("pcode", "text")
      .addColumn("gazetteer_id", "text")
      .addColumn("lat", "real")
      .addColumn("lon", "real")
      .addColumn("geo_precision", "integer", (c) => c.notNull())
      .addColumn("date", "text")
      .addColumn("date_precision", "integer")
      .addColumn("fatalities", "integer")
      .addColumn("killed_min", "integer")
      .addColumn("killed_max", "integer")
      .addColumn("injured_min", "integer")
      .addColumn("injured_max", "integer")
      .addColumn("casualties_min", "integer")
      .addColumn("casualties_max", "integer")
      .addColumn("n_reports", "integer", (c) => c.notNull())
      .addColumn("n_articles", "integer", (c) => c.notNull())
      .addColumn("n_outlets", "integer", (c) => c.notNull())
      .addColumn("outlets_json", "text", (c) => c.notNull())
      .addColumn("sources_json", "text", (c) => c.notNull())
      .addColumn("grade", "text", (c) => c.notNull())
      .addColumn("grade_reason", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    for (const column of ["date", "event_type", "admin1", "grade", "place_key"]) {
      await db.schema.createIndex(`events_${column}`).on("events").column(column).execute();
    }

    await db.schema
      .createTable("reports")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("report_key", "text", (c) => c.notNull().unique())
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("local_event_id", "text", (c) => c.notNull())
      .addColumn("event_id", "text")
      .addColumn("event_type", "text", (c) => c.notNull())
      .addColumn("sub_event_type", "text", (c) => c.notNull())
      .addColumn("actor1", "text")
      .addColumn("actor2", "text")
      .addColumn("place_name", "text", (c) => c.notNull())
      .addColumn("place_key", "text", (c) => c.notNull())
      .addColumn("admin1", "text")
      .addColumn("admin2", "text")
      .addColumn("admin3", "text")
      .addColumn("pcode", "text")
      .addColumn("gazetteer_id", "text")
      .addColumn("lat", "real")
      .addColumn("lon", "real")
      .addColumn("geo_precision", "integer", (c) => c.notNull())
      .addColumn("date", "text")
      .addColumn("date_precision", "integer")
      .addColumn("date_lo", "text")
      .addColumn("date_hi", "text")
      .addColumn("killed", "integer")
      .addColumn("injured", "integer")
      .addColumn("casualties", "integer")
      .addColumn("source", "text")
      .addColumn("evidence_start", "integer", (c) => c.notNull())
      .addColumn("evidence_end", "integer", (c) => c.notNull())
      .addColumn("evidence_text", "text", (c) => c.notNull())
      .addColumn("note", "text")
      .addColumn("provenance_json", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("reports_article").on("reports").columns(["article_id", "ordinal"]).execute();
    await db.schema.createIndex("reports_event").on("reports").column("event_id").execute();
    await db.schema.createIndex("reports_type_date").on("reports").columns(["event_type", "date_lo"]).execute();
    await db.schema.createIndex("reports_gazetteer").on("reports").columns(["event_type", "gazetteer_id"]).execute();
    await db.schema.createIndex("reports_place_key").on("reports").columns(["event_type", "place_key"]).execute();
    await db.schema.createIndex("reports_lat").on("reports").columns(["event_type", "lat"]).execute();
    await db.schema.createIndex("reports_actors").on("reports").columns(["actor1", "actor2"]).execute();

    await db.schema
      .createTable("spans")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("kind", "text", (c) => c.notNull())
      .addColumn("start", "integer", (c) => c.notNull())
      .addColumn("end", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("value", "text")
      .addColumn("rule", "text", (c) => c.notNull())
      .addColumn("event_ids_json", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("spans_article").on("spans").columns(["article_id", "ordinal"]).execute();

    await db.schema
      .createTable("places")
      .addColumn("gazetteer_id", "text", (c) => c.primaryKey())
      .addColumn("name_ar", "text", (c) => c.notNull())
      .addColumn("admin1", "text")
      .addColumn("admin2", "text")
      .addColumn("admin3", "text")
      .addColumn("lat", "real")
      .addColumn("lon", "real")
      .execute();

    await db.schema
      .createTable("feeds")
      .addColumn("url", "text", (c) => c.primaryKey())
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_checked", "text")
      .addColumn("next_check", "text")
      .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_status", "integer")
      .addColumn("last_error", "text")
      .execute();

    await db.schema
      .createTable("feed_items")
      .addColumn("feed_url", "text", (c) => c.notNull())
      .addColumn("item_key", "text", (c) => c.notNull())
      .addColumn("article_id", "text")
      .addColumn("seen_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("feed_items_pk", ["feed_url", "item_key"])
      .execute();

    // SQLite-only: trigram FTS5 over normalised text, so a query word also finds it with clitics
    // attached (سرمين finds وسرمين). A PostgreSQL back end would use pg_trgm here instead.
    await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, body, tokenize = 'trigram')`.execute(db);
  },
};
