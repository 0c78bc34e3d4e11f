import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { generateCorpus } from "./generate-corpus.ts";

const BIN = new URL("../../bin/rasd.js", import.meta.url).pathname;
const ARTICLES = 400;

function ingest(db: string, file: string): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "ingest", "--db", db, "--quiet", file], { stdio: "ignore" });
    child.on("exit", (code) => resolve(code));
  });
}

/**
 * Ingest, and SIGKILL the process once the store holds at least `killAt` articles, plus a random
 * 0–30 ms so the kill also lands inside a transaction. Paced by what the ingest has committed, never
 * by the clock: a cold start of 4 s on a loaded machine only makes the wait longer. Resolves with the
 * exit code (null when killed; a finished ingest is fine too).
 */
function ingestThenKill(db: string, file: string, killAt: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "ingest", "--db", db, "--quiet", file], { stdio: "ignore" });
    let exited = false;
    const poll = setInterval(() => {
      if (exited || committedArticles(db) < killAt) return;
      clearInterval(poll);
      setTimeout(() => child.kill("SIGKILL"), Math.floor(Math.random() * 30));
    }, 20);
    child.on("exit", (code) => {
      exited = true;
      clearInterval(poll);
      resolve(code);
    });
  });
}

/** Articles committed so far; 0 while the database or its tables do not exist yet. */
function committedArticles(path: string): number {
  if (!existsSync(path)) return 0;
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
    return Number((db.prepare("SELECT count(*) n FROM articles").get() as { n: number }).n);
  } catch {
    return 0; // created but not migrated yet, or locked for a moment: ask again at the next poll
  } finally {
    db?.close();
  }
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
  let kills = 0;
  for (let round = 0; round < 5 && previous < ARTICLES - 1; round++) {
    // Kill at a random point after this run has committed at least one article of its own.
    const killAt = previous + 1 + Math.floor(Math.random() * (ARTICLES - 1 - previous));
    if ((await ingestThenKill(db, file, killAt)) === null) kills++;
    const { articles } = check(db);
    assert.ok(articles >= previous, "committed articles are never lost");
    previous = articles;
  }
  assert.ok(kills > 0, "at least one ingest was killed half-way");
  assert.equal(await ingest(db, file), 0);
  assert.equal(check(db).articles, ARTICLES);

  const clean = join(dir, "clean.db");
  assert.equal(await ingest(clean, file), 0);
  assert.equal(await ingest(clean, file), 0, "a second run only finds duplicates");
  const back = join(dir, "reversed.db");
  assert.equal(await ingest(back, reversed), 0);
  const expected = eventRows(clean);
  assert.ok(expected.length > 0);
  assert.deepEqual(eventRows(db), expected, "killed and resumed = clean");
  // The reasons record which report was linked to which, in the order they came: only they may differ.
  const withoutReasons = (rows: unknown[]) => rows.map((row) => ({ ...(row as Record<string, unknown>), merge_reasons_json: null }));
  assert.deepEqual(withoutReasons(eventRows(back)), withoutReasons(expected), "reverse order = same events and ids");
});
