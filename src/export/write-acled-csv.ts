import type { Writable } from "node:stream";
import type { Kysely } from "kysely";
import { writeChunk } from "../io/write-chunk.ts";
import { neutralizeCsvCell } from "./neutralize-csv-cell.ts";
import type { Database } from "../store/database-schema.ts";
import type { EventFilter } from "../store/event-filter.ts";
import { iterateEvents } from "../store/query-events.ts";
import type { StoredEvent } from "../store/stored-event.ts";
import { type ActorNames, actorInter, actorLabel } from "./actor-names.ts";

/** ACLED's export columns, in ACLED's order, with the HXL hashtag ACLED's HDX datasets use. */
export const ACLED_COLUMNS: readonly (readonly [string, string])[] = [
  ["event_id_cnty", "#event+code"],
  ["event_date", "#date+occurred"],
  ["year", "#date+year"],
  ["time_precision", "#date+precision"],
  ["disorder_type", "#event+type+disorder"],
  ["event_type", "#event+type"],
  ["sub_event_type", "#event+type+sub"],
  ["actor1", "#group+name+first"],
  ["assoc_actor_1", "#group+name+first+assoc"],
  ["inter1", "#group+type+first"],
  ["actor2", "#group+name+second"],
  ["assoc_actor_2", "#group+name+second+assoc"],
  ["inter2", "#group+type+second"],
  ["interaction", "#group+interaction"],
  ["civilian_targeting", "#event+civilians"],
  ["iso", "#country+code"],
  ["region", "#region+name"],
  ["country", "#country+name"],
  ["admin1", "#adm1+name"],
  ["admin2", "#adm2+name"],
  ["admin3", "#adm3+name"],
  ["location", "#loc+name"],
  ["latitude", "#geo+lat"],
  ["longitude", "#geo+lon"],
  ["geo_precision", "#geo+precision"],
  ["source", "#meta+source"],
  ["source_scale", "#meta+source+scale"],
  ["notes", "#description"],
  ["fatalities", "#affected+killed"],
  ["tags", "#meta+tags"],
  ["timestamp", "#date+updated"],
];

const DISORDER: Readonly<Record<string, string>> = {
  Battles: "Political violence",
  "Explosions/Remote violence": "Political violence",
  "Violence against civilians": "Political violence",
  Riots: "Political violence",
  Protests: "Demonstrations",
  "Strategic developments": "Strategic developments",
};

/**
 * Merged events as an ACLED-style CSV, so scripts written for ACLED exports read it. `--hxl` adds the
 * hashtag row after the header. Fatalities follow ACLED's conservative rule; the range, the number of
 * reports and the grade go in `notes` and `tags`.
 */
export async function writeAcledCsv(db: Kysely<Database>, out: Writable, options: { filter?: EventFilter; hxl?: boolean; actors?: ActorNames } = {}): Promise<number> {
  const actors = options.actors ?? new Map();
  await writeChunk(out, csvLine(ACLED_COLUMNS.map(([name]) => name)));
  if (options.hxl) await writeChunk(out, csvLine(ACLED_COLUMNS.map(([, tag]) => tag)));
  let n = 0;
  for await (const event of iterateEvents(db, options.filter)) {
    const row = acledRow(event, actors);
    await writeChunk(out, csvLine(ACLED_COLUMNS.map(([name]) => row[name] ?? "")));
    n++;
  }
  return n;
}

export function acledRow(e: StoredEvent, actors: ActorNames): Record<string, string> {
  const inter1 = actorInter(e.actor1, actors);
  const inter2 = actorInter(e.actor2, actors);
  const range = e.killed_min !== null && e.killed_max !== null && e.killed_min !== e.killed_max ? ` Reports give ${e.killed_min}–${e.killed_max} killed.` : "";
  return {
    event_id_cnty: e.event_id,
    event_date: e.date ?? "",
    year: e.date?.slice(0, 4) ?? "",
    time_precision: e.date_precision === null ? "" : String(e.date_precision),
    disorder_type: DISORDER[e.event_type] ?? "",
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: actorLabel(e.actor1, actors),
    assoc_actor_1: "",
    inter1,
    actor2: actorLabel(e.actor2, actors),
    assoc_actor_2: "",
    inter2,
    interaction: [inter1, inter2].filter((x) => x !== "").join("-"),
    civilian_targeting: e.actor2 === "CIVILIANS" ? "Civilian targeting" : "",
    iso: "760",
    region: "Middle East",
    country: "Syria",
    admin1: e.admin1 ?? "",
    admin2: e.admin2 ?? "",
    admin3: e.admin3 ?? "",
    location: e.place_name,
    latitude: e.lat === null ? "" : e.lat.toFixed(4),
    longitude: e.lon === null ? "" : e.lon.toFixed(4),
    geo_precision: String(e.geo_precision),
    source: [...e.sources, ...e.outlets].filter((s, i, all) => all.indexOf(s) === i).join("; "),
    source_scale: e.n_outlets > 1 ? "Multiple" : "Other",
    notes: `${e.n_reports} report(s) from ${e.n_outlets} independent outlet(s): ${e.grade} (${e.grade_reason}).${range}`,
    fatalities: e.fatalities === null ? "0" : String(e.fatalities),
    tags: e.grade,
    timestamp: String(Math.floor(Date.parse(e.updated_at) / 1000) || ""),
  };
}

function csvLine(fields: readonly string[]): string {
  return `${fields.map(neutralizeCsvCell).map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(",")}\n`;
}
