import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openStore } from "../../src/store/open-store.ts";
import { queryBuilder } from "../../src/store/store-session.ts";
import { newDatabase } from "../back-ends/each-back-end.ts";
import { throwawayPostgres } from "../back-ends/throwaway-postgres.ts";
import { generateCorpus } from "./generate-corpus.ts";

const BIN = new URL("../../bin/rasd.js", import.meta.url).pathname;
const ARTICLES = 120;

function rasd(args: readonly string[]): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: "ignore" });
  return { done: new Promise((resolve) => child.on("exit", (code) => resolve(code))), kill: () => child.kill("SIGKILL") };
}

/** Every event (figures, grade, members) and every report's event, without times and link order. */
async function storedEvents(url: string) {
  const store = await openStore(url, { readonly: true });
  try {
    const db = queryBuilder(store);
    const events = (await db.selectFrom("events").selectAll().orderBy("event_id").execute()).map((e) => ({ ...e, updated_at: null, merge_reasons_json: null }));
    const reports = await db.selectFrom("reports").select(["report_key", "event_id"]).orderBy("report_key").execute();
    const articles = Number((await db.selectFrom("articles").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    return { events, reports, articles };
  } finally {
    await store.close();
  }
}

async function committedArticles(url: string): Promise<number> {
  const store = await openStore(url, { readonly: true });
  try {
    return Number((await queryBuilder(store).selectFrom("articles").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
  } catch {
    return 0;
  } finally {
    await store.close();
  }
}

test("four workers ingesting at once, and workers SIGKILLed mid-job, give exactly the events and ids of one process", { timeout: 600_000 }, async (t) => {
  const server = await throwawayPostgres();
  if ("unavailable" in server) return t.skip(`PostgreSQL unavailable: ${server.unavailable}`);
  const dir = mkdtempSync(join(tmpdir(), "rasd-workers-"));
  const file = join(dir, "corpus.jsonl");
  writeFileSync(file, generateCorpus(ARTICLES).map((a) => JSON.stringify(a)).join("\n") + "\n");

  const single = await newDatabase(server.url);
  assert.equal(await rasd(["ingest", "--db", single, "--quiet", file]).done, 0);
  const expected = await storedEvents(single);
  assert.equal(expected.articles, ARTICLES);
  assert.ok(expected.events.length > 10 && expected.events.some((e) => e.n_reports > 1), "the corpus merges");

  const pooled = await newDatabase(server.url);
  assert.equal(await rasd(["enqueue", "--db", pooled, file]).done, 0);
  const workers = [1, 2, 3, 4].map(() => rasd(["worker", "--db", pooled, "--concurrency", "1", "--drain", "--quiet"]));
  assert.deepEqual(await Promise.all(workers.map((w) => w.done)), [0, 0, 0, 0]);
  assert.deepEqual(await storedEvents(pooled), expected, "four workers = one process");

  // A worker killed mid-way: its running job is handed out again after the job timeout.
  const killed = await newDatabase(server.url);
  assert.equal(await rasd(["enqueue", "--db", killed, file]).done, 0);
  const victim = rasd(["worker", "--db", killed, "--concurrency", "2", "--job-timeout", "4", "--quiet"]);
  while ((await committedArticles(killed)) < ARTICLES / 4) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 30)));
  victim.kill();
  assert.equal(await victim.done, null, "killed");
  const rest = [1, 2].map(() => rasd(["worker", "--db", killed, "--concurrency", "2", "--job-timeout", "4", "--drain", "--quiet"]));
  assert.deepEqual(await Promise.all(rest.map((w) => w.done)), [0, 0]);
  assert.deepEqual(await storedEvents(killed), expected, "nothing lost, nothing twice");
});
