import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";

/**
 * The store owns the database: no file outside src/store imports Kysely or writes SQL, so a second
 * back end (or a change of schema) touches src/store only. Other code calls store functions.
 */
const ROOT = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** A Kysely import, a query builder call, or tagged SQL. */
const DATABASE_CODE: readonly (readonly [string, RegExp])[] = [
  ["imports kysely", /from\s+["']kysely["']|import\(\s*["']kysely["']\s*\)/],
  ["imports a database driver", /from\s+["'](better-sqlite3|pg|pg-boss)["']/],
  ["builds a query", /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|selectNoFrom)\(/],
  ["writes tagged SQL", /\bsql`/],
];

test("nothing outside src/store imports Kysely or writes SQL", () => {
  const outside = [...sourceFiles(join(ROOT, "src")), ...sourceFiles(join(ROOT, "web", "src"))].filter((f) => !relative(ROOT, f).startsWith(join("src", "store")));
  assert.ok(outside.length > 50, "the source tree was found");
  const offences = outside.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return DATABASE_CODE.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${relative(ROOT, file)} ${what}`);
  });
  assert.deepEqual(offences, []);
});

test("the check sees a Kysely import and a query where they are", () => {
  const inside = readFileSync(join(ROOT, "src", "store", "merge-queries.ts"), "utf8");
  assert.ok(DATABASE_CODE[0]![1].test(inside));
  assert.ok(DATABASE_CODE[2]![1].test(inside));
});
