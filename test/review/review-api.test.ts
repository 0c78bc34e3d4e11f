import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { hashPassword } from "../../src/review/password-hash.ts";
import type { Role } from "../../src/review/roles.ts";
import { buildApp } from "../../src/server/build-app.ts";
import { ingestExampleArticles } from "../../src/server/ingest-example-articles.ts";
import { openStore } from "../../src/store/open-store.ts";
import { queryBuilder } from "../../src/store/store-session.ts";
import { readUserPlaces } from "../../src/store/place-queries.ts";
import { readActorAliases } from "../../src/store/review/actor-alias-queries.ts";
import { insertUser } from "../../src/store/review/user-queries.ts";
import type { Store } from "../../src/store/store.ts";
import { backEnds } from "../back-ends/each-back-end.ts";
import { ReviewSession } from "./review-session.ts";

const PASSWORD = "a long test password";
for (const { backEnd, skip } of await backEnds()) {
  describe(`review over ${backEnd.name}`, { skip }, () => {
    let store: Store;
    let app: FastifyInstance;
    let eventIds: string[];

    interface Decision { id: number; action: string; user_name: string; reverts: number | null; reverted_by: number | null }
    interface Event { event_id: string; status: string; reviewer: string | null; fatalities: number | null; lat: number | null; corrected_fields: string[]; place_name: string; n_reports: number; claims: { article_id: string }[] }

    before(async () => {
      store = await openStore(await backEnd.newStore());
      await ingestExampleArticles(store);
      const now = new Date().toISOString();
      const hash = await hashPassword(PASSWORD);
      for (const [name, role] of [["vera", "viewer"], ["eddie", "editor"], ["ada", "admin"], ["tess", "editor"]] as const) {
        await insertUser(store, { name, role, password_hash: hash, created_at: now, password_changed_at: now });
      }
      app = await buildApp({ store, actorKeys: undefined } as Parameters<typeof buildApp>[0]);
      const page = (await app.inject({ url: "/api/events?limit=200" })).json() as { items: Event[] };
      eventIds = page.items.map((e) => e.event_id);
      assert.ok(eventIds.length >= 10, "example events");
    });

    after(async () => {
      await app.close();
      await store.close();
    });

    async function as(role: Role | "anonymous"): Promise<ReviewSession> {
      const session = await new ReviewSession(app).start();
      if (role === "anonymous") return session;
      const name = { viewer: "vera", editor: "eddie", admin: "ada" }[role];
      const res = await session.login(name, PASSWORD);
      assert.equal(res.statusCode, 200, res.body);
      return session;
    }

    const history = async (id: string) => ((await app.inject({ url: `/api/events/${id}/history` })).json() as { items: Decision[] }).items;
    const event = async (id: string) => (await app.inject({ url: `/api/events/${id}` })).json() as Event;

    describe("every role × route", () => {
      const ROLES = ["anonymous", "viewer", "editor", "admin"] as const;
      // What each role gets: reading is open on 127.0.0.1; deciding needs an editor; listing accounts an admin.
      const TABLE: { route: string; send: (s: ReviewSession, id: string) => ReturnType<ReviewSession["get"]>; expect: Record<(typeof ROLES)[number], number> }[] = [
        { route: "GET /api/events/:id", send: (s, id) => s.get(`/api/events/${id}`), expect: { anonymous: 200, viewer: 200, editor: 200, admin: 200 } },
        { route: "GET /api/review/queue", send: (s) => s.get("/api/review/queue?limit=5"), expect: { anonymous: 200, viewer: 200, editor: 200, admin: 200 } },
        { route: "GET /api/events/:id/review", send: (s, id) => s.get(`/api/events/${id}/review`), expect: { anonymous: 200, viewer: 200, editor: 200, admin: 200 } },
        { route: "GET /api/events/:id/history", send: (s, id) => s.get(`/api/events/${id}/history`), expect: { anonymous: 200, viewer: 200, editor: 200, admin: 200 } },
        { route: "POST decisions accept", send: (s, id) => s.post(`/api/events/${id}/decisions`, { action: "accept" }), expect: { anonymous: 401, viewer: 403, editor: 200, admin: 200 } },
        { route: "POST decisions correct", send: (s, id) => s.post(`/api/events/${id}/decisions`, { action: "correct", fields: { fatalities: 4 } }), expect: { anonymous: 401, viewer: 403, editor: 200, admin: 200 } },
        { route: "POST decisions reject", send: (s, id) => s.post(`/api/events/${id}/decisions`, { action: "reject", reason: "not an event" }), expect: { anonymous: 401, viewer: 403, editor: 200, admin: 200 } },
        { route: "POST /api/tokens", send: (s) => s.post("/api/tokens", { label: "script" }), expect: { anonymous: 401, viewer: 200, editor: 200, admin: 200 } },
        { route: "GET /api/users", send: (s) => s.get("/api/users"), expect: { anonymous: 401, viewer: 403, editor: 403, admin: 200 } },
      ];
      for (const row of TABLE) {
        for (const role of ROLES) {
          it(`${row.route} as ${role} → ${row.expect[role]}`, async () => {
            const session = await as(role);
            const id = eventIds[ROLES.indexOf(role)]!;
            const before = await history(id);
            const res = await row.send(session, id);
            assert.equal(res.statusCode, row.expect[role], res.body);
            if (res.statusCode >= 400 && row.route.startsWith("POST decisions")) assert.deepEqual(await history(id), before, "a refused decision changes nothing");
          });
        }
      }
    });

    describe("CSRF", () => {
      it("refuses a logged-in write without the token, or with a wrong one, and changes nothing", async () => {
        const editor = await as("editor");
        const id = eventIds[5]!;
        const before = await history(id);
        for (const csrf of [null, "forged-token"]) {
          const res = await editor.post(`/api/events/${id}/decisions`, { action: "accept" }, { csrf });
          assert.equal(res.statusCode, 403, res.body);
          assert.equal((res.json() as { error: { code: string } }).error.code, "csrf");
        }
        assert.deepEqual(await history(id), before);
        assert.equal((await editor.post(`/api/events/${id}/decisions`, { action: "accept" })).statusCode, 200);
      });

      it("refuses a login without the token", async () => {
        const session = new ReviewSession(app);
        const res = await session.post("/api/login", { name: "eddie", password: PASSWORD }, { csrf: null });
        assert.equal(res.statusCode, 403);
      });

      it("an account's API token needs no CSRF token (browsers never send it on their own); an unknown one is refused", async () => {
        const editor = await as("editor");
        const { token } = (await editor.post("/api/tokens", { label: "ci" })).json() as { token: string };
        const ok = await app.inject({ method: "POST", url: `/api/events/${eventIds[6]}/decisions`, headers: { authorization: `Bearer ${token}` }, payload: { action: "accept" } });
        assert.equal(ok.statusCode, 200, ok.body);
        assert.equal((await history(eventIds[6]!)).at(-1)?.user_name, "eddie");
        const bad = await app.inject({ method: "POST", url: `/api/events/${eventIds[6]}/decisions`, headers: { authorization: "Bearer rasd_not-a-token" }, payload: { action: "accept" } });
        assert.equal(bad.statusCode, 401);
      });
    });

    describe("login", () => {
      it("locks an account after 5 wrong passwords, even for the right one, in every server over the store", async () => {
        const session = await new ReviewSession(app).start();
        for (let i = 1; i <= 5; i++) assert.equal((await session.login("tess", `wrong password ${i}`)).statusCode, 401, `attempt ${i}`);
        const locked = await session.login("tess", PASSWORD);
        assert.equal(locked.statusCode, 429);
        assert.ok(Number(locked.headers["retry-after"]) >= 29);
        const other = await buildApp({ store });
        try {
          assert.equal((await new ReviewSession(other).login("tess", PASSWORD)).statusCode, 429);
        } finally {
          await other.close();
        }
        // Another account is not affected.
        assert.equal((await new ReviewSession(app).login("eddie", PASSWORD)).statusCode, 200);
      });

      it("answers an unknown account like a wrong password", async () => {
        const res = await new ReviewSession(app).login("nobody", PASSWORD);
        assert.equal(res.statusCode, 401);
        assert.equal((res.json() as { error: { code: string } }).error.code, "bad-login");
      });

      it("sets a signed HttpOnly SameSite=Strict session cookie, and logout ends the session", async () => {
        const session = await new ReviewSession(app).start();
        const res = await session.login("eddie", PASSWORD);
        const cookie = String(res.headers["set-cookie"]).split(/,(?=\s*rasd_)/).find((c) => c.trim().startsWith("rasd_session="))!;
        assert.match(cookie, /HttpOnly/i);
        assert.match(cookie, /SameSite=Strict/i);
        assert.match(cookie, /rasd_session=[^.;]+\.[^;]+/, "signed");
        assert.equal((await session.post(`/api/events/${eventIds[7]}/decisions`, { action: "accept" })).statusCode, 200);
        assert.equal((await session.post("/api/logout", {})).statusCode, 200);
        assert.equal((await session.post(`/api/events/${eventIds[7]}/decisions`, { action: "accept" })).statusCode, 401);
      });

      it("with read access closed, reading needs an account", async () => {
        const closed = await buildApp({ store, readAccess: "login" });
        try {
          assert.equal((await closed.inject({ url: "/api/events" })).statusCode, 401);
          assert.equal((await closed.inject({ url: "/api/session" })).statusCode, 200);
          const viewer = new ReviewSession(closed);
          assert.equal((await viewer.login("vera", PASSWORD)).statusCode, 200);
          assert.equal((await viewer.get("/api/events")).statusCode, 200);
        } finally {
          await closed.close();
        }
      });
    });

    describe("decisions", () => {
      it("a correction shows in the event with status and reviewer, beside its evidence; a revert restores the machine's value", async () => {
        const editor = await as("editor");
        const id = eventIds[8]!;
        const machine = await event(id);
        const res = await editor.post(`/api/events/${id}/decisions`, { action: "correct", fields: { fatalities: (machine.fatalities ?? 0) + 7 }, reason: "hospital figure" });
        assert.equal(res.statusCode, 200, res.body);
        const corrected = await event(id);
        assert.equal(corrected.status, "corrected");
        assert.equal(corrected.reviewer, "eddie");
        assert.equal(corrected.fatalities, (machine.fatalities ?? 0) + 7);
        const review = (await app.inject({ url: `/api/events/${id}/review` })).json() as { fields: { field: string; machine: unknown; value: unknown; corrected: boolean }[] };
        const f = review.fields.find((x) => x.field === "fatalities")!;
        assert.deepEqual([f.machine, f.value, f.corrected], [machine.fatalities, (machine.fatalities ?? 0) + 7, true]);
        const decisionId = (res.json() as { decision_id: number }).decision_id;
        assert.equal((await editor.post(`/api/events/${id}/decisions`, { action: "revert", decision_id: decisionId })).statusCode, 200);
        const back = await event(id);
        assert.equal(back.fatalities, machine.fatalities);
        assert.equal(back.status, "machine");
        const steps = await history(id);
        assert.deepEqual(steps.map((d) => d.action), ["correct", "revert"]);
        assert.equal(steps[0]!.reverted_by, steps[1]!.id);
        assert.equal((await editor.post(`/api/events/${id}/decisions`, { action: "revert", decision_id: decisionId })).statusCode, 400, "twice");
      });

      it("refuses a bad correction with a reason and changes nothing", async () => {
        const editor = await as("editor");
        const id = eventIds[9]!;
        for (const body of [{ action: "correct", fields: { fatalities: -1 } }, { action: "correct", fields: { grade: "corroborated" } }, { action: "correct", fields: { sub_event_type: "Peaceful protest" } }, { action: "dance" }]) {
          const res = await editor.post(`/api/events/${id}/decisions`, body);
          assert.equal(res.statusCode, 400, `${JSON.stringify(body)} → ${res.body}`);
        }
        assert.deepEqual(await history(id), []);
        assert.equal((await editor.post("/api/events/ev-none/decisions", { action: "accept" })).statusCode, 404);
      });

      it("a place picked on the map goes into the gazetteer's user places; an alias into the user lexicon", async () => {
        const editor = await as("editor");
        const id = eventIds[10]!;
        const res = await editor.post(`/api/events/${id}/decisions`, { action: "place", lat: 35.61, lon: 36.72 });
        assert.equal(res.statusCode, 200, res.body);
        const placed = await event(id);
        assert.equal(placed.lat, 35.61);
        assert.equal(placed.status, "corrected");
        const user = await readUserPlaces(store);
        assert.ok(user.entries.some((e) => e.name_ar === placed.place_name && e.lat === 35.61));
        assert.equal((await editor.post(`/api/events/${id}/decisions`, { action: "place", lat: 51.5, lon: -0.1 })).statusCode, 400, "outside the gazetteer's area");
        const alias = await editor.post(`/api/events/${id}/decisions`, { action: "alias", alias_ar: "كتائب الصقور الحرة", actor_key: "HTS", role: "actor1" });
        assert.equal(alias.statusCode, 200, alias.body);
        assert.deepEqual((await readActorAliases(store)).map((a) => [a.alias_ar, a.actor_key, a.added_by]), [["كتائب الصقور الحرة", "HTS", "eddie"]]);
        assert.equal((await editor.post(`/api/events/${id}/decisions`, { action: "alias", alias_ar: "جماعة أخرى", actor_key: "NO_SUCH", role: "actor1" })).statusCode, 400);
      });

      it("splits a report off and the history shows it", async () => {
        const page = (await app.inject({ url: "/api/events?limit=500" })).json() as { items: Event[] };
        const merged = page.items.find((e) => e.n_reports >= 2 && e.status === "machine");
        assert.ok(merged, "an event with two reports");
        const detail = await event(merged.event_id);
        const editor = await as("editor");
        await editor.post(`/api/events/${merged.event_id}/decisions`, { action: "accept" });
        const article = detail.claims.at(-1)!.article_id;
        const res = await editor.post(`/api/events/${merged.event_id}/decisions`, { action: "split", article_id: article });
        assert.equal(res.statusCode, 200, res.body);
        const remaining = (res.json() as { event_id: string }).event_id;
        const steps = await history(remaining);
        assert.deepEqual(steps.map((d) => d.action), ["accept", "split"]);
        assert.equal((await event(remaining)).status, "reviewed");
      });

      it("joins two reviewed events into one review holding both histories", async () => {
        const editor = await as("editor");
        const [a, b] = [eventIds[11]!, eventIds[12]!];
        await editor.post(`/api/events/${a}/decisions`, { action: "accept" });
        await editor.post(`/api/events/${b}/decisions`, { action: "correct", fields: { fatalities: 9 } });
        const res = await editor.post(`/api/events/${a}/decisions`, { action: "join", event_id: b });
        assert.equal(res.statusCode, 200, res.body);
        const joined = (res.json() as { event_id: string }).event_id;
        assert.deepEqual((await history(joined)).map((d) => d.action).sort(), ["accept", "correct", "join"]);
        const e = await event(joined);
        assert.deepEqual([e.status, e.fatalities], ["corrected", 9]);
        const reviews = await queryBuilder(store).selectFrom("event_reviews").select("anchor_key").where("event_id", "=", joined).execute();
        assert.equal(reviews.length, 1, "one review for the joined event");
      });
    });
  });
}
