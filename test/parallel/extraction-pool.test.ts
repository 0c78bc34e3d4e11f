import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { framingRecordOf } from "../../src/framing/framing-record.ts";
import { defaultFramingLexicon } from "../../src/framing/load-framing-lexicon.ts";
import type { Article } from "../../src/model/article.ts";
import { extractJobs } from "../../src/cli/jobs-option.ts";
import { OUTPUT_FORMATS } from "../../src/io/render-events.ts";
import { createExtractionPool, type ExtractionPool } from "../../src/parallel/extraction-pool.ts";

// Invented reports in the style of the news; the ids say which is which.
const article = (id: string, text: string): Article => ({ id, url: null, outlet: null, published: "2024-03-05", title: "", text });
const ARTICLES: readonly Article[] = [
  article("a1", "قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل جنوبي إدلب صباح اليوم، ما أدى إلى مقتل مدنيين اثنين."),
  article("a2", "دارت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور الملاجة في ريف إدلب الجنوبي."),
  article("a3", "افتتحت البلدية حديقة جديدة في وسط المدينة."),
  article("a4", "شنت الطائرات الحربية غارات على مدينة سرمين شرقي إدلب، وأصيب ثلاثة مدنيين."),
];

/** Items as a reader gives them: articles with, between them, items that are not articles. */
async function* items(): AsyncGenerator<{ readonly article: Article | null; readonly n: number }> {
  let n = 0;
  for (const a of ARTICLES) {
    yield { article: null, n: n++ };
    for (let copy = 0; copy < 10; copy++) yield { article: { ...a, id: `${a.id}-${copy}` }, n: n++ };
  }
}

describe("the extraction pool", () => {
  let one: ExtractionPool;
  let two: ExtractionPool;
  let shared: ExtractionPool;
  let bounded: ExtractionPool;
  before(async () => {
    [one, two, shared, bounded] = await Promise.all([
      createExtractionPool({ jobs: 1 }),
      createExtractionPool({ jobs: 2 }),
      createExtractionPool({ jobs: 2, inThread: true }),
      createExtractionPool({ jobs: 2, inThread: true, boundedHeap: true }),
    ]);
  });
  after(async () => {
    await Promise.all([one.close(), two.close(), shared.close(), bounded.close()]);
  });

  it("gives every item back in input order, with the outcomes of one thread", async () => {
    const collect = async (pool: ExtractionPool) => {
      const out: { n: number; outcome: unknown }[] = [];
      for await (const { item, outcome } of pool.inOrder(items(), (i) => i.article)) out.push({ n: item.n, outcome });
      return out;
    };
    const [inThread, inWorkers, sharedWithThisThread, withBoundedHeap] = [await collect(one), await collect(two), await collect(shared), await collect(bounded)];
    assert.equal(JSON.stringify(sharedWithThisThread), JSON.stringify(inThread), "this thread and a worker: same outcomes, same order");
    assert.equal(JSON.stringify(withBoundedHeap), JSON.stringify(inThread), "a bounded heap changes memory, not outcomes");
    assert.deepEqual(inWorkers.map((o) => o.n), Array.from({ length: 44 }, (_, i) => i), "order");
    assert.equal(inWorkers.filter((o) => o.outcome === null).length, 4, "items that are not articles pass through");
    assert.equal(JSON.stringify(inWorkers), JSON.stringify(inThread), "same outcomes as in one thread");
    assert.ok(inWorkers.some((o) => JSON.stringify(o.outcome).includes('"event_type"')), "events were extracted");
  });

  it("reads each article's framing summary in the workers when asked, as this thread would", async () => {
    const framing = await createExtractionPool({ jobs: 2, framing: true });
    try {
      const lexicon = defaultFramingLexicon();
      for await (const { item, outcome } of framing.inOrder(items(), (i) => i.article)) {
        if (item.article === null) continue;
        assert.equal(outcome?.kind, "extracted", item.article.id);
        if (outcome?.kind !== "extracted") continue;
        assert.deepEqual(outcome.framing, framingRecordOf(item.article, lexicon), `${item.article.id}: the framing read here`);
      }
      for await (const { outcome } of two.inOrder(items(), (i) => i.article)) if (outcome?.kind === "extracted") assert.equal(outcome.framing, undefined, "not asked: not read");
    } finally {
      await framing.close();
    }
  });

  it("renders each article in the output format where it was extracted, the same on any number of threads, in order", async () => {
    // Many more articles than a batch or the window holds, and one that makes the extractor throw
    // (no text) in the middle of a batch: its neighbours are extracted, it fails alone, in its place.
    const broken = { ...ARTICLES[0]!, id: "broken", text: null } as unknown as Article;
    async function* many(): AsyncGenerator<{ readonly article: Article | null; readonly n: number }> {
      let n = 0;
      for await (const item of items()) yield { ...item, n: n++ };
      yield { article: broken, n: n++ };
      for await (const item of items()) yield { ...item, n: n++ };
    }
    for (const format of OUTPUT_FORMATS) {
      const runs = [];
      for (const options of [{ jobs: 1 }, { jobs: 2 }, { jobs: 2, inThread: true }, { jobs: 3, inThread: true }]) {
        const pool = await createExtractionPool({ ...options, render: format });
        try {
          const out: { n: number; outcome: unknown }[] = [];
          for await (const { item, outcome } of pool.inOrder(many(), (i) => i.article)) out.push({ n: item.n, outcome });
          runs.push(out);
        } finally {
          await pool.close();
        }
      }
      const [one, ...others] = runs;
      assert.deepEqual(one!.map((o) => o.n), Array.from({ length: 89 }, (_, i) => i), `${format}: every item, in order`);
      const failed = one!.filter((o) => (o.outcome as { kind?: string } | null)?.kind === "failed");
      assert.deepEqual(failed.map((o) => o.n), [44], `${format}: only the broken article fails`);
      assert.ok(one!.some((o) => ((o.outcome as { events?: number } | null)?.events ?? 0) > 0), `${format}: events were rendered`);
      for (const other of others) assert.deepEqual(other, one, `${format}: the same outcomes on every number of threads`);
    }
  });

  it("sends a partly filled batch when the input ends or pauses, instead of waiting for a full one", async () => {
    // Three articles, a pause of the reader between them: were articles held until a batch is full,
    // the pool would wait for a fourth that never comes.
    async function* few(): AsyncGenerator<Article> {
      for (let i = 0; i < 3; i++) {
        yield { ...ARTICLES[i]!, id: `few-${i}` };
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    const ids: string[] = [];
    const run = (async () => {
      for await (const { item, outcome } of two.inOrder(few(), (a) => a)) if (outcome?.kind === "extracted") ids.push(item.id);
    })();
    const timeout = new Promise<"stuck">((resolve) => setTimeout(() => resolve("stuck"), 20_000).unref());
    assert.notEqual(await Promise.race([run.then(() => "done" as const), timeout]), "stuck");
    assert.deepEqual(ids, ["few-0", "few-1", "few-2"]);
  });

  it("rasd extract's default: one thread on one or two cores, where a second never paid for its warming", () => {
    assert.equal(extractJobs(1), 1);
    assert.equal(extractJobs(2), 1);
    assert.equal(extractJobs(8), 8);
  });

  it("refuses a number of jobs below one", async () => {
    await assert.rejects(createExtractionPool({ jobs: 0 }), { code: "usage" });
  });
});
