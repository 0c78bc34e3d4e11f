import { type ExpressionBuilder, type Expression, type SqlBool, sql } from "kysely";
import type { EventGrade } from "../model/event-grade.ts";
import { normalizeKey } from "../text/normalize.ts";
import { eventMatchesText } from "./article-search.ts";
import { outletKey } from "./outlet-key.ts";
import type { StoreDialect } from "./store-dialect.ts";
import type { Database } from "./database-schema.ts";

/**
 * Filters of `rasd events` and of the web API. Every field is optional; all given ones must hold.
 * Actor, place and outlet match any report of the event, so a contested event is found under every
 * name a report gave it.
 */
export interface EventFilter {
  /** Inclusive ISO days. */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly eventType?: string;
  readonly subEventType?: string;
  /** Actor key (SYR_GOV, HTS …) as actor1 or actor2. */
  readonly actor?: string;
  /** admin1 in English (Idlib), case-insensitive. */
  readonly governorate?: string;
  /** Arabic place name (compared after normalizeKey) or gazetteer id. */
  readonly place?: string;
  /** Outlet domain or name. */
  readonly outlet?: string;
  readonly grade?: EventGrade;
  /** Words that must all occur in a report's article (normalised, substring match). */
  readonly q?: string;
  /** [minLon, minLat, maxLon, maxLat] (GeoJSON order). */
  readonly bbox?: readonly [number, number, number, number];
}

/**
 * Which index a list query should start from (query-events.ts picks it from the cached count):
 * - "matches": the filter's own indexes (type, governorate, box) find the few matching rows, which
 *   are then sorted (60 events in Quneitra out of 600 000: read 60, not the whole date index);
 * - "date-order": walk the date index in list order and test each row, stopping after a page (half
 *   of all events in a box over the north: the first 100 in date order are near the start). On
 *   SQLite the filter's columns are then written `+column`, which keeps the planner off their
 *   indexes; the R*Tree / GiST condition is left out (the exact lat/lon test stays).
 */
export type FilterPlan = "matches" | "date-order";

/** The WHERE condition for a filter, over the `events` table of a store in `dialect`. */
export function eventFilterCondition(eb: ExpressionBuilder<Database, "events">, filter: EventFilter, dialect: StoreDialect, plan: FilterPlan = "matches"): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  // `+events.event_type` (SQLite): the same value, but not an indexed column to the planner.
  const walk = plan === "date-order" && dialect === "sqlite";
  // PostgreSQL, walking: OFFSET 0 keeps an EXISTS over reports a per-row probe of reports_event. Left
  // alone, PostgreSQL hashes every report naming the actor (140 000 for HTS in 1M reports) on each
  // request to test the first few hundred events (1.7 s against 0.15 s measured).
  const probe = plan === "date-order" && dialect === "postgres";
  const col = (column: "event_type" | "sub_event_type" | "grade" | "admin1" | "lon" | "lat" | "place_key") => (walk ? sql.raw(`+events.${column}`) : sql.ref(`events.${column}`));
  if (filter.dateFrom) all.push(eb("events.date", ">=", filter.dateFrom));
  if (filter.dateTo) all.push(eb("events.date", "<=", filter.dateTo));
  if (filter.eventType) all.push(eb(col("event_type"), "=", filter.eventType));
  if (filter.subEventType) all.push(eb(col("sub_event_type"), "=", filter.subEventType));
  if (filter.grade) all.push(eb(col("grade"), "=", filter.grade));
  if (filter.governorate) all.push(eb(eb.fn("lower", [col("admin1")]), "=", filter.governorate.toLowerCase()));
  if (filter.actor) {
    const actor = filter.actor;
    all.push(
      eb.or([
        eb("events.actor1", "=", actor),
        eb("events.actor2", "=", actor),
        anyReport(eb, probe, (r) => r.or([r("reports.actor1", "=", actor), r("reports.actor2", "=", actor)])),
      ]),
    );
  }
  if (filter.place) {
    const key = normalizeKey(filter.place);
    const place = filter.place;
    all.push(
      eb.or([
        eb(col("place_key"), "=", key),
        eb("events.gazetteer_id", "=", place),
        anyReport(eb, probe, (r) => r.or([r("reports.place_key", "=", key), r("reports.gazetteer_id", "=", place)])),
      ]),
    );
  }
  if (filter.outlet) {
    const outlet = outletKey(filter.outlet);
    all.push(
      eb.exists(
        eb
          .selectFrom("reports")
          .innerJoin("articles", "articles.id", "reports.article_id")
          .select("reports.id")
          .whereRef("reports.event_id", "=", "events.event_id")
          .where("articles.outlet_id", "=", outlet),
      ),
    );
  }
  if (filter.bbox) {
    const [minLon, minLat, maxLon, maxLat] = filter.bbox;
    if (plan === "matches") all.push(boxIndexCondition(filter.bbox, dialect));
    all.push(eb.and([eb(col("lon"), ">=", minLon), eb(col("lon"), "<=", maxLon), eb(col("lat"), ">=", minLat), eb(col("lat"), "<=", maxLat)]));
  }
  if (filter.q) {
    // A query with no searchable word (all shorter than 3 letters) matches nothing rather than everything.
    all.push(eventMatchesText(dialect, filter.q) ?? eb.lit(false));
  }
  return eb.and(all);
}

/** Some report of the event meets `where` (a per-row probe of reports_event when `probe`, see above). */
function anyReport(
  eb: ExpressionBuilder<Database, "events">,
  probe: boolean,
  where: (r: ExpressionBuilder<Database, "events" | "reports">) => Expression<SqlBool>,
): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom("reports")
      .select("reports.id")
      .whereRef("reports.event_id", "=", "events.event_id")
      .where(where)
      .$if(probe, (q) => q.offset(0)),
  );
}

/**
 * The part of a box condition an index answers (migration 0008): SQLite's R*Tree of event points,
 * PostgreSQL's GiST over point(lon, lat). The exact comparison on lat/lon stays beside it: the
 * R*Tree keeps 32-bit floats rounded outwards, so a point on the box's edge (lon 36.5 for a box from
 * 36.5) is a candidate and the exact test decides.
 */
function boxIndexCondition([minLon, minLat, maxLon, maxLat]: readonly [number, number, number, number], dialect: StoreDialect): Expression<SqlBool> {
  if (dialect === "postgres") {
    return sql<SqlBool>`(events.lon IS NOT NULL AND events.lat IS NOT NULL AND point(events.lon, events.lat) <@ box(point(${minLon}::float8, ${minLat}::float8), point(${maxLon}::float8, ${maxLat}::float8)))`;
  }
  return sql<SqlBool>`events.rowid IN (SELECT id FROM events_rtree WHERE max_lon >= ${minLon} AND min_lon <= ${maxLon} AND max_lat >= ${minLat} AND min_lat <= ${maxLat})`;
}
