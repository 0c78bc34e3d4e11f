import { isIP } from "node:net";
import type { FastifyInstance } from "fastify";
import { ApiError } from "./api-error.ts";

/**
 * Refuse requests whose `Host` is not ours (HTTP 421), against DNS rebinding: a hostile page on
 * evil.example re-points its name at 127.0.0.1 and then reads our API as same-origin. Such a request
 * carries `Host: evil.example`. Accepted: an IP literal (a rebinding name is never one), `localhost`,
 * and the names of `allowedHosts` (`rasd serve --allowed-host news.example`). The port is not read.
 *
 *   Host: 127.0.0.1:8080 ✓   Host: localhost ✓   Host: evil.example ✗ (unless allowed)
 */
export function registerHostCheck(app: FastifyInstance, allowedHosts: readonly string[] = []): void {
  const allowed = new Set(["localhost", ...allowedHosts.map((h) => h.toLowerCase())]);
  app.addHook("onRequest", async (request) => {
    const name = hostName(request.headers.host ?? "");
    if (name === null || !(isIP(name) !== 0 || allowed.has(name) || name.endsWith(".localhost"))) {
      throw new ApiError(421, "unknown-host", `this server does not answer for the host "${request.headers.host ?? ""}" (allow it with --allowed-host)`);
    }
  });
}

/** "a.example:8080" → "a.example", "[::1]:80" → "::1"; null for an empty or malformed value. */
function hostName(host: string): string | null {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/i.exec(host.trim());
  const name = match?.[1] ?? match?.[2];
  return name === undefined ? null : name.toLowerCase().replace(/\.$/, "");
}
