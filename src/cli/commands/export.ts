import { RasdError } from "../../errors/rasd-error.ts";
import type { ActorNames } from "../../export/actor-names.ts";
import { EVENT_FILTER_OPTIONS, toEventFilter } from "../../export/event-filter-options.ts";
import { writeAcledCsv } from "../../export/write-acled-csv.ts";
import { writeGeoJson } from "../../export/write-geojson.ts";
import { writeGoldJsonl } from "../../export/write-gold-jsonl.ts";
import { REVIEWED_STATUSES } from "../../review/iterate-reviewed-events.ts";
import { writeReportJsonl } from "../../export/write-report-jsonl.ts";
import { loadLexicons } from "../../lexicon/load-lexicons.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { defineCommand } from "../command.ts";
import { openExistingStore } from "../open-existing-store.ts";

export const exportCommand = defineCommand({
  name: "export",
  summary: "Write the store's merged events as ACLED CSV, GeoJSON or JSONL (one line per report)",
  description: `acled-csv: ACLED's column names, one row per merged event (--hxl adds the HXL hashtag row).
geojson: one RFC 7946 FeatureCollection of merged events.
jsonl: one line per report in CONTRACT.md's event format, with the merged event_id (what the scorer reads).
gold: one line per article whose events people all decided on, in the shared gold format (id, events),
  with the article's text: training data for npm run train -- --gold FILE.
Every event carries status (machine, reviewed, corrected, rejected) and reviewer, with people's
corrections applied; --reviewed-only keeps the events a person accepted or corrected.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    format: { type: "string", choices: ["acled-csv", "geojson", "jsonl", "gold"], default: "jsonl", description: "Output format" },
    "reviewed-only": { type: "boolean", description: "Only events a person accepted or corrected" },
    hxl: { type: "boolean", description: "acled-csv: add the HXL hashtag row" },
    ...EVENT_FILTER_OPTIONS,
  },
  async run({ options }, io) {
    if (options.hxl && options.format !== "acled-csv") throw new RasdError("usage", "export: --hxl goes with --format acled-csv");
    if (options["reviewed-only"] && options.format === "gold") throw new RasdError("usage", "export: --format gold holds reviewed articles only already; drop --reviewed-only");
    const filter = await toEventFilter("export", options);
    const statuses = options["reviewed-only"] ? REVIEWED_STATUSES : null;
    const store = await openExistingStore(options.db);
    try {
      switch (options.format) {
        case "acled-csv":
          await writeAcledCsv(store, io.stdout, { filter, hxl: options.hxl, actors: await actorNames(), statuses });
          break;
        case "geojson":
          await writeGeoJson(store, io.stdout, { filter, statuses });
          break;
        case "gold":
          await writeGoldJsonl(store, io.stdout, { filter });
          break;
        default:
          await writeReportJsonl(store, io.stdout, { filter, statuses });
      }
    } finally {
      await store.close();
    }
    return 0;
  },
});

/** English actor names from the actor catalogue; keys alone if it cannot be loaded. */
async function actorNames(): Promise<ActorNames> {
  try {
    const { actors } = await loadLexicons();
    return new Map(actors.actors.map((a) => [a.key, { name_en: a.name_en, inter: a.inter }]));
  } catch {
    return new Map();
  }
}
