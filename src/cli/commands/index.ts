import type { Command } from "../command.ts";

/**
 * One entry of the command list: what `rasd --help` shows, and how to load the command itself. The
 * command's modules (the store, the HTML reader, the extractor…) are imported only when it runs, so
 * `rasd --help` or `rasd extract` never pay for the others. The summary repeats the command's own;
 * test/cli/command-list.test.ts keeps the two the same.
 */
export interface CommandEntry {
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

/**
 * Every sub-command of `rasd`, by name. To add one: write `commands/<name>.ts` exporting a
 * `defineCommand({...})` object, then add its entry here.
 */
export const commands: Readonly<Record<string, CommandEntry>> = {
  extract: {
    summary: "Extract coded conflict events from Arabic news articles",
    load: async () => (await import("./extract.ts")).extractCommand,
  },
  eval: {
    summary: "Score events against a gold file (event P/R/F1, field accuracy, full-record recall …)",
    load: async () => (await import("./eval.ts")).evalCommand,
  },
  outlets: {
    summary: "Framing profile of each outlet in the store: camp, preferred terms, sources it credits",
    load: async () => (await import("./outlets.ts")).outletsCommand,
  },
  compare: {
    summary: "Compare the reports of one merged event: naming of actors, sources, casualties, omissions",
    load: async () => (await import("./compare.ts")).compareCommand,
  },
  ingest: {
    summary: "Store articles (files, directories, URLs, RSS/Atom feeds), extract and merge their events",
    load: async () => (await import("./ingest.ts")).ingestCommand,
  },
  events: {
    summary: "List merged events in the store, with filters (table for people, --json for programs)",
    load: async () => (await import("./events.ts")).eventsCommand,
  },
  export: {
    summary: "Write the store's merged events as ACLED CSV, GeoJSON or JSONL (one line per report)",
    load: async () => (await import("./export.ts")).exportCommand,
  },
  watch: {
    summary: "Poll RSS/Atom feeds on a schedule and ingest new items (conditional GET, backoff, state in the DB)",
    load: async () => (await import("./watch.ts")).watchCommand,
  },
  serve: {
    summary: "Serve the web page and the HTTP API over a database (ingest with --token; review with accounts)",
    load: async () => (await import("./serve.ts")).serveCommand,
  },
  gazetteer: {
    summary: "Import place files, add places or aliases, look up how a name geocodes",
    load: async () => (await import("./gazetteer.ts")).gazetteerCommand,
  },
  places: {
    summary: "Place names of stored reports that the gazetteer could not locate (--unresolved)",
    load: async () => (await import("./places.ts")).placesCommand,
  },
  reprocess: {
    summary: "Extract stored articles again (current lexicons, gazetteer and your places) and re-merge what changed",
    load: async () => (await import("./reprocess.ts")).reprocessCommand,
  },
  merge: {
    summary: "Correct the merge by hand: split an article's report off an event, or join events",
    load: async () => (await import("./merge.ts")).mergeCommand,
  },
  "migrate-store": {
    summary: "Copy a store into another database (an SQLite file into PostgreSQL, or back)",
    load: async () => (await import("./migrate-store.ts")).migrateStoreCommand,
  },
  enqueue: {
    summary: "Put the articles of files on a PostgreSQL store's job queue, for rasd worker",
    load: async () => (await import("./enqueue.ts")).enqueueCommand,
  },
  worker: {
    summary: "Take ingest jobs (articles, feed polls) from a PostgreSQL store's queue; run as many as you like",
    load: async () => (await import("./worker.ts")).workerCommand,
  },
  users: {
    summary: "Manage the accounts that log in to review events (viewer, editor, admin) and their API tokens",
    load: async () => (await import("./users.ts")).usersCommand,
  },
};
