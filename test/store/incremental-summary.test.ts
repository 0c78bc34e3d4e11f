import assert from "node:assert/strict";
import { storeArticle } from "../../src/ingest/store-article.ts";
import { summarizeEvent } from "../../src/merge/summarize-event.ts";
import type { SubEventType } from "../../src/model/conflict-event.ts";
import type { Article } from "../../src/model/article.ts";
import { reportArticles, summaryReportsOfEvents } from "../../src/store/merge-queries.ts";
import { openStore } from "../../src/store/open-store.ts";
import { queryBuilder } from "../../src/store/store-session.ts";
import type { Store } from "../../src/store/store.ts";
import { testEachBackEnd } from "../back-ends/each-back-end.ts";
import type { EventSpec, PLACES } from "../merge/make-event.ts";
import { type FixtureArticle, fixtureExtractor } from "./fixture-corpus.ts";

const NOW = "2024-03-08T00:00:00Z";

/** Invented example sentences about one shelling of Sarmin, told many ways (no real news text). */
const OPENINGS = [
  "قصفت قوات النظام بلدة سرمين بالمدفعية الثقيلة صباح اليوم",
  "استهدف قصف مدفعي الأحياء السكنية في مدينة سرمين شرقي إدلب",
  "سقطت قذائف على سوق الخضار في سرمين في ساعات الصباح الأولى",
  "تعرضت بلدة سرمين لقصف صاروخي مصدره مواقع قوات النظام",
];
const CLOSINGS = ["وهرعت فرق الدفاع المدني إلى المكان", "ونقل الجرحى إلى المشافي القريبة", "واندلعت حرائق في عدد من المنازل", "وتتعرض المنطقة لقصف متكرر منذ أشهر"];

/** A small seeded generator, so a failure names a reproducible step. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * Articles that add reports to one growing event (and a few beside it) with every field that the
 * summary folds varying: outlets repeated or missing, syndicated copies (one text with a line added,
 * from other outlets and from none), actors and sub-types that tie and overtake, places of each
 * precision, dates of each precision or none, figures and sources present or not, two reports in one
 * article.
 */
function stories(count: number, seed: number): FixtureArticle[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const out: FixtureArticle[] = [];
  for (let i = 0; i < count; i++) {
    const copyOf = i > 2 && next() < 0.3 ? out[Math.floor(next() * out.length)] : undefined;
    const text = copyOf
      ? `${copyOf.article.text} ${pick(CLOSINGS)} (${i}).`
      : `${pick(OPENINGS)}، ما أدى إلى سقوط ضحايا بين المدنيين. ${pick(CLOSINGS)}. ${pick(CLOSINGS)} رقم ${i}.`;
    const outlet = pick(["alpha.example", "beta.example", "gamma.example", "delta.example", null, `outlet${i}.example`, `outlet${i}.example`]);
    const event = (): EventSpec => ({
      sub: pick<SubEventType>(["Shelling/artillery/missile attack", "Shelling/artillery/missile attack", "Air/drone strike"]),
      actor1: pick(["SYR_GOV", "SYR_GOV", "RUS", "UNKNOWN", null]),
      actor2: pick(["CIVILIANS", "CIVILIANS", "OPPOSITION", null]),
      place: pick<keyof typeof PLACES>(["sarmin", "sarmin", "sarminEast", "zawiya"]),
      date: pick(["2024-03-05", "2024-03-05", "2024-03-04", "2024-03-06", null]),
      precision: pick<1 | 2 | 3 | null>([1, 1, 2, 3, null]),
      killed: pick([3, 4, 12, null]),
      injured: pick([5, 0, 30, null]),
      source: pick(["الدفاع المدني", "مراسلنا", "UNKNOWN", null]),
      text,
    });
    const events = next() < 0.15 ? [event(), event()] : [event()];
    out.push({ article: { id: `story-${String(i).padStart(3, "0")}`, url: null, outlet, published: pick(["2024-03-05", "2024-03-06", null]), title: null, text } satisfies Article, events });
  }
  return out;
}

/** Every stored event next to the summary of the reports that point at it, read whole. */
async function storedAndRecomputed(store: Store) {
  const events = await queryBuilder(store).selectFrom("events").selectAll().orderBy("event_id").execute();
  const pairs = [];
  for (const { updated_at: _u, merge_reasons_json: _m, ...stored } of events) {
    const reports = await summaryReportsOfEvents(store, [stored.event_id]);
    pairs.push({ stored, recomputed: summarizeEvent(reports, await reportArticles(store, reports.map((r) => r.article_id))) });
  }
  return pairs;
}

testEachBackEnd("an event that grows one article at a time stays the summary of all its reports at every step", async (backEnd) => {
  const store = await openStore(await backEnd.newStore());
  const articles = stories(60, 7);
  const extract = fixtureExtractor(articles);
  let largest = 0;
  for (const [step, { article }] of articles.entries()) {
    await storeArticle(store, { article, sourceKind: "jsonl", extraction: extract(article), now: NOW });
    for (const { stored, recomputed } of await storedAndRecomputed(store)) {
      assert.deepEqual(stored, recomputed, `after ${article.id} (step ${step}), event ${stored.event_id}`);
      largest = Math.max(largest, stored.n_reports);
    }
  }
  const syndicated = await queryBuilder(store).selectFrom("articles").select("id").where("syndicated_of", "is not", null).execute();
  assert.ok(largest >= 10, `one event gathers many reports (largest: ${largest})`);
  assert.ok(syndicated.length >= 5, `copies are linked (${syndicated.length})`);
  await store.close();
});
