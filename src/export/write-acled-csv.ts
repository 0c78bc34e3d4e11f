import type { Writable } from "node:stream";
import { writeChunk } from "../io/write-chunk.ts";
import { neutralizeCsvCell } from "./neutralize-csv-cell.ts";
import type { StoreSession } from "../store/store-session.ts";
import type { EventFilter } from "../store/event-filter.ts";
import { loadGazetteerEntries } from "../places/load-gazetteer.ts";
import { type PlaceNames, placeNames as gazetteerPlaceNames } from "../places/place-names.ts";
import { iterateReviewedEvents } from "../review/iterate-reviewed-events.ts";
import type { ReviewStatus } from "../review/fold-decisions.ts";
import type { StoredEvent } from "../store/stored-event.ts";
import { type ActorNames, actorInter, actorLabel } from "./actor-names.ts";
import { describeEvent } from "./describe-event.ts";
import { loadArabWorldTheatre } from "../places/world/load-arab-world-theatre.ts";

/**
 * ACLED's export columns, in ACLED's order, with the HXL hashtag ACLED's HDX datasets use; then
 * rasd's own columns, after all of ACLED's so scripts reading ACLED's by position still work.
 */
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
  ["location_ar", "#loc+name+i_ar"],
  ["admin1_ar", "#adm1+name+i_ar"],
  ["status", "#status+review"],
  ["reviewer", "#contact+name+review"],
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
 * hashtag row after the header. `location` is the gazetteer's English name (else a transliteration),
 * the Arabic in `location_ar`; `notes` describes the event in one sentence from the coded fields.
 * Fatalities follow ACLED's conservative rule; the grade, the number of reports and the range of the
 * figures go in `tags`. People's corrections replace the machine's values; `status` (machine, reviewed,
 * corrected, rejected) and `reviewer` close the row.
 */
export async function writeAcledCsv(
  store: StoreSession,
  out: Writable,
  options: { filter?: EventFilter; hxl?: boolean; actors?: ActorNames; places?: PlaceNames; countries?: CountryCodes; statuses?: readonly ReviewStatus[] | null } = {},
): Promise<number> {
  const actors = options.actors ?? new Map();
  const places = options.places ?? gazetteerPlaceNames((await loadGazetteerEntries()).entries);
  const countries = options.countries ?? countryCodes();
  await writeChunk(out, csvLine(ACLED_COLUMNS.map(([name]) => name)));
  if (options.hxl) await writeChunk(out, csvLine(ACLED_COLUMNS.map(([, tag]) => tag)));
  let n = 0;
  for await (const event of iterateReviewedEvents(store, options.filter, options.statuses ?? null)) {
    const row: Record<string, string> = { ...acledRow(event, actors, places, countries), status: event.status, reviewer: event.reviewer ?? "" };
    await writeChunk(out, csvLine(ACLED_COLUMNS.map(([name]) => row[name] ?? "")));
    n++;
  }
  return n;
}

/** A country's English name (location.country) → ACLED's numeric `iso` and `region`. */
export type CountryCodes = ReadonlyMap<string, { readonly iso: string; readonly region: string }>;

/** The codes of the theatre's countries (data/theatres/arab-world.json). */
export function countryCodes(): CountryCodes {
  return new Map(loadArabWorldTheatre().countries.map((c) => [c.name_en, { iso: c.iso_numeric === undefined ? "" : String(c.iso_numeric), region: c.acled_region ?? "" }] as const));
}

/**
 * An event stored before the store kept countries (migration 0014) has none: it was coded with the
 * home theatre's rules, so it is written as Syria until `rasd reprocess` reads it again.
 */
const COUNTRY_OF_OLD_ROWS = "Syria";

export function acledRow(e: StoredEvent, actors: ActorNames, places: PlaceNames, countries: CountryCodes): Record<string, string> {
  const country = e.country ?? COUNTRY_OF_OLD_ROWS;
  const codes = countries.get(country);
  const inter1 = actorInter(e.actor1, actors);
  const inter2 = actorInter(e.actor2, actors);
  const location = places.english(e.gazetteer_id, e.place_name);
  const tags = [
    e.grade,
    `${e.n_reports} report${e.n_reports === 1 ? "" : "s"} from ${e.n_outlets} independent outlet${e.n_outlets === 1 ? "" : "s"}`,
    e.killed_min !== null && e.killed_max !== null && e.killed_min !== e.killed_max ? `reports give ${e.killed_min}-${e.killed_max} killed` : "",
  ];
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
    iso: codes?.iso ?? "",
    region: codes?.region ?? "",
    country,
    admin1: e.admin1 ?? "",
    admin2: e.admin2 ?? "",
    admin3: e.admin3 ?? "",
    location,
    latitude: e.lat === null ? "" : e.lat.toFixed(4),
    longitude: e.lon === null ? "" : e.lon.toFixed(4),
    geo_precision: String(e.geo_precision),
    source: [...e.sources, ...e.outlets].filter((s, i, all) => all.indexOf(s) === i).join("; "),
    source_scale: e.n_outlets > 1 ? "Multiple" : "Other",
    notes: describeEvent(e, { actorName: (key) => NOTE_NAMES[key] ?? actorLabel(key, actors), placeName: location }),
    fatalities: e.fatalities === null ? "0" : String(e.fatalities),
    tags: tags.filter((t) => t !== "").join("; "),
    timestamp: String(Math.floor(Date.parse(e.updated_at) / 1000) || ""),
    location_ar: e.place_name,
    admin1_ar: places.governorateArabic(e.admin1) ?? "",
  };
}

/** Inside a sentence, the two actors that are not organisations read as common nouns. */
const NOTE_NAMES: Readonly<Record<string, string>> = { CIVILIANS: "civilians", UNKNOWN: "unidentified armed men" };

function csvLine(fields: readonly string[]): string {
  return `${fields.map(neutralizeCsvCell).map((f) => (/[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(",")}\n`;
}
