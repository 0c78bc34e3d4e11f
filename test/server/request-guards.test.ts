import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import type { Extractor } from "../../src/extract/create-extractor.ts";
import { buildApp } from "../../src/server/build-app.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";

const TOKEN = "guard-token-12345678";
const noExtraction: Extractor = () => ({ events: [], mentions: [] }) as unknown as ReturnType<Extractor>;

describe("request guards", () => {
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    store = await openStore(":memory:");
    app = await buildApp({ store, token: TOKEN, allowedHosts: ["news.example"], loadExtractor: async () => noExtraction });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  const table: readonly (readonly [string, number])[] = [
    ["/api/events?q=a&q=b", 400],
    ["/api/events?from=2024-01-01&from=2024-02-01", 400],
    ["/api/stats?outlet=a&outlet=b", 400],
    ["/api/events?qq=typo", 400],
    ["/api/outlets?x=1", 400],
    ["/api/events?q=a&limit=5", 200],
  ];
  for (const [url, status] of table) {
    it(`GET ${url} → ${status}`, async () => {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, status, res.body);
      if (status === 400) assert.equal((res.json() as { error: { code: string } }).error.code, "bad-parameter");
    });
  }

  it("sends CSP, nosniff, frame and referrer headers", async () => {
    for (const url of ["/", "/api/events", "/api/nothing"]) {
      const res = await app.inject({ url });
      assert.match(String(res.headers["content-security-policy"]), /default-src 'self'/, url);
      assert.match(String(res.headers["content-security-policy"]), /frame-ancestors 'none'/, url);
      assert.equal(res.headers["x-content-type-options"], "nosniff", url);
      assert.equal(res.headers["referrer-policy"], "no-referrer", url);
    }
  });

  it("answers only its own hosts: IP literals, localhost and --allowed-host", async () => {
    for (const host of ["127.0.0.1:8080", "localhost", "[::1]:80", "news.example", "NEWS.example:8080"]) {
      assert.equal((await app.inject({ url: "/api/events", headers: { host } })).statusCode, 200, host);
    }
    for (const host of ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "evil.localhost.example"]) {
      const res = await app.inject({ url: "/api/events", headers: { host } });
      assert.equal(res.statusCode, 421, host);
    }
  });

  it("checks the token before reading the body: a bad token with broken JSON is a 401, not a 400", async () => {
    const broken = { method: "POST" as const, url: "/api/ingest", headers: { "content-type": "application/json" }, payload: "{not json" };
    assert.equal((await app.inject(broken)).statusCode, 401);
    assert.equal((await app.inject({ ...broken, headers: { ...broken.headers, authorization: "Bearer wrong-but-long-token" } })).statusCode, 401);
    assert.equal((await app.inject({ ...broken, headers: { ...broken.headers, authorization: `Bearer ${TOKEN}x` } })).statusCode, 401);
    assert.equal((await app.inject({ ...broken, headers: { ...broken.headers, authorization: `Bearer ${TOKEN}` } })).statusCode, 400);
  });

  it("stores the good articles of a batch and answers each bad one in results", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: [
        { id: "guard-1", text: "نص تجريبي أول عن قصف قرية." },
        { id: "x".repeat(101), text: "نص" },
        { id: "guard-2", text: "نص تجريبي ثان عن اشتباك." },
      ],
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json() as { stored: number; results: { outcome: string; detail: string }[] };
    assert.equal(body.stored, 2);
    assert.deepEqual(body.results.map((r) => r.outcome), ["stored", "error", "stored"]);
    assert.match(body.results[1]!.detail, /longer than 100/);
  });

  it("refuses text with a lone surrogate (from a JSON \\ud800 escape)", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      payload: '{"id":"guard-3","text":"\\ud800 نص"}',
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.body, /lone surrogate/);
  });
});
