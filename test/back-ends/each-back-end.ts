import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import pg from "pg";
import { throwawayPostgres } from "./throwaway-postgres.ts";

/** Where a test's fresh, empty store lives: an SQLite file or a new PostgreSQL database. */
export interface BackEnd {
  readonly name: "sqlite" | "postgres";
  /** A new empty store location (a file path, or a postgres:// URL of a database made for it). */
  newStore(): Promise<string>;
}

const sqlite: BackEnd = {
  name: "sqlite",
  newStore: async () => join(mkdtempSync(join(tmpdir(), "rasd-store-")), "s.db"),
};

/**
 * Run one test on each back end: "title [sqlite]" and "title [postgres]". The PostgreSQL one is
 * skipped, with the reason, only when no server can be had (see throwaway-postgres.ts).
 */
export function testEachBackEnd(title: string, body: (backEnd: BackEnd) => Promise<void>): void {
  test(`${title} [sqlite]`, () => body(sqlite));
  test(`${title} [postgres]`, async (t) => {
    const server = await throwawayPostgres();
    if ("unavailable" in server) {
      t.skip(`PostgreSQL unavailable: ${server.unavailable}`);
      return;
    }
    await body({ name: "postgres", newStore: () => newDatabase(server.url) });
  });
}

/** Create an empty database on the server and return its URL. */
export async function newDatabase(serverUrl: string): Promise<string> {
  const name = `rasd_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}

/** Both back ends, with the reason to skip PostgreSQL (false when it runs): for suites of several tests. */
export async function backEnds(): Promise<{ readonly backEnd: BackEnd; readonly skip: string | false }[]> {
  const server = await throwawayPostgres();
  return [
    { backEnd: sqlite, skip: false },
    "unavailable" in server
      ? { backEnd: { name: "postgres", newStore: () => Promise.reject(new Error(server.unavailable)) }, skip: `PostgreSQL unavailable: ${server.unavailable}` }
      : { backEnd: { name: "postgres", newStore: () => newDatabase(server.url) }, skip: false },
  ];
}
