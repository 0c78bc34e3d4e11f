import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import SqliteDatabase from "better-sqlite3";
import { loadExtractor } from "../../src/cli/load-extractor.ts";
import { buildApp } from "../../src/server/build-app.ts";
import { openStore } from "../../src/store/open-store.ts";
import { generateCorpus } from "./generate-corpus.ts";

const BIN = new URL("../../bin/rasd.js", import.meta.url).pathname;

/** `rasd ingest` in a child process; resolves with its exit code and stderr. */
function ingest(db: string, file: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "ingest", "--db", db, "--quiet", file], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

function count(path: string, sql: string): number {
  const db = new SqliteDatabase(path, { readonly: true });
  try {
    return Number((db.prepare(sql).get() as { n: number }).n);
  } finally {
    db.close();
  }
}

function reportRows(path: string): unknown[] {
  const db = new SqliteDatabase(path, { readonly: true });
  try {
    return db.prepare("SELECT article_id, ordinal, sub_event_type, actor1, actor2, date, killed, injured FROM reports ORDER BY article_id, ordinal").all();
  } finally {
    db.close();
  }
}

function writeJsonl(path: string, items: readonly unknown[]): string {
  writeFileSync(path, items.map((a) => JSON.stringify(a)).join("\n") + "\n");
  return path;
}

test("two concurrent `rasd ingest` of disjoint halves store every article and every report a clean run stores, exit 0", { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-concurrent-"));
  const corpus = generateCorpus(300);
  const odd = writeJsonl(join(dir, "odd.jsonl"), corpus.filter((_, i) => i % 2 === 1));
  const even = writeJsonl(join(dir, "even.jsonl"), corpus.filter((_, i) => i % 2 === 0));
  const db = join(dir, "shared.db");
  // The database does not exist yet: both processes also create and migrate it at once.
  const [a, b] = await Promise.all([ingest(db, odd), ingest(db, even)]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  assert.equal(count(db, "SELECT count(*) n FROM articles"), corpus.length, "every article stored");
  assert.equal(count(db, "SELECT count(*) n FROM reports WHERE event_id IS NULL OR event_id NOT IN (SELECT event_id FROM events)"), 0, "every report in an event");

  const clean = join(dir, "clean.db");
  assert.equal((await ingest(clean, writeJsonl(join(dir, "all.jsonl"), corpus))).code, 0);
  // Every report a clean run codes is stored. Which reports join into one event may differ: the merge
  // weighs a new report against the events already there, so arrival order can tip a borderline pair
  // (src/merge: an undated report between two days).
  assert.deepEqual(reportRows(db), reportRows(clean), "interleaved writers store the reports of one clean run");
});

test("POST /api/ingest during a CLI ingest loses nothing: every 201 stored what it says", { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "rasd-api-cli-"));
  const corpus = generateCorpus(240);
  const viaCli = writeJsonl(join(dir, "cli.jsonl"), corpus.slice(0, 160));
  const viaApi = corpus.slice(160);
  const db = join(dir, "shared.db");
  const store = await openStore(db);
  const token = "concurrent-token-123";
  const extractor = await loadExtractor();
  const app = await buildApp({ store, token, loadExtractor: async () => extractor });
  try {
    const cli = ingest(db, viaCli);
    // Start posting once the CLI writes, paced by what it committed, never by the clock.
    while (count(db, "SELECT count(*) n FROM articles") === 0) await new Promise((r) => setTimeout(r, 20));
    let storedByApi = 0;
    for (let i = 0; i < viaApi.length; i += 10) {
      const res = await app.inject({ method: "POST", url: "/api/ingest", headers: { authorization: `Bearer ${token}` }, payload: viaApi.slice(i, i + 10) });
      assert.equal(res.statusCode, 201, res.body);
      const body = res.json() as { stored: number };
      assert.equal(body.stored, 10, res.body);
      storedByApi += body.stored;
    }
    const { code, stderr } = await cli;
    assert.equal(code, 0, stderr);
    assert.equal(storedByApi, viaApi.length);
    assert.equal(count(db, "SELECT count(*) n FROM articles"), corpus.length);
  } finally {
    await app.close();
    await store.close();
  }
});
