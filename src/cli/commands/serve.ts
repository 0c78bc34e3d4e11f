import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RasdError } from "../../errors/rasd-error.ts";
import { buildApp } from "../../server/build-app.ts";
import { defaultDbPath } from "../../store/default-db-path.ts";
import { openStore } from "../../store/open-store.ts";
import { defineCommand } from "../command.ts";

/** The built page: web/dist of this checkout (`npx vite build web` makes it). */
export const WEB_ROOT = fileURLToPath(new URL("../../../web/dist", import.meta.url));

export const serveCommand = defineCommand({
  name: "serve",
  summary: "Serve the web page and the HTTP API over a database (read-only unless --token is given)",
  description: `Prints the address it listens on and runs until stopped (Ctrl-C). With --token T, POST /api/ingest
accepts articles sent with "Authorization: Bearer T"; without it the API is read-only.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    port: { type: "string", short: "p", default: "8080", placeholder: "PORT", description: "Port (0 picks a free one)" },
    host: { type: "string", default: "127.0.0.1", placeholder: "HOST", description: "Interface to listen on (0.0.0.0 exposes it to the network)" },
    token: { type: "string", placeholder: "TOKEN", description: "Allow POST /api/ingest with this bearer token" },
  },
  async run({ options }, io) {
    const path = options.db ?? defaultDbPath();
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RasdError("usage", `serve: --port must be a port number (got "${options.port}")`);
    if (options.token !== undefined && options.token.length < 8) throw new RasdError("usage", "serve: --token must be at least 8 characters");
    const writable = options.token !== undefined;
    if (!writable && !existsSync(path)) throw new RasdError("unreadable", `no database at ${path} (run rasd ingest first)`);
    const store = await openStore(path, { readonly: !writable });
    if (!existsSync(WEB_ROOT)) io.stderr.write(`note: the page is not built (${WEB_ROOT} is missing); run: npx vite build web\n`);
    const app = await buildApp({ store, token: options.token ?? null, webRoot: WEB_ROOT });
    const address = await app.listen({ port, host: options.host });
    io.stdout.write(`rasd serving ${path} at ${address}${writable ? " (ingest allowed with the token)" : " (read-only)"}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await app.close();
    await store.close();
    return 0;
  },
});
