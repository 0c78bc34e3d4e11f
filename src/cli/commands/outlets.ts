import { formatOutletProfiles } from "../../framing/format-outlet-profiles.ts";
import { loadFramingLexicon } from "../../framing/load-framing-lexicon.ts";
import { profileOutletSummaries } from "../../framing/profile-outlets.ts";
import { loadFramingSummaries } from "../../framing/read-stored-framings.ts";
import { writeChunk } from "../../io/write-chunk.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { defineCommand } from "../command.ts";
import { openExistingStore } from "../open-existing-store.ts";

/** `rasd outlets`: each outlet's framing profile (camp, preferred terms, credited sources). */
export const outletsCommand = defineCommand({
  name: "outlets",
  summary: "Framing profile of each outlet in the store: camp, preferred terms, sources it credits",
  description: `Sums per outlet the framing of every stored article (how it names the sides, its territorial
verbs, victim vocabulary, scare quotes), kept in the store since ingest; articles stored by an
older rasd, or read with another framing lexicon, are read again and kept. --format json prints an array of
{outlet, articles, camp, confidence, scores, article_camps, terms, sources}; camp is one of
government, opposition, kurdish, neutral, unclear.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    format: { type: "string", default: "table", choices: ["table", "json"], placeholder: "FORMAT", description: "table or json" },
  },
  async run({ options }, io) {
    // Writable: articles stored before their framing was kept (or read with another lexicon) get
    // their summary written on the way, so the next run only sums stored rows.
    const store = await openExistingStore(options.db, { readonly: false });
    try {
      const profiles = profileOutletSummaries(await loadFramingSummaries(store, loadFramingLexicon()));
      await writeChunk(io.stdout, options.format === "json" ? JSON.stringify(profiles, null, 2) + "\n" : formatOutletProfiles(profiles));
      return 0;
    } finally {
      await store.close();
    }
  },
});
