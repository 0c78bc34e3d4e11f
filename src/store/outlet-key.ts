/** The outlet's key: the host of a URL-like name without "www.", else the name trimmed. */
export function outletKey(outlet: string): string {
  const trimmed = outlet.trim();
  try {
    if (/^https?:\/\//i.test(trimmed)) return new URL(trimmed).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    // not a URL: the name is the key
  }
  return trimmed.replace(/^www\./i, "").toLowerCase();
}
