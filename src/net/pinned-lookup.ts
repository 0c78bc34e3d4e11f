import { lookup as systemLookup, type LookupAddress, type LookupAllOptions } from "node:dns";
import { isPrivateAddress } from "./is-private-address.ts";

/** The shape of `dns.lookup` that `net.connect` (and so undici's `connect.lookup`) calls. */
export type ConnectLookup = (
  hostname: string,
  options: { readonly all?: boolean; readonly family?: number | string },
  callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/** Resolves every address of a host (the system resolver, or a stand-in in tests). */
export type ResolveAll = (hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolveAll: ResolveAll = (hostname, callback) => systemLookup(hostname, { all: true, verbatim: true } satisfies LookupAllOptions, callback);

/**
 * A `lookup` for the connection itself: the host is resolved once, every address is checked, and
 * the connection goes to exactly the addresses that were checked. Resolving for a check and again
 * for the connection (as fetch does) lets a DNS-rebinding server answer a public address first and
 * 127.0.0.1 second; here there is no second answer. An answer holding any private, loopback or
 * link-local address is refused with code "ERR_PRIVATE_ADDRESS".
 *
 *   new Agent({ connect: { lookup: pinnedLookup() } })
 */
export function pinnedLookup(resolveAll: ResolveAll = systemResolveAll): ConnectLookup {
  return (hostname, options, callback) => {
    resolveAll(hostname, (error, addresses) => {
      if (error) return callback(error, []);
      const family = options.family === 4 || options.family === "IPv4" ? 4 : options.family === 6 || options.family === "IPv6" ? 6 : 0;
      const usable = family === 0 ? addresses : addresses.filter((a) => a.family === family);
      const bad = addresses.find((a) => isPrivateAddress(a.address));
      if (bad !== undefined || usable.length === 0) {
        const refused: NodeJS.ErrnoException = new Error(`${hostname} resolves to a private, loopback or link-local address (${bad?.address ?? "none"})`);
        refused.code = bad === undefined ? "ENOTFOUND" : "ERR_PRIVATE_ADDRESS";
        return callback(refused, []);
      }
      if (options.all) return callback(null, usable);
      const first = usable[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
