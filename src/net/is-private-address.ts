import { isIP } from "node:net";

/**
 * Is this IP address one a fetch of untrusted URLs must not reach: loopback, private (RFC 1918,
 * unique local), link-local (cloud metadata lives at 169.254.169.254), CGNAT, unspecified,
 * multicast or reserved? IPv6 forms that embed an IPv4 address are judged by it (see privateV6).
 */
export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return privateV4(address);
  if (kind === 6) return privateV6(address.toLowerCase());
  return true; // not an address at all: refuse
}

function privateV4(address: string): boolean {
  const [a, b] = address.split(".").map(Number) as [number, number, number, number];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/**
 * An IPv6 address is judged by what it reaches. Forms that carry an IPv4 address are judged by that
 * address: IPv4-mapped ::ffff:0:0/96 and IPv4-translated ::ffff:0:0:0/96, NAT64 64:ff9b::/96, and
 * 6to4 2002::/16 (the IPv4 address in bits 16–47). Refused outright: the whole ::/96 (unspecified,
 * loopback, the deprecated IPv4-compatible ::a.b.c.d such as [::127.0.0.1]), local-use NAT64
 * 64:ff9b:1::/48, Teredo 2001::/32 (its IPv4 part is obfuscated), discard 100::/64, unique local,
 * link-local, site-local, multicast and documentation prefixes.
 */
function privateV6(address: string): boolean {
  const g = ipv6Groups(address);
  if (g === null) return true;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 6)) return true; // ::/96
  if (zeros(0, 5) && g[5] === 0xffff) return privateV4(v4(g[6]!, g[7]!)); // ::ffff:a.b.c.d
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return privateV4(v4(g[6]!, g[7]!)); // ::ffff:0:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return privateV4(v4(g[6]!, g[7]!)); // 64:ff9b::/96
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return true; // 64:ff9b:1::/48
  if (g[0] === 0x2002) return privateV4(v4(g[1]!, g[2]!)); // 6to4
  if (g[0] === 0x2001 && g[1] === 0) return true; // Teredo
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true; // documentation
  if (g[0] === 0x100 && zeros(1, 4)) return true; // discard-only
  const first = g[0]!;
  return (
    (first & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (first & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (first & 0xffc0) === 0xfec0 || // fec0::/10 site-local (deprecated)
    (first & 0xff00) === 0xff00 // multicast
  );
}

/** The eight 16-bit groups of an IPv6 address (with "::" and a dotted IPv4 tail expanded), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/%.*$/, "");
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail, ...more] = text.split("::");
  if (more.length > 0) return null;
  const parse = (part: string | undefined) => (part === undefined || part === "" ? [] : part.split(":").map((h) => parseInt(h, 16)));
  const left = parse(head);
  const right = parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...new Array<number>(tail === undefined ? 0 : missing).fill(0), ...right];
  return groups.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffff) ? groups : null;
}
