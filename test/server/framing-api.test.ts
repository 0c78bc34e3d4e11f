import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/build-app.ts";
import { ingestExampleArticles } from "../../src/server/ingest-example-articles.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";

/**
 * The framing routes over a store of invented articles: two outlets in the registers of two camps,
 * both telling the same shelling of the same town, plus one article quoting the other side.
 */
const ARTICLES = [
  {
    id: "fr-gov-1",
    url: "https://state-example.sy/a/1",
    outlet: "state-example.sy",
    published: "2024-06-03",
    title: "وحدات الجيش العربي السوري تدك أوكار الإرهابيين في ريف إدلب",
    text: "استهدفت وحدات من الجيش العربي السوري بالمدفعية الثقيلة اليوم الاثنين تجمعات التنظيمات الإرهابية في مدينة معرة النعمان بريف إدلب الجنوبي، وأفاد مراسل سانا بأن القصف أسفر عن مقتل عدد من الإرهابيين وتدمير أسلحتهم.",
  },
  {
    id: "fr-gov-2",
    url: "https://state-example.sy/a/2",
    outlet: "state-example.sy",
    published: "2024-06-04",
    title: "الجيش يحرر قرية جديدة من الإرهاب",
    text: "حررت وحدات الجيش العربي السوري قرية التح في ريف إدلب الجنوبي من التنظيمات الإرهابية بعد معارك عنيفة، وذكر مصدر عسكري أن الجيش يلاحق فلول الإرهابيين في المنطقة.",
  },
  {
    id: "fr-opp-1",
    url: "https://revolution-example.net/n/1",
    outlet: "revolution-example.net",
    published: "2024-06-03",
    title: "قصف لقوات النظام على معرة النعمان",
    text: "قصفت قوات النظام بالمدفعية الثقيلة اليوم الاثنين مدينة معرة النعمان في ريف إدلب الجنوبي، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين، بحسب ما أفاد الدفاع المدني السوري. وقال مراسلنا إن الثوار ردوا على مصادر القصف.",
  },
  {
    id: "fr-opp-2",
    url: "https://revolution-example.net/n/2",
    outlet: "revolution-example.net",
    published: "2024-06-05",
    title: "فصائل المعارضة تصد محاولة تقدم لميليشيات الأسد",
    text: "صدت فصائل المعارضة محاولة تقدم لقوات النظام وميليشيات الأسد على محور كفرنبل جنوبي إدلب، وقالت وكالة سانا التابعة للنظام إن \"الجيش قضى على إرهابيين\"، فيما أكد مصدر عسكري في الفصائل مقتل عدد من عناصر النظام.",
  },
];

let store: Store;
let app: FastifyInstance;
let dir: string;

interface OutletItem {
  id: string;
  name: string;
  articles: number;
  events: number;
  framing: { camp: string; confidence: number; articles: number; terms: { term: string; forms: string[] }[]; sources: { kind: string; share: number }[] } | null;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "rasd-framing-api-"));
  const file = join(dir, "articles.jsonl");
  writeFileSync(file, ARTICLES.map((a) => JSON.stringify(a)).join("\n") + "\n");
  store = await openStore(":memory:");
  const summary = await ingestExampleArticles(store, [file]);
  assert.equal(summary.stored, ARTICLES.length);
  app = await buildApp({ store });
});

after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() as T };
}

describe("GET /api/outlets with framing", () => {
  it("gives each outlet the camp of its register, its terms and sources", async () => {
    const { status, body } = await getJson<{ items: OutletItem[] }>("/api/outlets");
    assert.equal(status, 200);
    const gov = body.items.find((o) => o.id === "state-example.sy");
    const opp = body.items.find((o) => o.id === "revolution-example.net");
    assert.ok(gov?.framing && opp?.framing, JSON.stringify(body.items));
    assert.equal(gov.framing.camp, "government");
    assert.equal(opp.framing.camp, "opposition");
    assert.equal(gov.framing.articles, 2);
    assert.ok(gov.framing.confidence > 0 && gov.framing.confidence <= 1);
    assert.ok(gov.framing.terms.some((t) => t.forms.some((f) => f.includes("الإرهابي"))), JSON.stringify(gov.framing.terms));
    assert.ok(opp.framing.terms.some((t) => t.forms.some((f) => f.includes("قوات النظام"))), JSON.stringify(opp.framing.terms));
    for (const s of opp.framing.sources) assert.ok(s.share > 0 && s.share <= 1);
    // The counts of the plain listing are still there.
    assert.equal(opp.articles, 2);
  });
});

describe("GET /api/articles/:id/framing", () => {
  it("reads the camp with indicator spans that point into the original text", async () => {
    const { status, body } = await getJson<{ camp: string; confidence: number; indicators: { start: number; end: number; text: string; camp: string; voice: string }[]; evidence: unknown[] }>("/api/articles/fr-gov-1/framing");
    assert.equal(status, 200);
    assert.equal(body.camp, "government");
    assert.ok(body.evidence.length > 0);
    const text = ARTICLES[0]!.text;
    assert.ok(body.indicators.length >= 2);
    for (const ind of body.indicators) assert.equal(text.slice(ind.start, ind.end), ind.text);
    assert.equal((await getJson<{ camp: string }>("/api/articles/fr-opp-1/framing")).body.camp, "opposition");
  });

  it("marks the other side's quoted words as reported speech", async () => {
    const { body } = await getJson<{ camp: string; indicators: { text: string; voice: string; camp: string }[] }>("/api/articles/fr-opp-2/framing");
    assert.equal(body.camp, "opposition");
    const quoted = body.indicators.filter((i) => i.camp === "government");
    assert.ok(quoted.length > 0, JSON.stringify(body.indicators));
    assert.ok(quoted.every((i) => i.voice !== "own"), JSON.stringify(quoted));
    assert.ok(body.indicators.some((i) => i.voice === "own" && i.camp === "opposition"));
  });

  it("answers 404 for an unknown article", async () => {
    const res = await getJson<{ error: { code: string } }>("/api/articles/nope/framing");
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, "not-found");
  });
});

describe("GET /api/events/:id/compare", () => {
  it("sets the reports of one event side by side, with each outlet's camp", async () => {
    const events = await getJson<{ items: { event_id: string; n_outlets: number }[] }>("/api/events?limit=500");
    const shared = events.body.items.find((e) => e.n_outlets >= 2);
    assert.ok(shared, `an event told by both outlets: ${JSON.stringify(events.body.items)}`);
    const { status, body } = await getJson<{
      event_id: string;
      reports: { outlet: string; article_id: string }[];
      actors: { key: string; names: { outlet: string; as_written: string | null }[] }[];
      killed: { by_outlet: { outlet: string; value: number | null }[] };
      omissions: { outlet: string; field: string; stated_by: string[] }[];
      outlets: { outlet: string; camp: string }[];
    }>(`/api/events/${shared.event_id}/compare`);
    assert.equal(status, 200);
    assert.equal(body.event_id, shared.event_id);
    assert.ok(body.reports.length >= 2);
    const camps = Object.fromEntries(body.outlets.map((o) => [o.outlet, o.camp]));
    assert.deepEqual(camps, { "state-example.sy": "government", "revolution-example.net": "opposition" });
    assert.equal(body.killed.by_outlet.length, body.reports.length);
    for (const o of body.omissions) assert.ok(!o.stated_by.includes(o.outlet));
  });

  it("answers 404 for an unknown event", async () => {
    const res = await getJson<{ error: { code: string } }>("/api/events/nope/compare");
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, "not-found");
  });

  it("is described in the OpenAPI document", async () => {
    const { body } = await getJson<{ paths: Record<string, unknown> }>("/api/openapi.json");
    for (const path of ["/api/outlets", "/api/articles/{id}/framing", "/api/events/{id}/compare"]) assert.ok(path in body.paths, path);
  });
});
