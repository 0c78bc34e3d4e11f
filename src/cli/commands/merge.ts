import { RasdError } from "../../errors/rasd-error.ts";
import { joinEventsByHand, splitArticleOff } from "../../merge/hand-merge.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { withWriteTransaction } from "../../store/with-write-transaction.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { openExistingStore } from "../open-existing-store.ts";

/** `rasd merge split EVENT ARTICLE` / `rasd merge join EVENT EVENT…`: correct the merge by hand. */
export const mergeCommand = defineCommand({
  name: "merge",
  summary: "Correct the merge by hand: split an article's report off an event, or join events",
  positionals: "split EVENT_ID ARTICLE_ID | join EVENT_ID EVENT_ID…",
  description: `split: the article's reports leave the event and become an event of their own; they are never
merged again (by ingest or rasd reprocess). join: the events become one, and stay one after reprocess.
Both print the resulting event id(s); the reasons show in rasd serve's event panel and /api/events/ID.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
  },
  async run({ options, positionals }, io) {
    const [action, ...args] = positionals;
    if (action !== "split" && action !== "join") throw new RasdError("usage", "merge: say split EVENT_ID ARTICLE_ID or join EVENT_ID EVENT_ID… (see rasd merge --help)");
    if (action === "split" && args.length !== 2) throw new RasdError("usage", "merge split: give EVENT_ID ARTICLE_ID");
    if (action === "join" && args.length < 2) throw new RasdError("usage", "merge join: give two or more EVENT_IDs");
    const store = await openExistingStore(options.db, { readonly: false });
    const now = new Date().toISOString();
    try {
      if (action === "split") {
        const { remaining, split } = await withWriteTransaction(store, (trx) => splitArticleOff(trx, args[0]!, args[1]!, now));
        io.stdout.write(`${split}\n`);
        io.stderr.write(formatMessage("merge", `article ${args[1]} split off into ${split}; ${remaining ?? "nothing"} remains`));
      } else {
        const joined = await withWriteTransaction(store, (trx) => joinEventsByHand(trx, args, now));
        io.stdout.write(`${joined}\n`);
        io.stderr.write(formatMessage("merge", `${args.length} events joined into ${joined}`));
      }
    } finally {
      await store.close();
    }
    return 0;
  },
});
