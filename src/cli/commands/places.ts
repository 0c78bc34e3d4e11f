import { RasdError } from "../../errors/rasd-error.ts";
import { writeChunk } from "../../io/write-chunk.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { listUnresolvedPlaces, type UnresolvedPlace } from "../../store/place-queries.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { openExistingStore } from "../open-existing-store.ts";

/** `rasd places --unresolved`: the names an analyst should add to the gazetteer, most frequent first. */
export const placesCommand = defineCommand({
  name: "places",
  summary: "Place names of stored reports that the gazetteer could not locate (--unresolved)",
  description: `--unresolved lists every place name of stored event reports with no gazetteer entry, or placed
only at an area or governorate standing in for it, with the number of reports and an example sentence.
Fix one with: rasd gazetteer add --name-ar NAME --lat N --lon N --admin1 GOV (or --of ID --alias NAME).
--format json prints an array of {name_ar, place_key, count, admin1, fallback_id, example}.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    unresolved: { type: "boolean", description: "List unresolved place names (the only listing so far)" },
    format: { type: "string", default: "table", choices: ["table", "json"], placeholder: "FORMAT", description: "table or json" },
  },
  async run({ options }, io) {
    if (!options.unresolved) throw new RasdError("usage", "places: give --unresolved (see rasd places --help)");
    const store = await openExistingStore(options.db);
    try {
      const places = await listUnresolvedPlaces(store);
      await writeChunk(io.stdout, options.format === "json" ? `${JSON.stringify(places, null, 2)}\n` : formatTable(places));
      if (options.format !== "json") io.stderr.write(formatMessage("places", `${places.length} unresolved place name(s)`));
    } finally {
      await store.close();
    }
    return 0;
  },
});

function formatTable(places: readonly UnresolvedPlace[]): string {
  const rows = [["count", "place", "admin1", "placed at", "example"]];
  for (const p of places) {
    const sentence = p.example.sentence.length > 90 ? `${p.example.sentence.slice(0, 89)}…` : p.example.sentence;
    rows.push([String(p.count), p.name_ar, p.admin1 ?? "?", p.fallback_id ?? "-", `${p.example.article_id}: ${sentence}`]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) => r.map((cell, i) => cell + " ".repeat(widths[i]! - [...cell].length)).join("  ").trimEnd()).join("\n") + "\n";
}
