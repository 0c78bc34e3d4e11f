import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The page's sources (web/) and the built page (web/dist) of this checkout. */
export const WEB_DIR = fileURLToPath(new URL("../../web", import.meta.url));
export const WEB_ROOT = join(WEB_DIR, "dist");

/**
 * Build the page with Vite when it is missing, once (`npm ci` builds it in `prepare`; this covers an
 * install that skipped scripts, or a deleted web/dist). Returns whether the page is there; `log`
 * hears what happens, and why the page is missing when it cannot be built (no Vite, no permission).
 */
export async function buildWebPageIfMissing(log: (line: string) => void, root: string = WEB_ROOT): Promise<boolean> {
  if (existsSync(join(root, "index.html"))) return true;
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    log(`the page is not built and Vite is not installed; the API works, the page needs: npm install && npx vite build web`);
    return false;
  }
  log(`building the page once into ${root} …`);
  try {
    await vite.build({ configFile: join(WEB_DIR, "vite.config.ts"), root: WEB_DIR, logLevel: "error", build: { outDir: root } });
  } catch (error) {
    log(`cannot build the page (${(error as Error).message}); the API works without it`);
    return false;
  }
  return existsSync(join(root, "index.html"));
}
