import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import pg from "pg";
import { storeArticle } from "../../src/ingest/store-article.ts";
import { openStore } from "../../src/store/open-store.ts";
import { newDatabase } from "../back-ends/each-back-end.ts";
import { throwawayPostgres } from "../back-ends/throwaway-postgres.ts";
import { generateCorpus } from "./generate-corpus.ts";

const BIN = new URL("../../bin/rasd.js", import.meta.url).pathname;

function rasd(args: readonly string[]): { done: Promise<{ code: number | null; stdout: string; stderr: string }>; pid: number } {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return { pid: child.pid!, done: new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr }))) };
}

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const count = async (url: string, text: string) => Number((await query<{ n: string }>(url, text))[0]!.n);

function corpusFile(name: string, articles: readonly unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "rasd-dead-")), name);
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  return file;
}

test("a poison article goes to the dead-letter queue, its turn is closed as failed, later articles are stored; a stale retry stores nothing", { timeout: 300_000 }, async (t) => {
  const server = await throwawayPostgres();
  if ("unavailable" in server) return t.skip(`PostgreSQL unavailable: ${server.unavailable}`);
  const corpus = generateCorpus(12);
  const poison = corpus[3]!;
  const url = await newDatabase(server.url);
  await (await openStore(url)).close(); // migrate, so the trigger below has its table
  // Storing this one article throws every time, as a constraint violation would (invented example).
  await query(url, `CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN IF NEW.id = '${poison.id}' THEN RAISE EXCEPTION 'example poison row'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await query(url, "CREATE TRIGGER refuse_poison BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION refuse_poison()");

  assert.equal((await rasd(["enqueue", "--db", url, corpusFile("c.jsonl", corpus)]).done).code, 0);
  assert.equal(await count(url, "SELECT count(*) AS n FROM ingest_turns"), 12);
  assert.equal(await count(url, "SELECT count(*) AS n FROM pgboss.job WHERE name = 'rasd-ingest'"), 12, "one job per turn");

  const started = Date.now();
  const workers = [1, 2].map(() => rasd(["worker", "--db", url, "--concurrency", "2", "--job-timeout", "20", "--drain", "--quiet"]));
  for (const w of workers) assert.equal((await w.done).code, 0);
  assert.ok(Date.now() - started < 120_000, `drained in ${Date.now() - started} ms despite the poison`);

  const stored = (await query<{ id: string }>(url, "SELECT id FROM articles ORDER BY id")).map((r) => r.id);
  assert.deepEqual(stored, corpus.filter((a) => a.id !== poison.id).map((a) => a.id).sort(), "every article but the poison, the later ones included");
  assert.equal(await count(url, "SELECT count(*) AS n FROM ingest_turns WHERE done = 0"), 0);
  assert.equal(await count(url, "SELECT count(*) AS n FROM pgboss.job WHERE name = 'rasd-ingest-dead'"), 1, "the poison job went to the dead-letter queue");

  const failed = await rasd(["worker", "--db", url, "--failed"]).done;
  assert.equal(failed.code, 0);
  const lines = failed.stdout.trim().split("\n");
  assert.equal(lines.length, 1, failed.stdout);
  const [turn, articleId, source, reason] = lines[0]!.split("\t");
  assert.equal(turn, "4");
  assert.equal(articleId, poison.id);
  assert.match(source!, /c\.jsonl:4$/);
  assert.match(reason!, /gave up after 4 attempts: .*example poison row/);

  // A stale attempt of the poison job (its worker hung past the timeout) finishing now stores nothing.
  await query(url, "DROP TRIGGER refuse_poison ON articles");
  const store = await openStore(url);
  try {
    const outcome = await storeArticle(store, { article: poison, sourceKind: "jsonl", extraction: { events: [], spans: [] } as never, now: "2024-01-01T00:00:00Z", turn: 4 });
    assert.equal(outcome.status, "conflict");
  } finally {
    await store.close();
  }
  assert.equal(await count(url, `SELECT count(*) AS n FROM articles WHERE id = '${poison.id}'`), 0);
});

test("rasd enqueue takes turns and queues jobs in one transaction: a failed enqueue leaves neither", { timeout: 120_000 }, async (t) => {
  const server = await throwawayPostgres();
  if ("unavailable" in server) return t.skip(`PostgreSQL unavailable: ${server.unavailable}`);
  const url = await newDatabase(server.url);
  const corpus = generateCorpus(6);
  assert.equal((await rasd(["enqueue", "--db", url, corpusFile("a.jsonl", corpus.slice(0, 3))]).done).code, 0);
  // A NUL character cannot go into a PostgreSQL jsonb job: the job insert fails after the turns were taken.
  const broken = [...corpus.slice(3), { ...corpus[5]!, id: "example-nul", url: "https://alpha.example/nul", text: `${corpus[5]!.text}\u0000` }];
  const failing = await rasd(["enqueue", "--db", url, corpusFile("b.jsonl", broken)]).done;
  assert.notEqual(failing.code, 0, failing.stderr);
  assert.equal(await count(url, "SELECT count(*) AS n FROM ingest_turns"), 3, "no turn of the failed enqueue");
  assert.equal(await count(url, "SELECT count(*) AS n FROM pgboss.job WHERE name = 'rasd-ingest'"), 3, "no job of the failed enqueue");
  assert.equal((await rasd(["worker", "--db", url, "--drain", "--quiet", "--job-timeout", "20"]).done).code, 0, "the queue is whole: workers drain it");
  assert.equal(await count(url, "SELECT count(*) AS n FROM articles"), 3);
});

test("a hung worker's job is taken over within the job timeout, not after the 300 s jobs were queued with", { timeout: 300_000 }, async (t) => {
  const server = await throwawayPostgres();
  if ("unavailable" in server) return t.skip(`PostgreSQL unavailable: ${server.unavailable}`);
  const url = await newDatabase(server.url);
  const corpus = generateCorpus(40);
  assert.equal((await rasd(["enqueue", "--db", url, corpusFile("c.jsonl", corpus)]).done).code, 0);
  const hung = rasd(["worker", "--db", url, "--concurrency", "2", "--job-timeout", "4", "--quiet"]);
  try {
    while ((await count(url, "SELECT count(*) AS n FROM articles").catch(() => 0)) < 5) await new Promise((resolve) => setTimeout(resolve, 20));
    // Hung: holds its jobs (and maybe the write lock) but does nothing. Stopped again until caught holding a job.
    for (let tries = 0; ; tries++) {
      process.kill(hung.pid, "SIGSTOP");
      if ((await count(url, "SELECT count(*) AS n FROM pgboss.job WHERE name = 'rasd-ingest' AND state = 'active'")) >= 1) break;
      assert.ok(tries < 200, "the hung worker never held a job");
      process.kill(hung.pid, "SIGCONT");
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
    const started = Date.now();
    const rescuer = await rasd(["worker", "--db", url, "--concurrency", "2", "--job-timeout", "4", "--drain", "--quiet"]).done;
    assert.equal(rescuer.code, 0, rescuer.stderr);
    const took = Date.now() - started;
    assert.equal(await count(url, "SELECT count(*) AS n FROM articles"), corpus.length, "nothing lost");
    assert.equal(await count(url, "SELECT count(*) AS n FROM ingest_turns WHERE failure IS NOT NULL"), 0, "nothing given up");
    assert.ok(took < 60_000, `taken over and drained in ${took} ms`);
  } finally {
    process.kill(hung.pid, "SIGKILL");
    await hung.done;
  }
});
