import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { ApiError } from "./api-error.ts";

/**
 * An `onRequest` hook that lets through only requests carrying `Authorization: Bearer <token>`. It
 * runs before the body is read or parsed, so an unauthenticated client cannot make the server parse
 * 2 MB of JSON. No token configured: 403 (the server is read-only); missing or wrong: 401.
 * Both sides are hashed with SHA-256 before a constant-time compare of the two 32-byte digests, so
 * neither the token's bytes nor its length show in the response time.
 */
export function bearerTokenGuard(token: string | null): (request: FastifyRequest) => Promise<void> {
  const expected = token === null ? null : digest(token);
  return async (request) => {
    if (expected === null) throw new ApiError(403, "read-only", "this server is read-only (start it with --token, RASD_TOKEN or --token-file to allow ingest)");
    const given = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1]?.trim();
    if (given === undefined || !timingSafeEqual(digest(given), expected)) throw new ApiError(401, "unauthorized", "a valid Authorization: Bearer <token> header is required");
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
