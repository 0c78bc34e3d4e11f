import type { FastifyInstance } from "fastify";
import { registerHostCheck } from "./check-host.ts";
import { registerQueryCheck } from "./check-query.ts";
import { registerSecurityHeaders } from "./security-headers.ts";

/** The guards every request passes: its Host, its query string, and the security headers of the answer. */
export async function registerRequestGuards(app: FastifyInstance, options: { readonly allowedHosts?: readonly string[] | undefined }): Promise<void> {
  await registerSecurityHeaders(app);
  registerHostCheck(app, options.allowedHosts);
  registerQueryCheck(app);
}
