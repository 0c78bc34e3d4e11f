import { createHash } from "node:crypto";
import { normalizeKey } from "../text/normalize.ts";

/**
 * sha256 of the normalised text: two copies that differ only in harakat, tatweel, digits or spacing
 * are the same content.
 */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizeKey(text)).digest("hex");
}
