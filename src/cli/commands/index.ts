import type { Command } from "../command.ts";
import { compareCommand } from "./compare.ts";
import { evalCommand } from "./eval.ts";
import { extractCommand } from "./extract.ts";
import { outletsCommand } from "./outlets.ts";
import { eventsCommand } from "./events.ts";
import { exportCommand } from "./export.ts";
import { ingestCommand } from "./ingest.ts";
import { watchCommand } from "./watch.ts";
import { serveCommand } from "./serve.ts";
import { gazetteerCommand } from "./gazetteer.ts";
import { placesCommand } from "./places.ts";
import { mergeCommand } from "./merge.ts";
import { reprocessCommand } from "./reprocess.ts";
import { usersCommand } from "./users.ts";

/**
 * Every sub-command of `rasd`, by name. To add one: write `commands/<name>.ts` exporting a
 * `defineCommand({...})` object, then add one line here.
 */
export const commands: Readonly<Record<string, Command>> = {
  extract: extractCommand,
  eval: evalCommand,
  outlets: outletsCommand,
  compare: compareCommand,
  ingest: ingestCommand,
  events: eventsCommand,
  export: exportCommand,
  watch: watchCommand,
  serve: serveCommand,
  gazetteer: gazetteerCommand,
  places: placesCommand,
  reprocess: reprocessCommand,
  merge: mergeCommand,
  users: usersCommand,
};
