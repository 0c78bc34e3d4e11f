/**
 * Decode a fetched body: the charset of the Content-Type header (or the page's meta charset) when the
 * runtime knows it, UTF-8 otherwise. Decoding is fatal: bytes that are not valid in the charset make
 * the item an error instead of text with replacement characters (offsets into it would be wrong).
 */
export function decodeBody(body: Uint8Array, contentType: string | null): string {
  const declared = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? "")?.[1] ?? sniffCharset(body);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? "utf-8", { fatal: true });
  } catch {
    decoder = new TextDecoder("utf-8", { fatal: true });
  }
  try {
    return decoder.decode(body);
  } catch {
    throw new Error(`invalid ${decoder.encoding} text`);
  }
}

function sniffCharset(body: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(body.subarray(0, 1024));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1] ?? null;
}
