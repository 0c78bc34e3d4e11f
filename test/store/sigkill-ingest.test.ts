import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { generateCorpus } from "./generate-corpus.ts";

const BIN = new URL("../../bin/rasd.js", import.meta.url).pathname;
const ARTICLES = 400;

function ingest(db: string, file: string, killAfterMs: number | null): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "ingest", "--db", db, "--quiet", file], { stdio: "ignore" });
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Integrity and cross-table consistency: what a half-written article would break. */
function check(path: string): { articles: number; events: number } {
  const db = new SqliteDatabase(path, { readonly: true });
  try {
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
    const articles = one("SELECT count(*) n FROM articles");
    assert.equal(one("SELECT count(*) n FROM articles_fts"), articles, "every article is searchable");
    assert.equal(one("SELECT count(*) n FROM reports WHERE event_id IS NULL OR event_id NOT IN (SELECT event_id FROM events)"), 0, "every report is in an event");
    assert.equal(one("SELECT count(*) n FROM events e WHERE n_reports != (SELECT count(*) FROM reports r WHERE r.event_id = e.event_id)"), 0, "event counts match");
    assert.equal(one("SELECT count(*) n FROM article_urls WHERE article_id NOT IN (SELECT id FROM articles)"), 0);
    return { articles, events: one("SELECT count(*) n FROM events") };
  } finally {
    db.close();
  }
}

function eventRows(path: string): unknown[] {
  const db = new SqliteDatabase(path, { readonly: true });
  try {
    return db.prepare("SELECT * FROM events ORDER BY event_id").all().map((row) => ({ ...(row as Record<string, unknown>), updated_at: null }));
  } finally {
    db.close();
  }
}

test("SIGKILL at random moments never corrupts the store; the rerun completes it; events equal a clean and a reversed run", { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-kill-"));
  const corpus = generateCorpus(ARTICLES);
  const file = join(dir, "corpus.jsonl");
  writeFileSync(file, corpus.map((a) => JSON.stringify(a)).join("\n") + "\n");
  const reversed = join(dir, "reversed.jsonl");
  writeFileSync(reversed, [...corpus].reverse().map((a) => JSON.stringify(a)).join("\n") + "\n");

  const db = join(dir, "killed.db");
  let previous = 0;
  for (let round = 0; round < 5; round++) {
    await ingest(db, file, 1200 + Math.floor(Math.random() * 2500));
    const { articles } = check(db);
    assert.ok(articles >= previous, "committed articles are never lost");
    previous = articles;
  }
  assert.equal(await ingest(db, file, null), 0);
  assert.equal(check(db).articles, ARTICLES);

  const clean = join(dir, "clean.db");
  assert.equal(await ingest(clean, file, null), 0);
  assert.equal(await ingest(clean, file, null), 0, "a second run only finds duplicates");
  const back = join(dir, "reversed.db");
  assert.equal(await ingest(back, reversed, null), 0);
  const expected = eventRows(clean);
  assert.ok(expected.length > 0);
  assert.deepEqual(eventRows(db), expected, "killed and resumed = clean");
  assert.deepEqual(eventRows(back), expected, "reverse order = same events and ids");
});
