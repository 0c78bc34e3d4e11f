import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RasdError } from "../errors/rasd-error.ts";
import { openStore } from "../store/open-store.ts";
import { buildApp } from "./build-app.ts";
import { ingestExampleArticles } from "./ingest-example-articles.ts";
import { listenApp } from "./listen-app.ts";
import { WEB_ROOT } from "./web-page.ts";

/**
 * `npm start`: a fresh database in a temporary folder, filled with the bundled example articles,
 * served with the built page on 127.0.0.1 (PORT from the environment, else 8080).
 */
async function startDemo(): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), "rasd-demo-")), "rasd.db");
  const store = await openStore(path);
  const summary = await ingestExampleArticles(store);
  process.stderr.write(`rasd: ${path}: ingested ${summary.stored} example article(s) with ${summary.reports} event report(s)\n`);
  const app = await buildApp({ store, webRoot: WEB_ROOT });
  let address: string;
  try {
    address = await listenApp(app, Number(process.env["PORT"] ?? 8080), "127.0.0.1");
  } catch (error) {
    await app.close();
    await store.close();
    throw error;
  }
  process.stdout.write(`rasd demo at ${address}  (Ctrl-C to stop)\n`);
  const stop = async () => {
    await app.close();
    await store.close();
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

try {
  await startDemo();
} catch (error) {
  // This script is an entry point like bin/rasd.js: the same one line, the same exit code.
  if (!(error instanceof RasdError)) throw error;
  process.stderr.write(`rasd: ${error.message}\n`);
  process.exitCode = 1;
}
