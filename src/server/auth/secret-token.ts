import { createHash, randomBytes } from "node:crypto";

/** A new random secret (session id, API token): 32 bytes, base64url. */
export function newSecretToken(prefix = ""): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** What the store keeps of a secret: its sha-256, so a copy of the database logs nobody in. */
export function tokenDigest(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
