import { RasdError } from "../../errors/rasd-error.ts";
import { toIsoDay } from "../../io/to-iso-day.ts";
import { defaultFramingLexicon } from "../../framing/load-framing-lexicon.ts";
import { loadFramingSummaries } from "../../framing/read-stored-framings.ts";
import { reprocessStore } from "../../merge/reprocess-store.ts";
import { flagDisagreements } from "../../review/flag-disagreements.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { loadExtractor } from "../load-extractor.ts";
import { openExistingStore } from "../open-existing-store.ts";

/** `rasd reprocess --db D [--since DAY]`: bring stored events up to date with the current extractor and gazetteer. */
export const reprocessCommand = defineCommand({
  name: "reprocess",
  summary: "Extract stored articles again (current lexicons, gazetteer and your places) and re-merge what changed",
  description: `Run after rasd gazetteer add/import or an update of rasd: every stored article (or those published
on or after --since) is extracted again; where its reports differ from the stored ones they are replaced
and the events they touched are merged again. Events of unchanged articles keep their ids; hand splits
and joins (rasd merge) are kept, and so is every decision people made in review; reviewed events the
machine now reads otherwise are flagged (machine_disagrees). One transaction per article: safe to kill and run again. Running it
twice changes nothing the second time. Prints what changed: events added, removed, reports moved.
Articles whose framing summary is missing or was read with another framing lexicon are read again.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    since: { type: "string", placeholder: "YYYY-MM-DD", description: "Only articles published on or after this day" },
  },
  async run({ options }, io) {
    const since = options.since ?? null;
    if (since !== null && toIsoDay(since) !== since) throw new RasdError("usage", `reprocess: --since must be a real day YYYY-MM-DD (got "${since}")`);
    const store = await openExistingStore(options.db, { readonly: false });
    try {
      const extractor = await loadExtractor({ db: store.path });
      const s = await reprocessStore(store, extractor, { since, now: () => new Date().toISOString() });
      // People's decisions are kept as they are; those the machine now reads otherwise are flagged.
      const reviews = await flagDisagreements(store);
      // Outlet profiles need every article's framing summary of the current lexicon: fill the
      // missing and stale ones now rather than on the first GET /api/outlets.
      await loadFramingSummaries(store, defaultFramingLexicon());
      io.stdout.write(
        `${JSON.stringify({ articles: s.articles, changed_articles: s.changed, reports_before: s.reportsBefore, reports_after: s.reportsAfter, events_added: s.eventsAdded, events_removed: s.eventsRemoved, reports_moved: s.reportsMoved, reviews: reviews.reviews, reviews_disagreeing: reviews.disagreeing })}\n`,
      );
      io.stderr.write(
        formatMessage(store.path, `reprocessed ${s.articles} article(s): ${s.changed} changed; events ${s.eventsAdded} added, ${s.eventsRemoved} removed; ${s.reportsMoved} report(s) moved; ${reviews.disagreeing} of ${reviews.reviews} reviewed event(s) now read otherwise by the machine (flagged)`),
      );
    } finally {
      await store.close();
    }
    return 0;
  },
});
