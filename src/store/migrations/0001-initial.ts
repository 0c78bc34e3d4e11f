import type { Kysely, Migration } from "kysely";
import { columnTypes } from "./column-types.ts";
import { createSearchIndex } from "./create-search-index.ts";

/** The first schema: articles, reports, merged events, spans, outlets, places, feeds, search index. */
export const initialMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const t = columnTypes(db);
    await db.schema
      .createTable("outlets")
      .addColumn("id", t.text, (c) => c.primaryKey())
      .addColumn("name", t.text, (c) => c.notNull())
      .addColumn("first_seen", t.text, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable("articles")
      .addColumn("id", t.text, (c) => c.primaryKey())
      .addColumn("url", t.text)
      .addColumn("outlet_id", t.text, (c) => c.references("outlets.id"))
      .addColumn("published", t.text)
      .addColumn("title", t.text)
      .addColumn("text", t.text, (c) => c.notNull())
      .addColumn("content_hash", t.text, (c) => c.notNull())
      .addColumn("syndicated_of", t.text)
      .addColumn("signature", t.text, (c) => c.notNull())
      .addColumn("source_kind", t.text, (c) => c.notNull())
      .addColumn("ingested_at", t.text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("articles_content_hash").on("articles").column("content_hash").execute();
    await db.schema.createIndex("articles_outlet").on("articles").column("outlet_id").execute();
    await db.schema.createIndex("articles_published").on("articles").column("published").execute();

    await db.schema
      .createTable("article_urls")
      .addColumn("url", t.text, (c) => c.primaryKey())
      .addColumn("article_id", t.text, (c) => c.notNull().references("articles.id"))
      .execute();

    await db.schema
      .createTable("article_bands")
      .addColumn("band", t.text, (c) => c.notNull())
      .addColumn("article_id", t.text, (c) => c.notNull().references("articles.id"))
      .addPrimaryKeyConstraint("article_bands_pk", ["band", "article_id"])
      .execute();

    await db.schema
      .createTable("events")
      .addColumn("event_id", t.text, (c) => c.primaryKey())
      .addColumn("event_type", t.text, (c) => c.notNull())
      .addColumn("sub_event_type", t.text, (c) => c.notNull())
      .addColumn("actor1", t.text)
      .addColumn("actor2", t.text)
      .addColumn("place_name", t.text, (c) => c.notNull())
      .addColumn("place_key", t.text, (c) => c.notNull())
      .addColumn("admin1", t.text)
      .addColumn("admin2", t.text)
      .addColumn("admin3", t.text)
      .addColumn("pcode", t.text)
      .addColumn("gazetteer_id", t.text)
      .addColumn("lat", t.real)
      .addColumn("lon", t.real)
      .addColumn("geo_precision", "integer", (c) => c.notNull())
      .addColumn("date", t.text)
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
      .addColumn("outlets_json", t.text, (c) => c.notNull())
      .addColumn("sources_json", t.text, (c) => c.notNull())
      .addColumn("grade", t.text, (c) => c.notNull())
      .addColumn("grade_reason", t.text, (c) => c.notNull())
      .addColumn("updated_at", t.text, (c) => c.notNull())
      .execute();
    for (const column of ["date", "event_type", "admin1", "grade", "place_key"]) {
      await db.schema.createIndex(`events_${column}`).on("events").column(column).execute();
    }

    await db.schema
      .createTable("reports")
      .addColumn("id", "integer", t.rowId)
      .addColumn("report_key", t.text, (c) => c.notNull().unique())
      .addColumn("article_id", t.text, (c) => c.notNull().references("articles.id"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("local_event_id", t.text, (c) => c.notNull())
      .addColumn("event_id", t.text)
      .addColumn("event_type", t.text, (c) => c.notNull())
      .addColumn("sub_event_type", t.text, (c) => c.notNull())
      .addColumn("actor1", t.text)
      .addColumn("actor2", t.text)
      .addColumn("place_name", t.text, (c) => c.notNull())
      .addColumn("place_key", t.text, (c) => c.notNull())
      .addColumn("admin1", t.text)
      .addColumn("admin2", t.text)
      .addColumn("admin3", t.text)
      .addColumn("pcode", t.text)
      .addColumn("gazetteer_id", t.text)
      .addColumn("lat", t.real)
      .addColumn("lon", t.real)
      .addColumn("geo_precision", "integer", (c) => c.notNull())
      .addColumn("date", t.text)
      .addColumn("date_precision", "integer")
      .addColumn("date_lo", t.text)
      .addColumn("date_hi", t.text)
      .addColumn("killed", "integer")
      .addColumn("injured", "integer")
      .addColumn("casualties", "integer")
      .addColumn("source", t.text)
      .addColumn("evidence_start", "integer", (c) => c.notNull())
      .addColumn("evidence_end", "integer", (c) => c.notNull())
      .addColumn("evidence_text", t.text, (c) => c.notNull())
      .addColumn("note", t.text)
      .addColumn("provenance_json", t.text, (c) => c.notNull())
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
      .addColumn("id", "integer", t.rowId)
      .addColumn("article_id", t.text, (c) => c.notNull().references("articles.id"))
      .addColumn("ordinal", "integer", (c) => c.notNull())
      .addColumn("kind", t.text, (c) => c.notNull())
      .addColumn("start", "integer", (c) => c.notNull())
      .addColumn("end", "integer", (c) => c.notNull())
      .addColumn("text", t.text, (c) => c.notNull())
      .addColumn("value", t.text)
      .addColumn("rule", t.text, (c) => c.notNull())
      .addColumn("event_ids_json", t.text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("spans_article").on("spans").columns(["article_id", "ordinal"]).execute();

    await db.schema
      .createTable("places")
      .addColumn("gazetteer_id", t.text, (c) => c.primaryKey())
      .addColumn("name_ar", t.text, (c) => c.notNull())
      .addColumn("admin1", t.text)
      .addColumn("admin2", t.text)
      .addColumn("admin3", t.text)
      .addColumn("lat", t.real)
      .addColumn("lon", t.real)
      .execute();

    await db.schema
      .createTable("feeds")
      .addColumn("url", t.text, (c) => c.primaryKey())
      .addColumn("etag", t.text)
      .addColumn("last_modified", t.text)
      .addColumn("last_checked", t.text)
      .addColumn("next_check", t.text)
      .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_status", "integer")
      .addColumn("last_error", t.text)
      .execute();

    await db.schema
      .createTable("feed_items")
      .addColumn("feed_url", t.text, (c) => c.notNull())
      .addColumn("item_key", t.text, (c) => c.notNull())
      .addColumn("article_id", t.text)
      .addColumn("seen_at", t.text, (c) => c.notNull())
      .addPrimaryKeyConstraint("feed_items_pk", ["feed_url", "item_key"])
      .execute();

    await createSearchIndex(db);
  },
};
