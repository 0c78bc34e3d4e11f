import { RasdError } from "../../errors/rasd-error.ts";
import { copyStore } from "../../store/copy-store.ts";
import { openStore } from "../../store/open-store.ts";
import { displayLocation } from "../../store/store-dialect.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { openExistingStore } from "../open-existing-store.ts";

/** `rasd migrate-store --from FILE --to postgres://…`: copy a store into another database. */
export const migrateStoreCommand = defineCommand({
  name: "migrate-store",
  summary: "Copy a store into another database (an SQLite file into PostgreSQL, or back)",
  description: `Copies every article, report, event, span, place, feed state and hand merge decision, with the
search index, from --from into --to (a postgres://user@host/db URL or a file). The target is created
or migrated first and must hold no article; the copy is one transaction, so a failed copy leaves it
empty. The source is brought to the latest schema first. Row counts are checked table by table.`,
  options: {
    from: { type: "string", placeholder: "FILE|URL", description: "The store to copy" },
    to: { type: "string", placeholder: "URL|FILE", description: "The database to copy it into" },
  },
  async run({ options }, io) {
    if (options.from === undefined || options.to === undefined) throw new RasdError("usage", "migrate-store: give --from and --to");
    if (options.from === options.to) throw new RasdError("usage", "migrate-store: --from and --to are the same store");
    const from = await openExistingStore(options.from, { readonly: false });
    try {
      const to = await openStore(options.to);
      try {
        const counts = await copyStore(from, to);
        io.stdout.write(`${JSON.stringify(counts)}\n`);
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        io.stderr.write(formatMessage(displayLocation(options.to), `copied ${total} row(s) of ${Object.keys(counts).length} table(s) from ${displayLocation(options.from)}`));
      } finally {
        await to.close();
      }
    } finally {
      await from.close();
    }
    return 0;
  },
});
