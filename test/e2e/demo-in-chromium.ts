import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { buildApp } from "../../src/server/build-app.ts";
import { ingestExampleArticles } from "../../src/server/ingest-example-articles.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";

/**
 * The demo as a person sees it, for the browser tests: the page built by Vite, the example articles
 * in an in-memory store, the app on a free port, and Debian's Chromium driven by playwright-core.
 */
export const CHROMIUM = "/usr/bin/chromium";
export const SHOTS = "/tmp/rasd-shots";
const WEB = fileURLToPath(new URL("../../web", import.meta.url));

/** `false` when Chromium is installed, else the reason the browser tests skip. */
export const chromiumSkip: false | string = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (install it with: apt-get install -y chromium)`;

export interface DemoInChromium {
  readonly store: Store;
  readonly app: FastifyInstance;
  readonly browser: Browser;
  readonly page: Page;
  readonly base: string;
  close(): Promise<void>;
}

export async function startDemoInChromium(): Promise<DemoInChromium> {
  const { build } = await import("vite");
  await build({ configFile: `${WEB}/vite.config.ts`, root: WEB, logLevel: "warn" });
  const store = await openStore(":memory:");
  await ingestExampleArticles(store);
  const app = await buildApp({ store, webRoot: `${WEB}/dist` });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  mkdirSync(SHOTS, { recursive: true });
  return {
    store,
    app,
    browser,
    page,
    base,
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}
