import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { chromiumSkip, startDemoInChromium, type DemoInChromium } from "./demo-in-chromium.ts";

/**
 * The built page under the server's Content-Security-Policy (security-headers.ts), in Chromium: it
 * loads, draws the map (MapLibre's worker from a blob: URL) and opens an event, with no CSP violation
 * reported and no console error. Skipped without Chromium.
 */
describe("the page passes its CSP in Chromium", { skip: chromiumSkip, timeout: 180_000 }, () => {
  let demo: DemoInChromium;
  before(async () => {
    demo = await startDemoInChromium();
  });
  after(async () => {
    await demo?.close();
  });

  it("loads, draws the map and opens an event with no violation", async () => {
    const { page, base } = demo;
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(base);
    assert.match(String(response?.headers()["content-security-policy"]), /script-src 'self'/);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await page.waitForFunction(() => Number(document.getElementById("map")?.dataset["events"] ?? 0) > 0);
    await page.locator("[data-testid=event-item]").first().click();
    await page.waitForTimeout(1500);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    assert.deepEqual(violations, [], "no CSP violation");
    assert.deepEqual(errors.filter((e) => /Content Security Policy|Refused to/i.test(e)), [], "no CSP refusal in the console");
  });
});
