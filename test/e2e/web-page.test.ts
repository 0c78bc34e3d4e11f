import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chromiumSkip, SHOTS, startDemoInChromium, type DemoInChromium } from "./demo-in-chromium.ts";

/**
 * The page end to end in Debian's Chromium: map markers, timeline brush, event panel with highlighted
 * evidence, article view. Needs `apt-get install -y chromium`; skipped with a message without it.
 */
describe("web page in Chromium", { skip: chromiumSkip, timeout: 180_000 }, () => {
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

  it("shows events on the map and in the list, from an offline basemap", async () => {
    const external: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith("data:") && !r.url().startsWith("blob:")) external.push(r.url());
    });
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    const listed = await page.locator("[data-testid=event-item]").count();
    assert.ok(listed > 5, `events listed: ${listed}`);
    await page.waitForFunction(() => Number(document.getElementById("map")?.dataset["events"] ?? 0) > 0);
    // Rendered circles (WebGL through SwiftShader): query what MapLibre actually drew.
    await page.waitForTimeout(1500);
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("#map canvas");
      return canvas !== null && canvas.width > 0;
    });
    assert.ok(drawn, "the map canvas exists");
    await page.screenshot({ path: `${SHOTS}/map.png` });
    assert.deepEqual(external, [], "no request leaves the app");
  });

  it("brushing the timeline filters the list and keeps the range in the URL", async () => {
    const before = await page.locator("[data-testid=event-item]").count();
    const box = (await page.locator("#timeline svg").boundingBox())!;
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
    await page.screenshot({ path: `${SHOTS}/brushed.png` });
    // Sharing the URL restores the same view.
    const copy = await demo.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await copy.goto(page.url());
    await copy.waitForSelector("body[data-ready=true]");
    assert.equal(await copy.locator("[data-testid=event-item]").count(), after);
    await copy.close();
  });

  it("opens an event with every report and its evidence highlighted", async () => {
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]");
    // Prefer an event with several reports, to see them side by side.
    const ids = await page.locator("[data-testid=event-item]").evaluateAll((items) =>
      items.map((i) => ({ id: i.getAttribute("data-event-id"), reports: Number(/^(\d+)\//.exec(i.querySelector(".grade")?.textContent ?? "")?.[1] ?? 0) })),
    );
    const pick = [...ids].sort((a, b) => b.reports - a.reports)[0]!;
    await page.locator(`[data-testid=event-item][data-event-id="${pick.id}"]`).click();
    await page.waitForSelector("[data-testid=event-panel]");
    assert.equal(await page.locator("[data-testid=claim]").count(), pick.reports);
    const evidence = page.locator("[data-testid=evidence-sentence] mark.evidence").first();
    assert.ok((await evidence.textContent())!.trim().length > 0);
    assert.equal(await page.locator("[data-testid=evidence-sentence]").first().getAttribute("dir"), "rtl");
    assert.equal(new URL(page.url()).searchParams.get("event"), pick.id);
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
    assert.ok((await text.locator("mark.linked").count()) > 0);
    const font = await text.evaluate((node) => getComputedStyle(node).fontFamily);
    assert.match(font, /Noto Naskh Arabic/);
    assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', "قصف")));
    await page.screenshot({ path: `${SHOTS}/article.png` });
    await text.locator("mark.linked").first().click();
    await page.waitForSelector("[data-testid=event-panel]");
  });
});
