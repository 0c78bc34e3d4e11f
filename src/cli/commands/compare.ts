import { compareReports } from "../../framing/compare-reports.ts";
import { formatEventComparison } from "../../framing/format-event-comparison.ts";
import { loadFramingLexicon } from "../../framing/load-framing-lexicon.ts";
import { loadEventClaims } from "../../framing/read-stored-framings.ts";
import { RasdError } from "../../errors/rasd-error.ts";
import { writeChunk } from "../../io/write-chunk.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { openExistingStore } from "../open-existing-store.ts";

/** `rasd compare EVENT_ID`: the reports of one merged event side by side. */
export const compareCommand = defineCommand({
  name: "compare",
  summary: "Compare the reports of one merged event: naming of actors, sources, casualties, omissions",
  positionals: "EVENT_ID",
  description: `Shows how each outlet that reported the event named each actor, whom it credited, the
casualties it gave, and what one report states that another leaves out (the attacker, civilian victims,
a toll, a source). --format json prints the comparison as one object.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    format: { type: "string", default: "table", choices: ["table", "json"], placeholder: "FORMAT", description: "table or json" },
  },
  async run({ options, positionals }, io) {
    const [eventId, ...extra] = positionals;
    if (eventId === undefined || extra.length > 0) throw new RasdError("usage", "compare: give exactly one EVENT_ID");
    const store = await openExistingStore(options.db);
    try {
      const claims = await loadEventClaims(store, eventId, loadFramingLexicon());
      if (claims.length === 0) {
        io.stderr.write(formatMessage("compare", `no reports of event "${eventId}" in the store (see: rasd events)`));
        return 1;
      }
      const comparison = compareReports(claims);
      await writeChunk(
        io.stdout,
        options.format === "json" ? JSON.stringify({ event_id: eventId, ...comparison }, null, 2) + "\n" : formatEventComparison(eventId, comparison),
      );
      return 0;
    } finally {
      await store.close();
    }
  },
});
