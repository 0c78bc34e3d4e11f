import { join } from "node:path";
import envPaths from "env-paths";

/**
 * Where `--db` points when not given: RASD_DATABASE_URL when set (a PostgreSQL URL or a file), else
 * the user's data directory (~/.local/share/rasd/rasd.db on Linux).
 */
export function defaultDbPath(): string {
  const fromEnvironment = process.env.RASD_DATABASE_URL;
  if (fromEnvironment !== undefined && fromEnvironment.trim() !== "") return fromEnvironment.trim();
  return join(envPaths("rasd", { suffix: "" }).data, "rasd.db");
}
