/**
 * The closing figure of analyst review: does a newsroom's own review teach its extractor?
 *
 *   node --import tsx scripts/review-before-after.ts /tmp/review-figure
 *
 * 1. Half of ../shared/eval/train (every other article) stands for new articles nobody labelled.
 * 2. before: models trained on the other half only; dev event F1 of that extractor.
 * 3. The new half is ingested into a store and reviewed through the HTTP API with an editor's token:
 *    a scripted analyst reads each event against the train gold of its article (standing in for a
 *    person reading the article) — accepts it, corrects its type, actors, toll, date, or rejects it.
 *    Events the machine missed cannot be added in review, so they stay missing (as in real review).
 * 4. `rasd export --format gold` of the reviewed store; after: models trained on the first half plus
 *    that file; dev event F1 again. Dev is read only as a number (score.mjs), never to tune.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, createWriteStream } from "node:fs";
import { join } from "node:path";
import { createExtractor } from "../src/extract/create-extractor.ts";
import { matchEvents } from "../src/eval/match-events.ts";
import type { ScoredEvent } from "../src/eval/scoring-types.ts";
import { writeGoldJsonl } from "../src/export/write-gold-jsonl.ts";
import { DEFAULT_MODEL_DIR, loadLearnedModels } from "../src/learn/load-learned-models.ts";
import type { Article } from "../src/model/article.ts";
import { loadResources } from "../src/resources/load-resources.ts";
import { hashPassword } from "../src/review/password-hash.ts";
import { buildApp } from "../src/server/build-app.ts";
import { ingestExampleArticles } from "../src/server/ingest-example-articles.ts";
import { openStore } from "../src/store/open-store.ts";
import { insertUser } from "../src/store/review/user-queries.ts";
import { insertApiToken } from "../src/store/review/api-token-queries.ts";
import { newSecretToken, tokenDigest } from "../src/server/auth/secret-token.ts";

const out = process.argv[2] ?? "/tmp/review-figure";
mkdirSync(out, { recursive: true });
const shared = new URL("../../shared/eval/", import.meta.url).pathname;
const jsonl = <T>(path: string): T[] => readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const train = jsonl<Article>(join(shared, "train/articles.jsonl"));
const trainGold = new Map(jsonl<{ id: string; events: ScoredEvent[] }>(join(shared, "train/gold.jsonl")).map((g) => [g.id, g.events ?? []]));
const newHalf = train.filter((_, i) => i % 2 === 1);
writeFileSync(join(out, "new-half.jsonl"), newHalf.map((a) => `${JSON.stringify(a)}\n`).join(""));

const trainModels = (dir: string, extra: string[]) =>
  execFileSync("node", ["--import", "tsx", "scripts/train-models.ts", "--without", join(out, "new-half.jsonl"), "--out", dir, ...extra], { stdio: ["ignore", "pipe", "inherit"] }).toString();

async function devF1(modelDir: string, name: string): Promise<string> {
  const resources = await loadResources();
  const extract = createExtractor({ ...resources, models: loadLearnedModels(modelDir) });
  const lines = jsonl<Article>(join(shared, "dev/articles.jsonl")).flatMap((a) => extract(a).events.map((e) => JSON.stringify(e)));
  const file = join(out, `dev-${name}.jsonl`);
  writeFileSync(file, lines.map((l) => `${l}\n`).join(""));
  const score = execFileSync("node", [join(shared, "score.mjs"), join(shared, "dev/gold.jsonl"), file]).toString();
  return score.split("\n").find((l) => /event/i.test(l) && /F1/i.test(l)) ?? score.split("\n").slice(0, 3).join(" | ");
}

console.log(trainModels(join(out, "before"), []).trim());
const before = await devF1(join(out, "before"), "before");
console.log(`before: ${before}`);

// Review the new half through the API, as an editor with a token.
const store = await openStore(join(out, "review.db"));
const now = new Date().toISOString();
await insertUser(store, { name: "analyst", role: "editor", password_hash: await hashPassword(`pw-${now}`), created_at: now, password_changed_at: now });
await ingestExampleArticles(store, [join(out, "new-half.jsonl")]);
const app = await buildApp({ store });
const token = newSecretToken("rasd_");
await insertApiToken(store, { token_hash: tokenDigest(token), user_name: "analyst", label: "figure", created_at: now });
const decide = async (id: string, body: object) => {
  const res = await app.inject({ method: "POST", url: `/api/events/${id}/decisions`, headers: { authorization: `Bearer ${token}` }, payload: body });
  if (res.statusCode !== 200) throw new Error(`${id}: ${res.body}`);
};
const counts = { accepted: 0, corrected: 0, rejected: 0, fields: 0 };
const page = (await app.inject({ url: "/api/events?limit=5000" })).json() as { items: { event_id: string }[] };
for (const { event_id } of page.items) {
  const event = (await app.inject({ url: `/api/events/${event_id}` })).json() as { event_type: string; sub_event_type: string; actor1: string | null; actor2: string | null; fatalities: number | null; injured_min: number | null; date: string | null; claims: { article_id: string; event_type: string; place_name: string; date: string | null; sub_event_type: string; actor1: string | null; actor2: string | null; killed: number | null; injured: number | null }[] };
  const claim = event.claims[0]!;
  const system: ScoredEvent = { event_type: claim.event_type, sub_event_type: claim.sub_event_type, actor1: claim.actor1, actor2: claim.actor2, location: { name_ar: claim.place_name }, date: claim.date, killed: claim.killed, injured: claim.injured };
  const match = matchEvents(trainGold.get(claim.article_id) ?? [], [system]).matched[0]?.gold;
  if (match === undefined) {
    await decide(event_id, { action: "reject", reason: "no such event in the article" });
    counts.rejected++;
    continue;
  }
  const fields: Record<string, unknown> = {};
  if (match.sub_event_type !== event.sub_event_type) fields["sub_event_type"] = match.sub_event_type;
  for (const f of ["actor1", "actor2"] as const) if ((match[f] ?? null) !== event[f] && typeof match[f] === "string" && /^[A-Z_]+$/.test(match[f] as string)) fields[f] = match[f];
  if (typeof match.killed === "number" && match.killed !== event.fatalities) fields["fatalities"] = match.killed;
  if (typeof match.injured === "number" && match.injured !== event.injured_min) fields["injured"] = match.injured;
  if (typeof match.date === "string" && match.date !== event.date) fields["date"] = match.date;
  if (Object.keys(fields).length > 0) {
    await decide(event_id, { action: "correct", fields, reason: "read in the article" });
    counts.corrected++;
    counts.fields += Object.keys(fields).length;
  } else counts.accepted++;
  await decide(event_id, { action: "accept" });
}
const goldFile = join(out, "reviewed-gold.jsonl");
const stream = createWriteStream(goldFile);
const goldLines = await writeGoldJsonl(store, stream);
await new Promise((resolve) => stream.end(resolve));
await app.close();
await store.close();
console.log(`review of ${newHalf.length} new articles, ${page.items.length} events: ${JSON.stringify(counts)}; gold lines ${goldLines}`);

console.log(trainModels(join(out, "after"), ["--gold", goldFile]).trim());
const after = await devF1(join(out, "after"), "after");
console.log(`after: ${after}`);
console.log(`reference, the shipped models (both halves with the shared gold): ${await devF1(DEFAULT_MODEL_DIR, "shipped")}`);
