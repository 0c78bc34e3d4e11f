import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openStore } from "../../src/store/open-store.ts";
import { chromiumSkip, SHOTS, startDemoInChromium, type DemoInChromium } from "./demo-in-chromium.ts";

/**
 * The page at a phone's, a tablet's and a laptop's size, in Arabic and in English, with every request
 * to another host blocked: the map is big enough, nothing overlaps, Arabic mode is right-to-left with
 * no English in the list, every marker of the first view can be clicked, place labels are drawn at
 * zoom 9 around Idlib, and the loading, empty, no-match and error states say what is going on.
 */
const SIZES = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;
const PANES = ["map", "event-list", "panel", "legend", "timeline"] as const;

type Box = { readonly pane: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** Bounding boxes of the visible panes (a hidden or zero-sized pane is not on screen). */
async function visibleBoxes(page: Page): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const pane of PANES) {
    const box = await page.locator(`[data-testid=${pane}]`).boundingBox();
    if (box !== null && box.width > 0 && box.height > 0) boxes.push({ pane, ...box });
  }
  return boxes;
}

function overlaps(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5) out.push(`${a.pane} × ${b.pane} (${Math.round(w)}×${Math.round(h)} px)`);
    }
  }
  return out;
}

describe("layout and language in Chromium", { skip: chromiumSkip, timeout: 420_000 }, () => {
  let demo: DemoInChromium;

  before(async () => {
    demo = await startDemoInChromium();
  });

  after(async () => {
    await demo?.close();
  });

  for (const size of SIZES) {
    for (const lang of ["ar", "en"] as const) {
      it(`${size.width}×${size.height} in ${lang}: a real map, nothing overlapping, with and without an event open`, async () => {
        const { page, blocked, close } = await demo.openPage(size);
        try {
          await page.goto(`${demo.base}/?lang=${lang}`);
          await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
          await page.waitForFunction(() => window.rasdMap?.loaded() === true);
          const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
          assert.deepEqual(root, lang === "ar" ? { lang: "ar", dir: "rtl" } : { lang: "en", dir: "ltr" });
          const canvas = (await page.locator("#map canvas").boundingBox())!;
          assert.ok(canvas.width >= 300 && canvas.height >= 250, `map canvas ${Math.round(canvas.width)}×${Math.round(canvas.height)}`);
          assert.deepEqual(overlaps(await visibleBoxes(page)), [], "map view");
          await page.waitForTimeout(1200);
          await page.screenshot({ path: `${SHOTS}/${size.width}x${size.height}-${lang}.png` });

          const phone = size.width < 760;
          if (phone) await page.locator('[data-tab="list"]').click();
          const items = page.locator("[data-testid=event-item]");
          assert.ok((await items.count()) > 5);
          assert.deepEqual(overlaps(await visibleBoxes(page)), [], "list view");
          const listText = (await page.locator("[data-testid=event-list]").innerText()).trim();
          if (lang === "ar") assert.doesNotMatch(listText, /[A-Za-z]/, "no English label in the Arabic list");
          else assert.match(listText, /Events/);

          const id = await items.nth(1).getAttribute("data-event-id");
          await items.nth(1).click();
          await page.waitForSelector(`[data-testid=event-panel][data-event-id="${id}"]`);
          await page.waitForTimeout(900);
          assert.deepEqual(overlaps(await visibleBoxes(page)), [], "event open");
          await page.screenshot({ path: `${SHOTS}/${size.width}x${size.height}-${lang}-event.png` });
          if (phone) {
            await page.locator('[data-tab="map"]').click();
            await page.waitForTimeout(600);
            assert.deepEqual(overlaps(await visibleBoxes(page)), [], "map tab after an event");
            assert.equal(await page.locator("#map").getAttribute("data-selected"), id);
          }
          assert.deepEqual(blocked, [], "requests to other hosts");
        } finally {
          await close();
        }
      });
    }
  }

  it("every marker of the first view can be clicked: an event opens, a cluster zooms in", async () => {
    const { page, close } = await demo.openPage({ width: 1024, height: 768 });
    try {
      await page.goto(`${demo.base}/?lang=en`);
      await page.waitForSelector("body[data-ready=true]");
      const settled = () => page.waitForFunction(() => window.rasdMap?.loaded() === true && !window.rasdMap.isMoving(), undefined, { polling: 100 });
      await settled();
      await page.waitForTimeout(500);
      const camera = await page.evaluate(() => ({ center: window.rasdMap!.getCenter().toArray(), zoom: window.rasdMap!.getZoom() }));
      const markers = await page.evaluate(() => {
        const map = window.rasdMap!;
        const canvas = map.getCanvas().getBoundingClientRect();
        return map.queryRenderedFeatures({ layers: ["events", "clusters"] }).flatMap((f) => {
          if (f.geometry.type !== "Point") return [];
          const [lon, lat] = f.geometry.coordinates;
          const p = map.project([lon!, lat!]);
          const id = f.properties["event_id"];
          return [{ layer: f.layer.id, id: typeof id === "string" ? id : null, x: canvas.left + p.x, y: canvas.top + p.y }];
        });
      });
      assert.ok(markers.length >= 5, `markers in the first view: ${markers.length}`);
      let events = 0;
      let clusters = 0;
      for (const marker of markers) {
        // Off the map, so the last marker's tooltip is gone.
        await page.mouse.move(2, 2);
        const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName ?? "", marker);
        assert.equal(onTop, "CANVAS", `${marker.layer} ${marker.id ?? ""} at ${Math.round(marker.x)},${Math.round(marker.y)} is under ${onTop}`);
        // Markers can overlap: what is under the pointer is what a click may open.
        const under = await page.evaluate(({ x, y }) => {
          const map = window.rasdMap!;
          const canvas = map.getCanvas().getBoundingClientRect();
          return map.queryRenderedFeatures([x - canvas.left, y - canvas.top], { layers: ["events", "clusters"] }).map((f) => String(f.properties["event_id"] ?? `cluster:${f.properties["cluster_id"]}`));
        }, marker);
        await page.mouse.click(marker.x, marker.y);
        if (under[0]?.startsWith("cluster:")) {
          await page.waitForFunction((z) => window.rasdMap!.getZoom() > z + 0.5, camera.zoom, { timeout: 5000, polling: 100 });
          clusters++;
          await settled();
          await page.evaluate((c) => window.rasdMap!.jumpTo({ center: [c.center[0]!, c.center[1]!], zoom: c.zoom }), camera);
          await settled();
        } else {
          await page.waitForFunction((ids) => ids.includes(new URL(location.href).searchParams.get("event") ?? ""), under, { timeout: 5000, polling: 100 });
          events++;
        }
      }
      assert.ok(events > 0 && clusters > 0, `${events} events and ${clusters} clusters clicked`);
      console.log(`# clicked ${events} event markers and ${clusters} clusters of the first view`);
    } finally {
      await close();
    }
  });

  it("draws place labels at zoom 9 around Idlib from the shipped glyphs, with no network", async () => {
    const { page, blocked, close } = await demo.openPage({ width: 1440, height: 900 });
    try {
      const failed: string[] = [];
      page.on("requestfailed", (r) => failed.push(r.url()));
      page.on("response", (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      await page.goto(`${demo.base}/?lang=ar`);
      await page.waitForSelector("body[data-ready=true]");
      await page.evaluate(() => window.rasdMap!.jumpTo({ center: [36.63, 35.93], zoom: 9 }));
      await page.waitForFunction(() => window.rasdMap!.loaded() && window.rasdMap!.areTilesLoaded(), undefined, { timeout: 20_000 });
      await page.waitForTimeout(1500);
      const labels = await page.evaluate(() => {
        const map = window.rasdMap!;
        const layers = map.getStyle().layers.filter((l) => l.id.startsWith("places-")).map((l) => l.id);
        return map.queryRenderedFeatures({ layers }).map((f) => String(f.properties["name_ar"]));
      });
      assert.ok(labels.length >= 10, `labels drawn: ${labels.length} (${labels.slice(0, 12).join("، ")})`);
      assert.ok(labels.includes("إدلب"), `Idlib among ${labels.join("، ")}`);
      await page.screenshot({ path: `${SHOTS}/idlib-zoom9-ar.png` });
      await page.evaluate(() => document.querySelector<HTMLAnchorElement>("[data-testid=lang-switch]")!.click());
      await page.waitForFunction(() => document.documentElement.lang === "en");
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${SHOTS}/idlib-zoom9-en.png` });
      assert.deepEqual(blocked, []);
      assert.deepEqual(failed, [], "every basemap file and glyph range served");
    } finally {
      await close();
    }
  });

  it("says when the list is loading, when nothing matches, and when the API fails", async () => {
    const { page, close } = await demo.openPage({ width: 1024, height: 768 });
    try {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/api/events?*", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${demo.base}/?lang=ar`);
      await page.waitForSelector("[data-testid=skeleton]");
      release();
      await page.waitForSelector("body[data-ready=true]");
      await page.unroute("**/api/events?*");

      await page.goto(`${demo.base}/?lang=ar&q=${encodeURIComponent("كلمةلاتوجد")}`);
      await page.waitForSelector("[data-testid=state-no-match]");

      await page.route("**/api/events?*", (route) => route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: { code: "internal", message: "internal error" } }) }));
      await page.goto(`${demo.base}/?lang=en`);
      await page.waitForSelector("[data-testid=state-error]");
      assert.match(await page.locator("[data-testid=state-error]").innerText(), /could not be loaded[\s\S]*internal error/);
      await page.screenshot({ path: `${SHOTS}/state-error.png` });
    } finally {
      await close();
    }
  });

  it("an empty database tells how to fill it", async () => {
    const empty = await startDemoInChromium({ store: await openStore(":memory:") });
    try {
      const { page, close } = await empty.openPage({ width: 1024, height: 768 });
      await page.goto(`${empty.base}/?lang=en`);
      await page.waitForSelector("[data-testid=state-empty]");
      assert.match(await page.locator("[data-testid=state-empty]").innerText(), /rasd ingest/);
      await page.screenshot({ path: `${SHOTS}/state-empty.png` });
      await close();
    } finally {
      await empty.close();
    }
  });
});
