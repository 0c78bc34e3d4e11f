import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { Agent, fetch, type Response } from "undici";
import { FetchError } from "./fetch-error.ts";
import { isPrivateAddress } from "./is-private-address.ts";
import { pinnedLookup } from "./pinned-lookup.ts";

/** Limits of a fetch of an untrusted URL. */
export interface FetchPolicy {
  /** Allow loopback/private/link-local targets (tests serving on 127.0.0.1, intranet feeds). */
  readonly allowPrivate: boolean;
  /** Per hop, from the request to the last byte of the body. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = { allowPrivate: false, timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

export interface FetchedResource {
  /** The URL after redirects. */
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  /** The body, or null for 304 Not Modified. */
  readonly body: Uint8Array | null;
}

export interface FetchRequest {
  readonly headers?: Readonly<Record<string, string>>;
}

const USER_AGENT = "rasd/0.1 (+https://github.com/rasd; news monitor)";

/**
 * GET a URL with the checks untrusted input needs: http(s) only; every hop's host resolved and
 * refused if any address is private, loopback or link-local (unless allowed); redirects followed by
 * hand and counted; a deadline per hop; the body read up to a byte limit (after decompression).
 * The check also holds on the connection itself: the dispatcher's lookup (pinned-lookup.ts) resolves
 * once and connects to the addresses it checked, so DNS rebinding between check and connect fails.
 * Non-2xx statuses other than 304 throw FetchError("http-status").
 */
export async function safeFetch(url: string, policy: FetchPolicy = DEFAULT_FETCH_POLICY, request: FetchRequest = {}): Promise<FetchedResource> {
  let current = url;
  for (let hop = 0; hop <= policy.maxRedirects; hop++) {
    const target = await checkTarget(current, policy);
    const signal = AbortSignal.timeout(policy.timeoutMs);
    let response: Response;
    try {
      response = await fetch(target, {
        redirect: "manual",
        signal,
        headers: { "user-agent": USER_AGENT, accept: "*/*", ...request.headers },
        dispatcher: policy.allowPrivate ? openDispatcher() : guardedDispatcher(),
      });
    } catch (error) {
      throw networkError(error, current, policy);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get("location");
      await response.body?.cancel();
      if (location === null) throw new FetchError("http-status", `${current}: redirect without Location`, response.status);
      current = new URL(location, target).href;
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { url: current, status: 304, headers: response.headers as unknown as Headers, body: null };
    }
    if (response.status < 200 || response.status >= 300) {
      await response.body?.cancel();
      throw new FetchError("http-status", `${current}: HTTP ${response.status}`, response.status);
    }
    const body = await readLimited(response, current, policy);
    return { url: current, status: response.status, headers: response.headers as unknown as Headers, body };
  }
  throw new FetchError("too-many-redirects", `${url}: more than ${policy.maxRedirects} redirects`);
}

async function checkTarget(raw: string, policy: FetchPolicy): Promise<URL> {
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    throw new FetchError("bad-url", `not a URL: ${raw}`);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") throw new FetchError("bad-scheme", `${raw}: only http and https are fetched`);
  if (target.username !== "" || target.password !== "") throw new FetchError("bad-url", `${raw}: credentials in URLs are refused`);
  if (policy.allowPrivate) return target;
  const host = target.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host) !== 0) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (error) {
      throw new FetchError("dns", `${raw}: cannot resolve ${host}`, null, { cause: error });
    }
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad !== undefined || addresses.length === 0) {
    throw new FetchError("private-address", `${raw}: ${host} resolves to a private, loopback or link-local address (${bad ?? "none"}); use --allow-private to fetch it`);
  }
  return target;
}

async function readLimited(response: Response, url: string, policy: FetchPolicy): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    await response.body?.cancel();
    throw new FetchError("too-large", `${url}: ${declared} bytes, more than the limit of ${policy.maxBytes}`);
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > policy.maxBytes) {
        await reader.cancel();
        throw new FetchError("too-large", `${url}: body larger than the limit of ${policy.maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw networkError(error, url, policy);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

let guarded: Agent | null = null;
let open: Agent | null = null;
/** One dispatcher whose connections go only to checked public addresses, shared by every fetch. */
function guardedDispatcher(): Agent {
  guarded ??= new Agent({ connect: { lookup: pinnedLookup() } });
  return guarded;
}
function openDispatcher(): Agent {
  open ??= new Agent();
  return open;
}

function networkError(error: unknown, url: string, policy: FetchPolicy): FetchError {
  const name = (error as { name?: string } | null)?.name;
  if (name === "TimeoutError" || name === "AbortError") return new FetchError("timeout", `${url}: no complete answer within ${policy.timeoutMs} ms`, null, { cause: error });
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code === "ERR_PRIVATE_ADDRESS") return new FetchError("private-address", `${url}: ${cause.message}; use --allow-private to fetch it`, null, { cause: error });
  return new FetchError("network", `${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`, null, { cause: error });
}
