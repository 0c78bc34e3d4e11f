import { createHash } from "node:crypto";

/** Id of an article that came without one (web page, feed item): from its URL, so it is stable. */
export function articleIdFor(url: string): string {
  return `u-${createHash("sha256").update(url).digest("hex").slice(0, 16)}`;
}

/** The outlet of a URL: its host without "www.". */
export function outletOfUrl(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return null;
  }
}
