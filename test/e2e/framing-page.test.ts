import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chromiumSkip, SHOTS, startDemoInChromium, type DemoInChromium } from "./demo-in-chromium.ts";

/**
 * Framing on the page, in Debian's Chromium: the outlets view (camps, terms, filter by outlet) and
 * the event panel's "how each outlet told it". Needs `apt-get install -y chromium`; skipped without it.
 */
describe("framing on the web page in Chromium", { skip: chromiumSkip, timeout: 180_000 }, () => {
  let demo: DemoInChromium;
  let page: Page;
  let base: string;
  let app: DemoInChromium["app"];

  before(async () => {
    demo = await startDemoInChromium();
    ({ page, base } = demo);
    app = demo.app;
  });

  after(async () => {
    await demo?.close();
  });

  it("lists outlets with their camps, keeps the view in the URL, and filters events by a clicked outlet", async () => {
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    const allEvents = await page.locator("[data-testid=event-item]").count();
    await page.locator("[data-testid=outlets-toggle]").click();
    await page.waitForSelector("[data-testid=outlet-item]");
    assert.equal(new URL(page.url()).searchParams.get("view"), "outlets");
    assert.ok(await page.locator("[data-testid=event-list]").isHidden(), "the outlets view stands in for the list");
    const outlets = await page.locator("[data-testid=outlet-item]").count();
    assert.ok(outlets >= 2, `outlets listed: ${outlets}`);
    const camps = await page.locator("[data-testid=outlet-item] [data-testid=camp-badge]").evaluateAll((badges) => badges.map((b) => b.getAttribute("data-camp")));
    assert.equal(camps.length, outlets, "one badge per outlet");
    assert.ok(camps.includes("government") && camps.includes("opposition"), camps.join(","));
    const terms = page.locator("[data-testid=outlet-terms]").first();
    assert.equal(await terms.getAttribute("dir"), "rtl");
    assert.match((await terms.textContent()) ?? "", /[\u0600-\u06ff]/);
    // The view survives a reload from its URL.
    const copy = await demo.openPage({ width: 1400, height: 900 });
    await copy.page.goto(page.url());
    await copy.page.waitForSelector("[data-testid=outlet-item]");
    await copy.close();
    await page.screenshot({ path: `${SHOTS}/outlets.png` });

    const government = page.locator('[data-testid=outlet-item]:has([data-camp="government"])').first();
    const outlet = (await government.getAttribute("data-outlet-id"))!;
    await government.click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get("outlet") === id, outlet);
    await page.waitForSelector("[data-testid=event-list]:not([hidden]) [data-testid=event-item]");
    assert.equal(new URL(page.url()).searchParams.get("view"), null);
    const filtered = await page.locator("[data-testid=event-item]").count();
    assert.ok(filtered > 0 && filtered < allEvents, `${outlet}: ${filtered} of ${allEvents} events`);
    const expected = await app.inject({ method: "GET", url: `/api/events?limit=5000&outlet=${encodeURIComponent(outlet)}` });
    assert.equal(filtered, (expected.json() as { total: number }).total);
  });

  it("shows how each outlet told an event reported by several", async () => {
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]");
    const ids = await page.locator("[data-testid=event-item]").evaluateAll((items) =>
      items.map((i) => ({ id: i.getAttribute("data-event-id"), outlets: Number(i.getAttribute("data-outlets") ?? 0) })),
    );
    const pick = [...ids].sort((a, b) => b.outlets - a.outlets)[0]!;
    assert.ok(pick.outlets >= 2, `an event told by several outlets: ${JSON.stringify(pick)}`);
    await page.locator(`[data-testid=event-item][data-event-id="${pick.id}"]`).click();
    await page.waitForSelector("[data-testid=comparison]");
    const reports = page.locator("[data-testid=compared-report]");
    assert.ok((await reports.count()) >= 2);
    assert.equal(await reports.locator("[data-testid=camp-badge]").count(), await reports.count());
    const outletsShown = new Set(await reports.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-outlet"))));
    assert.ok(outletsShown.size >= 2, [...outletsShown].join(","));
    assert.match((await page.locator("[data-testid=comparison]").textContent()) ?? "", /كيف روت كل وسيلة الحدث/);
    await page.locator("[data-testid=comparison]").scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/compare.png` });
  });
});
