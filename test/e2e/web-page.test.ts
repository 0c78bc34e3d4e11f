import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chromiumSkip, SHOTS, startDemoInChromium, type DemoInChromium } from "./demo-in-chromium.ts";

/**
 * The page end to end in Debian's Chromium, with every request to another host blocked: map markers,
 * timeline brush, event panel with highlighted evidence, article view. Needs
 * `apt-get install -y chromium`; skipped with a message without it.
 */
describe("web page in Chromium", { skip: chromiumSkip, timeout: 240_000 }, () => {
  let demo: DemoInChromium;
  let page: Page;
  let base: string;

  before(async () => {
    demo = await startDemoInChromium();
    ({ page, base } = demo);
  });

  after(async () => {
    await demo?.close();
  });

  it("shows events on the map and in the list, Arabic first, requesting no host but its own", async () => {
    const external: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) external.push(r.url());
    });
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl", "Arabic unless ?lang=en");
    assert.equal(new URL(page.url()).searchParams.get("lang"), "ar");
    const listed = await page.locator("[data-testid=event-item]").count();
    assert.ok(listed > 5, `events listed: ${listed}`);
    await page.waitForFunction(() => Number(document.getElementById("map")?.dataset["events"] ?? 0) > 0);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${SHOTS}/map.png` });
    assert.deepEqual(external, [], "no request leaves the app");
  });

  it("brushing the timeline filters the list, keeps the range in the URL, and 'All dates' clears it", async () => {
    const before = await page.locator("[data-testid=event-item]").count();
    const box = (await page.locator("[data-testid=timeline-chart]").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
    const url = new URL(page.url());
    const from = url.searchParams.get("from")!;
    const to = url.searchParams.get("to")!;
    assert.match(from, /^\d{4}-\d{2}-\d{2}$/);
    const after = await page.locator("[data-testid=event-item]").count();
    assert.ok(after < before, `brushed ${from}..${to}: ${after} of ${before}`);
    const dates = await page.locator("[data-testid=event-item] .date").allTextContents();
    assert.ok(dates.every((d) => d >= from && d <= to), dates.join(","));
    assert.match((await page.locator("[data-testid=timeline-range]").textContent()) ?? "", new RegExp(`${from}.*${to}`));
    await page.screenshot({ path: `${SHOTS}/brushed.png` });
    // Sharing the URL restores the same view.
    const copy = await demo.openPage({ width: 1400, height: 900 });
    await copy.page.goto(page.url());
    await copy.page.waitForSelector("body[data-ready=true]");
    assert.equal(await copy.page.locator("[data-testid=event-item]").count(), after);
    await copy.close();
    await page.locator("[data-testid=timeline-clear]").click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("from"));
    assert.equal(await page.locator("[data-testid=event-item]").count(), before);
  });

  it("'Clear all' in the filters clears the date range too", async () => {
    await page.goto(`${base}/?lang=en&type=Battles&from=2024-01-01&to=2024-12-31`);
    await page.waitForSelector("body[data-ready=true]");
    await page.locator("[data-testid=clear-filters]").click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("type") && !new URL(location.href).searchParams.has("from"));
    assert.equal(new URL(page.url()).searchParams.get("to"), null);
  });

  it("opens an event: facts top to bottom, every report stacked with its evidence, the list and map marking it", async () => {
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]");
    // Prefer an event with several reports, to see them stacked.
    const ids = await page.locator("[data-testid=event-item]").evaluateAll((items) => items.map((i) => ({ id: i.getAttribute("data-event-id"), reports: Number(i.getAttribute("data-reports")) })));
    const pick = [...ids].sort((a, b) => b.reports - a.reports)[0]!;
    await page.locator(`[data-testid=event-item][data-event-id="${pick.id}"]`).click();
    await page.waitForSelector("[data-testid=event-panel]");
    assert.equal(await page.locator("[data-testid=claim]").count(), pick.reports);
    for (const field of ["who", "killed", "injured", "grade"]) assert.ok(await page.locator(`[data-testid=${field}]`).isVisible(), field);
    assert.ok((await page.locator("[data-testid=grade-reasons] li").count()) > 0, "the grade says why");
    // Reports of several articles were joined by the merge model: the panel says why, in words.
    const articles = new Set(await page.locator("[data-testid=article-link]").evaluateAll((links) => links.map((a) => new URLSearchParams(a.getAttribute("href")!.slice(1)).get("article"))));
    if (articles.size > 1) {
      assert.ok((await page.locator("[data-testid=merge-reasons] [data-testid=merge-link]").count()) >= articles.size - 1, "every joined article has its link");
      const why = (await page.locator("[data-testid=merge-reasons]").textContent())!;
      assert.match(why, /[\u0600-\u06ff]/, "the reasons are worded in the page's language");
      assert.doesNotMatch(why, /\b(day|place|lead|actors|toll|type):[a-z]/, `no raw feature names: ${why}`);
      assert.ok((await page.locator("[data-testid=merge-for]").count()) > 0, "the evidence for the link");
    }
    // Reports are stacked (one column), not a horizontal scroller.
    const lefts = await page.locator("[data-testid=claim]").evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().left)));
    assert.equal(new Set(lefts).size, 1, `report cards stacked: ${lefts.join(",")}`);
    const evidence = page.locator("[data-testid=evidence-sentence] mark.evidence").first();
    assert.ok((await evidence.textContent())!.trim().length > 0);
    assert.equal(await page.locator("[data-testid=evidence-sentence]").first().getAttribute("dir"), "rtl");
    assert.equal(new URL(page.url()).searchParams.get("event"), pick.id);
    assert.equal(await page.locator(`[data-testid=event-item][data-event-id="${pick.id}"]`).getAttribute("aria-current"), "true");
    assert.equal(await page.locator("#map").getAttribute("data-selected"), pick.id);
    const permalink = await page.locator("[data-testid=permalink]").getAttribute("href");
    assert.equal(new URLSearchParams(permalink!.slice(1)).get("event"), pick.id);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SHOTS}/event-panel.png` });
  });

  it("opens the article with its spans highlighted and linked to the event", async () => {
    await page.locator("[data-testid=article-link]").first().click();
    await page.waitForSelector("[data-testid=article-view]");
    const text = page.locator("[data-testid=article-text]");
    assert.equal(await text.getAttribute("dir"), "rtl");
    const kinds = await text.locator("mark").evaluateAll((marks) => [...new Set(marks.flatMap((m) => [...m.classList]))]);
    for (const kind of ["span-actor", "span-place", "span-trigger"]) assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(" ")}`);
    const linked = text.locator("mark.linked").first();
    assert.ok((await text.locator("mark.linked").count()) > 0);
    assert.equal(await linked.evaluate((m) => getComputedStyle(m).textDecorationLine), "none", "no underline under Arabic");
    const font = await text.evaluate((node) => getComputedStyle(node).fontFamily);
    assert.match(font, /Noto Naskh Arabic/);
    assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', "قصف")));
    await page.screenshot({ path: `${SHOTS}/article.png` });
    await linked.click();
    await page.waitForSelector("[data-testid=event-panel]");
  });
});
