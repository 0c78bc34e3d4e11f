import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { hashPassword } from "../../src/review/password-hash.ts";
import { ingestExampleArticles } from "../../src/server/ingest-example-articles.ts";
import { openStore } from "../../src/store/open-store.ts";
import { readUserPlaces } from "../../src/store/place-queries.ts";
import { insertUser } from "../../src/store/review/user-queries.ts";
import { runCli } from "../ingest/run-cli.ts";
import { chromiumSkip, type DemoInChromium, SHOTS, startDemoInChromium } from "./demo-in-chromium.ts";

const PASSWORD = "a long e2e password";

interface Decision { id: number; action: string; user_name: string }
interface Event { event_id: string; status: string; lat: number | null; fatalities: number | null; n_reports: number; claims: { article_id: string }[] }

/**
 * Analyst review in Chromium: an editor logs in, works the queue with the keyboard, corrects a place
 * by clicking the map, corrects a toll, accepts, rejects and splits a report off; a viewer's attempt
 * changes nothing; a write without the CSRF token is refused; the history shows every step, and
 * `rasd reprocess` afterwards keeps every decision. Screenshots at desktop and phone sizes.
 */
describe("analyst review in Chromium", { skip: chromiumSkip, timeout: 300_000 }, () => {
  let demo: DemoInChromium;
  let db: string;
  before(async () => {
    db = join(mkdtempSync(join(tmpdir(), "rasd-review-e2e-")), "s.db");
    const store = await openStore(db);
    await ingestExampleArticles(store);
    const now = new Date().toISOString();
    const hash = await hashPassword(PASSWORD);
    await insertUser(store, { name: "eddie", role: "editor", password_hash: hash, created_at: now, password_changed_at: now });
    await insertUser(store, { name: "vera", role: "viewer", password_hash: hash, created_at: now, password_changed_at: now });
    demo = await startDemoInChromium({ store });
  });
  after(async () => {
    await demo?.close();
  });

  const api = async <T>(path: string): Promise<T> => (await demo.app.inject({ url: path })).json() as T;
  const history = (id: string) => api<{ items: Decision[] }>(`/api/events/${id}/history`).then((h) => h.items);
  const currentEvent = (page: Page) => page.locator("[data-testid=card] article.card").getAttribute("data-event").then((id) => id!);

  async function login(page: Page, name: string, query = ""): Promise<void> {
    await page.goto(`${demo.base}/review.html${query}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await page.fill("[data-testid=login] input[name=name]", name);
    await page.fill("[data-testid=login] input[name=password]", PASSWORD);
    await page.click("[data-testid=login] button[type=submit]");
    await page.waitForSelector("[data-testid=who]:not([hidden])");
    await page.waitForSelector("[data-testid=card] article.card");
  }

  /** Wait until the message says `text` (each decision reports itself there). */
  const said = (page: Page, text: string) => page.waitForFunction((t) => document.querySelector("[data-testid=message]")?.textContent?.includes(t) ?? false, text, { timeout: 15_000 });

  it("an editor works the queue with the keyboard, the map and the buttons; the history shows every step", async () => {
    const { page } = demo;
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await login(page, "eddie");
    await page.screenshot({ path: `${SHOTS}/review-desktop-queue.png` });

    // n / k move through the queue.
    const first = await currentEvent(page);
    await page.keyboard.press("n");
    await page.waitForFunction((id) => document.querySelector("article.card")?.getAttribute("data-event") !== id, first);
    await page.keyboard.press("k");
    await page.waitForFunction((id) => document.querySelector("article.card")?.getAttribute("data-event") === id, first);

    // p, then a click on the map: the place goes into the gazetteer and the event moves there.
    const placed = await currentEvent(page);
    await page.keyboard.press("p");
    const box = (await page.locator("[data-testid=review-map]").boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await said(page, "Place set");
    const afterPlace = await api<Event>(`/api/events/${placed}`);
    assert.equal(afterPlace.status, "corrected");
    assert.ok(afterPlace.lat !== null);
    const store = await openStore(db);
    try {
      assert.ok((await readUserPlaces(store)).entries.some((e) => e.lat === afterPlace.lat), "the picked place is a user place");
    } finally {
      await store.close();
    }

    // e: edit the toll, save; then a accepts.
    await page.locator(`[data-testid=queue] li[data-event="${placed}"] button`).click().catch(() => undefined);
    await page.waitForFunction((id) => document.querySelector("article.card")?.getAttribute("data-event") === id, placed);
    await page.keyboard.press("e");
    await page.fill("[data-testid=input-fatalities]", "12");
    await page.click("[data-testid=save]");
    await said(page, "Corrected fatalities");
    assert.equal((await api<Event>(`/api/events/${placed}`)).fatalities, 12);
    const panel = () => page.locator("[data-testid=history-items] li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-action")));
    assert.deepEqual(await panel(), ["place", "correct"], "the history panel shows each step as it is made");
    await page.keyboard.press("a");
    await said(page, "Accepted");
    assert.notEqual(await currentEvent(page), placed, "accepting moves on to the next event");

    // r rejects the event now under the cursor.
    const rejected = await currentEvent(page);
    await page.keyboard.press("r");
    await said(page, "Rejected");
    assert.equal((await api<Event>(`/api/events/${rejected}`)).status, "rejected");

    // Split a report off an event with two articles.
    const page1 = await api<{ items: Event[] }>("/api/events?limit=500");
    const merged = page1.items.find((e) => e.n_reports >= 2 && e.status === "machine");
    assert.ok(merged, "an event with two reports");
    const queue = await api<{ items: { event_id: string }[] }>("/api/review/queue?limit=100");
    assert.ok(queue.items.some((q) => q.event_id === merged.event_id), "it waits in the queue");
    await page.locator(`[data-testid=queue] li[data-event="${merged.event_id}"] button`).click();
    await page.waitForFunction((id) => document.querySelector("article.card")?.getAttribute("data-event") === id, merged.event_id);
    const detail = await api<Event>(`/api/events/${merged.event_id}`);
    const leaving = detail.claims.at(-1)!.article_id;
    await page.click(`[data-testid="split-${leaving}"]`);
    await said(page, "split off");
    const remaining = await currentEvent(page);
    assert.deepEqual((await history(remaining)).map((d) => d.action), ["split"]);
    assert.ok(!(await api<Event>(`/api/events/${remaining}`)).claims.some((c) => c.article_id === leaving));
    assert.deepEqual(errors, [], "no page error");

    // A write without the CSRF token is refused, and changes nothing.
    const before = await history(remaining);
    const refused = await page.evaluate(async (id) => (await fetch(`api/events/${id}/decisions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "accept" }) })).status, remaining);
    assert.equal(refused, 403);
    assert.deepEqual(await history(remaining), before);

    // rasd reprocess afterwards keeps every decision.
    const statuses = async () => Promise.all([placed, rejected, remaining].map(async (id) => (await api<Event>(`/api/events/${id}`)).status));
    const kept = await statuses();
    const reprocess = await runCli(["reprocess", "--db", db]);
    assert.equal(reprocess.code, 0, reprocess.stderr);
    assert.deepEqual(await statuses(), kept);
    assert.equal((await api<Event>(`/api/events/${placed}`)).fatalities, 12);
    assert.deepEqual((await history(placed)).map((d) => d.action), ["place", "correct", "accept"]);
    await page.goto(`${demo.base}/review.html?event=${encodeURIComponent(placed)}`);
    await page.waitForFunction((id) => document.querySelector("article.card")?.getAttribute("data-event") === id, placed, { timeout: 30_000 });
    assert.deepEqual(await panel(), ["place", "correct", "accept"], "the history shows every step, after reprocess too");
    await page.screenshot({ path: `${SHOTS}/review-desktop-history.png` });
  });

  it("a viewer's attempt to change anything gets 403 and changes nothing", async () => {
    const { page, close } = await demo.openPage({ width: 1400, height: 900 });
    try {
      await login(page, "vera");
      const id = await currentEvent(page);
      const before = await history(id);
      await page.keyboard.press("a");
      await said(page, "cannot change");
      assert.equal(await page.locator("[data-testid=accept]").isDisabled(), true);
      const status = await page.evaluate(async (eventId) => {
        const { csrf_token } = (await (await fetch("api/session")).json()) as { csrf_token: string };
        return (await fetch(`api/events/${eventId}/decisions`, { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": csrf_token }, body: JSON.stringify({ action: "reject" }) })).status;
      }, id);
      assert.equal(status, 403);
      assert.deepEqual(await history(id), before);
    } finally {
      await close();
    }
  });

  it("fits a phone", async () => {
    const { page, close } = await demo.openPage({ width: 390, height: 844 });
    try {
      await login(page, "eddie");
      await page.screenshot({ path: `${SHOTS}/review-phone.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
    } finally {
      await close();
    }
  });
});
