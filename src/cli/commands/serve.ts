import { RasdError } from "../../errors/rasd-error.ts";
import { buildApp } from "../../server/build-app.ts";
import { listenApp } from "../../server/listen-app.ts";
import { WEB_ROOT, buildWebPageIfMissing } from "../../server/web-page.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { openStore } from "../../store/open-store.ts";
import type { Store } from "../../store/store.ts";
import { defineCommand } from "../command.ts";
import { formatMessage } from "../format-message.ts";
import { openExistingStore } from "../open-existing-store.ts";

export const serveCommand = defineCommand({
  name: "serve",
  summary: "Serve the web page and the HTTP API over a database (read-only unless --token is given)",
  description: `Prints the address it listens on and runs until stopped (Ctrl-C). With --token T, POST /api/ingest
accepts articles sent with "Authorization: Bearer T"; without it the API is read-only.
The port is --port, else the PORT environment variable, else 8080. The page is built at install
(npm ci); if web/dist is missing, serve builds it once.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    port: { type: "string", short: "p", placeholder: "PORT", description: "Port (default: $PORT, else 8080; 0 picks a free one)" },
    host: { type: "string", default: "127.0.0.1", placeholder: "HOST", description: "Interface to listen on (0.0.0.0 exposes it to the network)" },
    token: { type: "string", placeholder: "TOKEN", description: "Allow POST /api/ingest with this bearer token" },
  },
  async run({ options }, io) {
    const port = portOf(options.port);
    if (options.token !== undefined && options.token.length < 8) throw new RasdError("usage", "serve: --token must be at least 8 characters");
    const writable = options.token !== undefined;
    const store: Store = writable ? await openStore(options.db ?? defaultDbPath()) : await openExistingStore(options.db);
    try {
      await buildWebPageIfMissing((line) => io.stderr.write(formatMessage("serve", line)));
      const app = await buildApp({ store, token: options.token ?? null, webRoot: WEB_ROOT });
      try {
        const address = await listenApp(app, port, options.host);
        io.stdout.write(`rasd serving ${store.path} at ${address}${writable ? " (ingest allowed with the token)" : " (read-only)"}\n`);
        await new Promise<void>((resolve) => {
          process.once("SIGINT", resolve);
          process.once("SIGTERM", resolve);
        });
      } finally {
        await app.close();
      }
    } finally {
      await store.close();
    }
    return 0;
  },
});

/** --port, else $PORT, else 8080; a usage error names where the bad value came from. */
function portOf(option: string | undefined): number {
  const fromEnv = option === undefined ? process.env["PORT"] : undefined;
  const raw = option ?? (fromEnv === undefined || fromEnv === "" ? "8080" : fromEnv);
  const port = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || port > 65535) throw new RasdError("usage", `serve: ${option === undefined ? "PORT" : "--port"} must be a port number 0–65535 (got "${raw}")`);
  return port;
}
