import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/build-app.ts";
import { ingestExampleArticles } from "../../src/server/ingest-example-articles.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";
import { backEnds } from "../back-ends/each-back-end.ts";

interface Page {
  total: number;
  page: number;
  limit: number;
  pages: number;
  next_cursor: string | null;
  items: { event_id: string; admin1: string | null; date: string | null; event_type: string; lat: number | null; lon: number | null; grade: string }[];
}

const ARTICLE = {
  id: "api-new-1",
  url: "https://gamma.example/n/1",
  outlet: "gamma.example",
  published: "2024-05-02",
  title: null,
  text: "قصفت قوات النظام صباح اليوم بلدة سرمين في ريف إدلب الشرقي بالمدفعية الثقيلة، ما أدى إلى مقتل مدنيين اثنين وإصابة ثلاثة آخرين.",
};

for (const { backEnd, skip } of await backEnds()) {
  describe(`the API over ${backEnd.name}`, { skip }, () => {
    let store: Store;
    let app: FastifyInstance;
    let writable: FastifyInstance;
    const TOKEN = "test-token-123456";

    before(async () => {
      store = await openStore(await backEnd.newStore());
      const summary = await ingestExampleArticles(store);
      assert.ok(summary.stored >= 30, `examples ingested (${summary.stored})`);
      app = await buildApp({ store });
      writable = await buildApp({ store, token: TOKEN, bodyLimit: 64 * 1024 });
    });

    after(async () => {
      await app.close();
      await writable.close();
      await store.close();
    });

    async function getJson<T>(url: string, instance = app): Promise<{ status: number; body: T }> {
      const res = await instance.inject({ method: "GET", url });
      return { status: res.statusCode, body: res.json() as T };
    }

    describe("GET /api/events", () => {
      it("pages through every event exactly once", async () => {
        const first = await getJson<Page>("/api/events?limit=10&page=1");
        assert.equal(first.status, 200);
        assert.ok(first.body.total > 10);
        assert.equal(first.body.items.length, 10);
        assert.equal(first.body.pages, Math.ceil(first.body.total / 10));
        const seen = new Set<string>();
        for (let page = 1; page <= first.body.pages; page++) {
          const { body } = await getJson<Page>(`/api/events?limit=10&page=${page}`);
          for (const e of body.items) seen.add(e.event_id);
        }
        assert.equal(seen.size, first.body.total);
        const beyond = await getJson<Page>(`/api/events?limit=10&page=${first.body.pages + 1}`);
        assert.equal(beyond.body.items.length, 0);
      });

      it("walks by cursor through the same events in the same order as page numbers, and refuses a forged cursor", async () => {
        const all = await getJson<Page>("/api/events?limit=5000");
        const walked: string[] = [];
        let url = "/api/events?limit=7";
        for (let guard = 0; guard < 1000; guard++) {
          const { status, body } = await getJson<Page>(url);
          assert.equal(status, 200);
          walked.push(...body.items.map((e) => e.event_id));
          if (body.next_cursor === null) break;
          url = `/api/events?limit=7&cursor=${encodeURIComponent(body.next_cursor)}`;
        }
        assert.deepEqual(walked, all.body.items.map((e) => e.event_id));
        assert.equal(all.body.next_cursor, null);
        const forged = await getJson<{ error: { code: string } }>("/api/events?cursor=bm90LWEtY3Vyc29y");
        assert.equal(forged.status, 400);
        assert.equal(forged.body.error.code, "bad-request");
      });

      it("filters by governorate, type, date range and grade", async () => {
        const all = await getJson<Page>("/api/events?limit=5000");
        const idlib = await getJson<Page>("/api/events?limit=5000&admin1=idlib");
        assert.ok(idlib.body.total > 0 && idlib.body.total < all.body.total);
        assert.ok(idlib.body.items.every((e) => e.admin1 === "Idlib"));
        const type = all.body.items[0]!.event_type;
        const typed = await getJson<Page>(`/api/events?limit=5000&type=${encodeURIComponent(type)}`);
        assert.equal(typed.body.total, all.body.items.filter((e) => e.event_type === type).length);
        const dated = all.body.items.map((e) => e.date).filter((d): d is string => d !== null).sort();
        const mid = dated[Math.floor(dated.length / 2)]!;
        const range = await getJson<Page>(`/api/events?limit=5000&from=${mid}&to=${mid}`);
        assert.ok(range.body.total >= 1);
        assert.ok(range.body.items.every((e) => e.date === mid));
        const single = await getJson<Page>("/api/events?limit=5000&grade=single%20source");
        assert.ok(single.body.items.every((e) => e.grade === "single source"));
      });

      it("filters by bounding box and by outlet", async () => {
        const all = await getJson<Page>("/api/events?limit=5000");
        const inBox = all.body.items.filter((e) => e.lon !== null && e.lat !== null && e.lon >= 36 && e.lon <= 37 && e.lat >= 35.5 && e.lat <= 36.5);
        const boxed = await getJson<Page>("/api/events?limit=5000&bbox=36,35.5,37,36.5");
        assert.equal(boxed.body.total, inBox.length);
        assert.ok(boxed.body.total > 0);
        const outlets = await getJson<{ items: { id: string; events: number }[] }>("/api/outlets");
        const outlet = outlets.body.items.find((o) => o.events > 0)!;
        const byOutlet = await getJson<Page>(`/api/events?limit=5000&outlet=${encodeURIComponent(outlet.id)}`);
        assert.equal(byOutlet.body.total, outlet.events);
      });

      it("answers GeoJSON with [lon, lat] points", async () => {
        const res = await app.inject({ method: "GET", url: "/api/events?format=geojson&limit=5000" });
        assert.equal(res.statusCode, 200);
        assert.match(res.headers["content-type"] as string, /geo\+json/);
        const fc = res.json() as { type: string; total: number; features: { id: string; geometry: { coordinates: [number, number] } | null; properties: { event_type: string } }[] };
        assert.equal(fc.type, "FeatureCollection");
        assert.equal(fc.features.length, fc.total);
        const placed = fc.features.filter((f) => f.geometry !== null);
        assert.ok(placed.length > 0);
        for (const f of placed) {
          const [lon, lat] = f.geometry!.coordinates;
          assert.ok(lon > 35 && lon < 43 && lat > 32 && lat < 38, `${f.id} in Syria: ${lon},${lat}`);
        }
      });

      it("rejects bad parameters with a JSON 400", async () => {
        for (const query of ["from=yesterday", "bbox=1,2,3", "bbox=40,30,35,36", "limit=0", "limit=99999", "page=0", "grade=rumour", "format=xml"]) {
          const res = await getJson<{ error: { code: string; message: string } }>(`/api/events?${query}`);
          assert.equal(res.status, 400, query);
          assert.equal(res.body.error.code, "bad-parameter", query);
        }
      });
    });

    describe("GET /api/events/:id and /api/articles/:id", () => {
      it("gives an event with every claim, its evidence and the sentence around it", async () => {
        const list = await getJson<Page>("/api/events?limit=5000");
        const id = list.body.items[0]!.event_id;
        const { status, body } = await getJson<{ event_id: string; claims: { article_id: string; outlet_id: string | null; evidence: { start: number; end: number; text: string }; sentence: { start: number; end: number; text: string } }[] }>(`/api/events/${id}`);
        assert.equal(status, 200);
        assert.equal(body.event_id, id);
        assert.ok(body.claims.length >= 1);
        for (const claim of body.claims) {
          assert.ok(claim.sentence.start <= claim.evidence.start && claim.sentence.end >= claim.evidence.end);
          const article = await getJson<{ text: string; spans: { start: number; end: number; text: string; event_ids: string[] }[] }>(`/api/articles/${encodeURIComponent(claim.article_id)}`);
          assert.equal(article.status, 200);
          assert.equal(article.body.text.slice(claim.evidence.start, claim.evidence.end), claim.evidence.text);
          assert.equal(article.body.text.slice(claim.sentence.start, claim.sentence.end), claim.sentence.text);
          assert.ok(article.body.spans.some((s) => s.event_ids.includes(id)));
          for (const s of article.body.spans) assert.equal(article.body.text.slice(s.start, s.end), s.text);
        }
      });

      it("answers 404 as JSON for unknown ids and routes", async () => {
        for (const url of ["/api/events/nope", "/api/articles/nope", "/api/nothing"]) {
          const res = await getJson<{ error: { code: string } }>(url);
          assert.equal(res.status, 404, url);
          assert.equal(res.body.error.code, "not-found");
        }
      });
    });

    describe("stats, outlets, OpenAPI", () => {
      it("counts by day, type, governorate and actor consistently with the events", async () => {
        const stats = await getJson<{ events: number; by_day: { count: number }[]; by_type: { count: number }[]; by_governorate: { count: number }[]; by_actor: { actor: string }[] }>("/api/stats");
        const list = await getJson<Page>("/api/events?limit=5000");
        assert.equal(stats.body.events, list.body.total);
        assert.equal(stats.body.by_type.reduce((n, r) => n + r.count, 0), list.body.total);
        assert.equal(stats.body.by_governorate.reduce((n, r) => n + r.count, 0), list.body.total);
        assert.equal(stats.body.by_day.reduce((n, r) => n + r.count, 0), list.body.items.filter((e) => e.date !== null).length);
        assert.ok(stats.body.by_actor.length > 0);
        const idlib = await getJson<{ events: number }>("/api/stats?admin1=Idlib");
        assert.ok(idlib.body.events < stats.body.events);
      });

      it("describes every route in an OpenAPI 3 document", async () => {
        const { body } = await getJson<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
        assert.match(body.openapi, /^3\./);
        for (const path of ["/api/events", "/api/events/{id}", "/api/articles/{id}", "/api/outlets", "/api/stats", "/api/ingest"]) assert.ok(path in body.paths, path);
      });
    });

    describe("POST /api/ingest", () => {
      const post = (instance: FastifyInstance, payload: string, headers: Record<string, string> = {}) =>
        instance.inject({ method: "POST", url: "/api/ingest", payload, headers: { "content-type": "application/json", ...headers } });

      it("is refused with 403 when the server has no token", async () => {
        const res = await post(app, JSON.stringify(ARTICLE), { authorization: `Bearer ${TOKEN}` });
        assert.equal(res.statusCode, 403);
        assert.equal((res.json() as { error: { code: string } }).error.code, "read-only");
      });

      it("is refused with 401 without the right bearer token", async () => {
        assert.equal((await post(writable, JSON.stringify(ARTICLE))).statusCode, 401);
        assert.equal((await post(writable, JSON.stringify(ARTICLE), { authorization: "Bearer wrong-token-000000" })).statusCode, 401);
        assert.equal((await post(writable, JSON.stringify(ARTICLE), { authorization: TOKEN })).statusCode, 401);
      });

      it("answers 400 to bad JSON and to a body that is not an article, without a stack", async () => {
        const auth = { authorization: `Bearer ${TOKEN}` };
        const bad = await post(writable, '{"id": "x", "text": ', auth);
        assert.equal(bad.statusCode, 400);
        const body = bad.json() as { error: { code: string; message: string } };
        assert.equal(body.error.code, "bad-json");
        assert.doesNotMatch(bad.body, /at .*\.(ts|js):\d+/);
        const notArticle = await post(writable, JSON.stringify({ id: "x" }), auth);
        assert.equal(notArticle.statusCode, 400);
        assert.equal((notArticle.json() as { error: { code: string } }).error.code, "bad-article");
      });

      it("answers 413 to a body over the limit", async () => {
        const res = await post(writable, JSON.stringify({ ...ARTICLE, text: "ق".repeat(100 * 1024) }), { authorization: `Bearer ${TOKEN}` });
        assert.equal(res.statusCode, 413);
        assert.equal((res.json() as { error: { code: string } }).error.code, "body-too-large");
      });

      it("stores an article with the token, and its event becomes visible", async () => {
        const before = await getJson<Page>("/api/events?limit=5000&outlet=gamma.example");
        assert.equal(before.body.total, 0);
        const res = await post(writable, JSON.stringify([ARTICLE]), { authorization: `Bearer ${TOKEN}` });
        assert.equal(res.statusCode, 201, res.body);
        assert.equal((res.json() as { stored: number }).stored, 1);
        const afterwards = await getJson<Page>("/api/events?limit=5000&outlet=gamma.example");
        assert.ok(afterwards.body.total >= 1);
        const again = await post(writable, JSON.stringify(ARTICLE), { authorization: `Bearer ${TOKEN}` });
        assert.equal(again.statusCode, 200);
        assert.equal((again.json() as { results: { outcome: string }[] }).results[0]!.outcome, "duplicate");
      });
    });

    describe("the API contract", () => {
      it("every answer parses with the route's response schema (the page checks them the same way)", async () => {
        const { API_ROUTES } = await import("../../src/server/api-contract.ts");
        const list = await getJson<Page>("/api/events?limit=5000");
        const id = list.body.items.find((e) => e.grade === "corroborated")?.event_id ?? list.body.items[0]!.event_id;
        const detail = await getJson<{ claims: { article_id: string }[]; grade_reasons: unknown[] }>(`/api/events/${id}`);
        assert.ok(detail.body.grade_reasons.length > 0);
        const article = detail.body.claims[0]!.article_id;
        const cases = [
          [API_ROUTES.events.response[200], "/api/events?limit=5000"],
          [API_ROUTES.events.response[200], "/api/events?format=geojson&limit=5000"],
          [API_ROUTES.event.response[200], `/api/events/${id}`],
          [API_ROUTES.compare.response[200], `/api/events/${id}/compare`],
          [API_ROUTES.article.response[200], `/api/articles/${encodeURIComponent(article)}`],
          [API_ROUTES.articleFraming.response[200], `/api/articles/${encodeURIComponent(article)}/framing`],
          [API_ROUTES.outlets.response[200], "/api/outlets"],
          [API_ROUTES.stats.response[200], "/api/stats"],
          [API_ROUTES.events.response[400], "/api/events?from=yesterday"],
        ] as const;
        for (const [schema, url] of cases) {
          const res = await app.inject({ method: "GET", url });
          const parsed = schema.safeParse(res.json());
          assert.ok(parsed.success, `${url}: ${parsed.success ? "" : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
        }
      });

      it("names English places from the gazetteer, else a transliteration", async () => {
        const { body } = await getJson<{ items: { place_name: string; place_name_en: string; gazetteer_id: string | null }[] }>("/api/events?limit=5000");
        for (const e of body.items) assert.match(e.place_name_en, /^[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff‘’ʿʾ]+$/, `${e.place_name} → ${e.place_name_en}`);
        assert.ok(body.items.some((e) => e.gazetteer_id !== null && /[A-Z]/.test(e.place_name_en)));
      });
    });
  });
}
