import { type ColumnDefinitionBuilder, type Expression, type Kysely, sql } from "kysely";
import { dialectOf } from "../store-dialect.ts";

/**
 * Column types that mean the same on SQLite and PostgreSQL, so one migration builds both:
 * - text compares byte by byte (SQLite's BINARY; PostgreSQL's "C" collation), so ids, days and
 *   names sort the same whichever database holds them (a locale collation would put "a-2" after "a1");
 * - real is an 8-byte float (SQLite REAL; PostgreSQL's "real" would be 4 bytes and round 36.6457);
 * - a row id counts up by itself (SQLite AUTOINCREMENT; PostgreSQL an identity column).
 */
export interface ColumnTypes {
  readonly text: "text" | Expression<unknown>;
  readonly real: "real" | "double precision";
  readonly rowId: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
}

export function columnTypes(db: Kysely<unknown>): ColumnTypes {
  if (dialectOf(db) === "postgres") {
    return { text: sql`text collate "C"`, real: "double precision", rowId: (c) => c.primaryKey().generatedByDefaultAsIdentity() };
  }
  return { text: "text", real: "real", rowId: (c) => c.primaryKey().autoIncrement() };
}
