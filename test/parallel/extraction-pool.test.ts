import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { framingRecordOf } from "../../src/framing/framing-record.ts";
import { defaultFramingLexicon } from "../../src/framing/load-framing-lexicon.ts";
import type { Article } from "../../src/model/article.ts";
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

  it("refuses a number of jobs below one", async () => {
    await assert.rejects(createExtractionPool({ jobs: 0 }), { code: "usage" });
  });
});
