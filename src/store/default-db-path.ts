import { join } from "node:path";
import envPaths from "env-paths";

/** Where `--db` points when not given: the user's data directory (~/.local/share/rasd/rasd.db on Linux). */
export function defaultDbPath(): string {
  return join(envPaths("rasd", { suffix: "" }).data, "rasd.db");
}
