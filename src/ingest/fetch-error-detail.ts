/**
 * A fetch error's message for a report whose `where` is already the URL: fetch errors start with the
 * URL they failed on, which would print it twice ("rasd: URL: URL: HTTP 404"). A redirect target
 * that differs from the URL is kept, it says something.
 *
 *   fetchErrorDetail(new Error("http://a/x: HTTP 404"), "http://a/x") // "HTTP 404"
 */
export function fetchErrorDetail(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message;
}
