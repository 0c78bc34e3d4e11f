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
import { readServeToken } from "../read-serve-token.ts";

export const serveCommand = defineCommand({
  name: "serve",
  summary: "Serve the web page and the HTTP API over a database (ingest with --token; review with accounts)",
  description: `Prints the address it listens on and runs until stopped (Ctrl-C). With a token (--token T,
--token-file FILE or the RASD_TOKEN environment variable), POST /api/ingest accepts articles sent with
"Authorization: Bearer T"; without one ingest is off. Requests for another host name than an
IP address, localhost or --allowed-host are refused (421), against DNS rebinding.
Accounts (rasd users add) log in to the page to review events; editors' decisions are stored, so
serve opens the database writable. --read-access login closes reading to logged-in accounts.
The port is --port, else the PORT environment variable, else 8080. The page is built at install
(npm ci); if web/dist is missing, serve builds it once.`,
  options: {
    db: { type: "string", placeholder: "FILE", description: `Database file (default: ${defaultDbPath()})` },
    port: { type: "string", short: "p", placeholder: "PORT", description: "Port (default: $PORT, else 8080; 0 picks a free one)" },
    host: { type: "string", default: "127.0.0.1", placeholder: "HOST", description: "Interface to listen on (0.0.0.0 exposes it to the network)" },
    token: { type: "string", placeholder: "TOKEN", description: "Allow POST /api/ingest with this bearer token (visible in ps: prefer --token-file or RASD_TOKEN)" },
    "token-file": { type: "string", placeholder: "FILE", description: "Read the token from the first line of FILE" },
    "allowed-host": { type: "string", placeholder: "NAMES", description: "Host names to answer besides IP addresses and localhost (comma-separated)" },
    "read-access": { type: "string", choices: ["open", "login"], default: "open", placeholder: "open|login", description: "Who reads the API: anyone (open) or logged-in accounts (login)" },
    "secure-cookies": { type: "boolean", description: "Mark session cookies Secure (when served over HTTPS)" },
  },
  async run({ options }, io) {
    const port = portOf(options.port);
    const token = await readServeToken({ flag: options.token, file: options["token-file"], env: process.env["RASD_TOKEN"] });
    const writable = token !== null;
    const allowedHosts = (options["allowed-host"] ?? "").split(",").map((h) => h.trim()).filter((h) => h !== "");
    // Writable for decisions too: people review through the page whatever the ingest token.
    const store: Store = writable ? await openStore(options.db ?? defaultDbPath()) : await openExistingStore(options.db, { readonly: false });
    try {
      await buildWebPageIfMissing((line) => io.stderr.write(formatMessage("serve", line)));
      const readAccess = options["read-access"] === "login" ? "login" : "open";
      const app = await buildApp({ store, token, webRoot: WEB_ROOT, allowedHosts, readAccess, secureCookies: options["secure-cookies"] });
      try {
        const address = await listenApp(app, port, options.host);
        io.stdout.write(`rasd serving ${store.path} at ${address}${writable ? " (ingest allowed with the token)" : " (ingest off; accounts review)"}\n`);
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
