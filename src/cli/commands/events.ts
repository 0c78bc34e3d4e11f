import { RasdError } from "../../errors/rasd-error.ts";
import { EVENT_FILTER_OPTIONS, toEventFilter } from "../../export/event-filter-options.ts";
import { writeChunk } from "../../io/write-chunk.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { queryEvents } from "../../store/query-events.ts";
import type { StoredEvent } from "../../store/stored-event.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { openExistingStore } from "../open-existing-store.ts";

export const eventsCommand = defineCommand({
  name: "events",
  summary: "List merged events in the store, with filters (table for people, --json for programs)",
  description: "Each event merges the reports of several articles; --json adds nothing hidden, it is the same rows in full.",
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    ...EVENT_FILTER_OPTIONS,
    limit: { type: "string", default: "50", placeholder: "N", description: "At most N events" },
    offset: { type: "string", default: "0", placeholder: "N", description: "Skip the first N events" },
    json: { type: "boolean", description: "One JSON object per line instead of a table" },
  },
  async run({ options }, io) {
    const limit = Number(options.limit);
    const offset = Number(options.offset);
    if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) throw new RasdError("usage", "events: --limit and --offset must be whole numbers");
    const filter = await toEventFilter("events", options);
    const store = await openExistingStore(options.db);
    try {
      const page = await queryEvents(store, filter, { limit, offset });
      if (options.json) {
        for (const event of page.items) await writeChunk(io.stdout, `${JSON.stringify(event)}\n`);
      } else {
        await writeChunk(io.stdout, formatTable(page.items));
        io.stderr.write(formatMessage("events", `${page.items.length} of ${page.total} event(s)${page.total > offset + page.items.length ? ` (more with --offset ${offset + page.items.length})` : ""}`));
      }
    } finally {
      await store.close();
    }
    return 0;
  },
});

function formatTable(events: readonly StoredEvent[]): string {
  const rows = [["date", "event", "type", "actors", "place", "killed", "reports", "grade"]];
  for (const e of events) {
    const killed = e.killed_min === null ? "" : e.killed_min === e.killed_max ? String(e.killed_min) : `${e.killed_min} (${e.killed_min}–${e.killed_max})`;
    rows.push([e.date ?? "?", e.event_id, e.sub_event_type, [e.actor1, e.actor2].filter(Boolean).join(" vs "), `${e.place_name}${e.admin1 ? `, ${e.admin1}` : ""}`, killed, `${e.n_reports}/${e.n_outlets}`, e.grade]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) => r.map((cell, i) => cell + " ".repeat(widths[i]! - [...cell].length)).join("  ").trimEnd()).join("\n") + "\n";
}
