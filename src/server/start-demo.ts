import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WEB_ROOT } from "../cli/commands/serve.ts";
import { openStore } from "../store/open-store.ts";
import { buildApp } from "./build-app.ts";
import { ingestExampleArticles } from "./ingest-example-articles.ts";

/**
 * `npm start`: a fresh database in a temporary folder, filled with the bundled example articles,
 * served with the built page on 127.0.0.1 (PORT from the environment, else 8080).
 */
async function startDemo(): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), "rasd-demo-")), "rasd.db");
  const store = await openStore(path);
  const summary = await ingestExampleArticles(store);
  process.stderr.write(`ingested ${summary.stored} example article(s) with ${summary.reports} event report(s) into ${path}\n`);
  const app = await buildApp({ store, webRoot: WEB_ROOT });
  const address = await app.listen({ port: Number(process.env["PORT"] ?? 8080), host: "127.0.0.1" });
  process.stdout.write(`rasd demo at ${address}  (Ctrl-C to stop)\n`);
  const stop = async () => {
    await app.close();
    await store.close();
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

await startDemo();
