import type { Selectable, Transaction } from "kysely";
import type { Database, ReportTable } from "../store/database-schema.ts";
import { clusterReports } from "./cluster-reports.ts";
import { addDays } from "./date-window.ts";
import type { ReportArticle, ReportRecord } from "./report-record.ts";
import { reportsCompatible } from "./reports-compatible.ts";
import { summarizeEvent } from "./summarize-event.ts";

/** Degrees that surely contain a 5 km radius at Syrian latitudes (lat ~32–37°). */
const LAT_BOX = 0.05;
const LON_BOX = 0.07;

/**
 * Re-merge the events around some reports, inside the caller's transaction. Collects every report
 * connected to the seeds through the "compatible" relation (the whole connected component, so the
 * result equals a from-scratch clustering of the store), clusters them, and rewrites their events.
 * Called after an article's reports are inserted, and after syndication links change.
 */
export async function remergeAround(trx: Transaction<Database>, seedKeys: readonly string[], now: string): Promise<void> {
  if (seedKeys.length === 0) return;
  const byKey = new Map<string, Selectable<ReportTable>>();
  let frontier = await trx.selectFrom("reports").selectAll().where("report_key", "in", [...seedKeys]).execute();
  for (const r of frontier) byKey.set(r.report_key, r);
  while (frontier.length > 0) {
    const next: Selectable<ReportTable>[] = [];
    for (const seed of frontier) {
      for (const candidate of await candidatesOf(trx, seed)) {
        if (byKey.has(candidate.report_key) || !reportsCompatible(seed, candidate)) continue;
        byKey.set(candidate.report_key, candidate);
        next.push(candidate);
      }
    }
    frontier = next;
  }

  const reports = [...byKey.values()];
  const articleIds = [...new Set(reports.map((r) => r.article_id))];
  const articles = new Map<string, ReportArticle>();
  for (const chunk of chunks(articleIds, 500)) {
    const rows = await trx.selectFrom("articles").select(["id", "outlet_id", "syndicated_of"]).where("id", "in", chunk).execute();
    for (const row of rows) articles.set(row.id, row);
  }

  const oldIds = [...new Set(reports.map((r) => r.event_id).filter((id): id is string => id !== null))];
  for (const chunk of chunks(oldIds, 500)) await trx.deleteFrom("events").where("event_id", "in", chunk).execute();
  for (const keys of clusterReports(reports)) {
    const members = keys.map((k) => byKey.get(k)!);
    const event = summarizeEvent(members, articles);
    await trx.insertInto("events").values({ ...event, updated_at: now }).execute();
    for (const chunk of chunks(members.map((m) => m.id), 500)) {
      await trx.updateTable("reports").set({ event_id: event.event_id }).where("id", "in", chunk).execute();
    }
  }
}

/**
 * Recompute the figures and grade of existing events without re-clustering them: syndication links
 * change how many outlets are independent, never which reports belong together.
 */
export async function resummarizeEvents(trx: Transaction<Database>, eventIds: readonly string[], now: string): Promise<void> {
  for (const eventId of eventIds) {
    const reports = await trx.selectFrom("reports").selectAll().where("event_id", "=", eventId).execute();
    if (reports.length === 0) continue;
    const rows = await trx.selectFrom("articles").select(["id", "outlet_id", "syndicated_of"]).where("id", "in", [...new Set(reports.map((r) => r.article_id))]).execute();
    const event = summarizeEvent(reports, new Map(rows.map((r) => [r.id, r])));
    await trx.updateTable("events").set({ ...event, updated_at: now }).where("event_id", "=", eventId).execute();
  }
}

/**
 * Reports of the same type near the seed's place and days: one indexed query per way a place can
 * match (gazetteer entry, name, coordinates box), so each uses its own index instead of a scan.
 */
async function candidatesOf(trx: Transaction<Database>, seed: Selectable<ReportTable>): Promise<Selectable<ReportTable>[]> {
  const near = () =>
    trx
      .selectFrom("reports")
      .selectAll()
      .where("event_type", "=", seed.event_type)
      .where("article_id", "!=", seed.article_id)
      .where((eb) =>
        seed.date_lo === null || seed.date_hi === null
          ? eb.lit(true)
          : eb.or([eb("date_lo", "is", null), eb.and([eb("date_lo", "<=", addDays(seed.date_hi, 1)), eb("date_hi", ">=", addDays(seed.date_lo, -1))])]),
      );
  const found = new Map<number, Selectable<ReportTable>>();
  const add = (rows: Selectable<ReportTable>[]) => {
    for (const r of rows) found.set(r.id, r);
  };
  add(await near().where("place_key", "=", seed.place_key).execute());
  if (seed.gazetteer_id !== null) add(await near().where("gazetteer_id", "=", seed.gazetteer_id).execute());
  if (seed.lat !== null && seed.lon !== null) {
    add(
      await near()
        .where("lat", ">=", seed.lat - LAT_BOX)
        .where("lat", "<=", seed.lat + LAT_BOX)
        .where("lon", ">=", seed.lon - LON_BOX)
        .where("lon", "<=", seed.lon + LON_BOX)
        .execute(),
    );
  }
  return [...found.values()];
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

