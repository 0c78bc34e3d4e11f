import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildApp } from "../../src/server/build-app.ts";
import { ingestExampleArticles } from "../../src/server/ingest-example-articles.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { Store } from "../../src/store/store.ts";

/**
 * The demo as a person sees it, for the browser tests: the page built by Vite, the example articles
 * in an in-memory store, the app on a free port, and Debian's Chromium driven by playwright-core.
 * Every page blocks each request that is not to the app's own address, as with no network.
 */
export const CHROMIUM = "/usr/bin/chromium";
/** Where screenshots go (RASD_SHOTS to keep them elsewhere). */
export const SHOTS = process.env["RASD_SHOTS"] ?? "/tmp/rasd-shots";
export const WEB = fileURLToPath(new URL("../../web", import.meta.url));

declare global {
  interface Window {
    /** The page's map (web/src/map-view.ts), for tests that project markers to pixels. */
    rasdMap?: MapLibreMap;
  }
}

/** `false` when Chromium is installed, else the reason the browser tests skip. */
export const chromiumSkip: false | string = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (install it with: apt-get install -y chromium)`;

export interface OfflinePage {
  readonly page: Page;
  /** Requests the page tried to send to another host (blocked). */
  readonly blocked: readonly string[];
  close(): Promise<void>;
}

export interface DemoInChromium {
  readonly store: Store;
  readonly app: FastifyInstance;
  readonly browser: Browser;
  /** A page of 1400×900 px opened at the start (offline like every page of the demo). */
  readonly page: Page;
  readonly base: string;
  /** A new page of the given size that reaches only the app. */
  openPage(viewport: { width: number; height: number }): Promise<OfflinePage>;
  close(): Promise<void>;
}

let built: Promise<unknown> | null = null;
/** Build the page once per test process. */
export function buildPage(): Promise<unknown> {
  built ??= import("vite").then(({ build }) => build({ configFile: `${WEB}/vite.config.ts`, root: WEB, logLevel: "warn" }));
  return built;
}

async function offlineContext(browser: Browser, base: string, viewport: { width: number; height: number }, blocked: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  const own = new URL(base).origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(own) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort("internetdisconnected");
  });
  return context;
}

export async function startDemoInChromium(options: { readonly store?: Store } = {}): Promise<DemoInChromium> {
  await buildPage();
  const store = options.store ?? (await openStore(":memory:"));
  if (options.store === undefined) await ingestExampleArticles(store);
  const app = await buildApp({ store, webRoot: `${WEB}/dist` });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const openPage = async (viewport: { width: number; height: number }): Promise<OfflinePage> => {
    const blocked: string[] = [];
    const context = await offlineContext(browser, base, viewport, blocked);
    const page = await context.newPage();
    return { page, blocked, close: () => context.close() };
  };
  const first = await openPage({ width: 1400, height: 900 });
  mkdirSync(SHOTS, { recursive: true });
  return {
    store,
    app,
    browser,
    page: first.page,
    base,
    openPage,
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}
