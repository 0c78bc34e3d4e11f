import { formatOutletProfiles } from "../../framing/format-outlet-profiles.ts";
import { loadFramingLexicon } from "../../framing/load-framing-lexicon.ts";
import { profileOutlets } from "../../framing/profile-outlets.ts";
import { readStoredFramings } from "../../framing/read-stored-framings.ts";
import { writeChunk } from "../../io/write-chunk.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { defineCommand } from "../command.ts";
import { openExistingStore } from "../open-existing-store.ts";

/** `rasd outlets`: each outlet's framing profile (camp, preferred terms, credited sources). */
export const outletsCommand = defineCommand({
  name: "outlets",
  summary: "Framing profile of each outlet in the store: camp, preferred terms, sources it credits",
  description: `Reads every stored article's framing (how it names the sides, its territorial verbs, victim
vocabulary, scare quotes) and sums them per outlet. --format json prints an array of
{outlet, articles, camp, confidence, scores, article_camps, terms, sources}; camp is one of
government, opposition, kurdish, neutral, unclear.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    format: { type: "string", default: "table", choices: ["table", "json"], placeholder: "FORMAT", description: "table or json" },
  },
  async run({ options }, io) {
    const store = await openExistingStore(options.db);
    try {
      const profiles = profileOutlets(await readStoredFramings(store, loadFramingLexicon()));
      await writeChunk(io.stdout, options.format === "json" ? JSON.stringify(profiles, null, 2) + "\n" : formatOutletProfiles(profiles));
      return 0;
    } finally {
      await store.close();
    }
  },
});
