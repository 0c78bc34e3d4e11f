import assert from "node:assert/strict";
import type { LookupAddress } from "node:dns";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { isPrivateAddress } from "../../src/net/is-private-address.ts";
import { pinnedLookup, type ResolveAll } from "../../src/net/pinned-lookup.ts";
import { DEFAULT_FETCH_POLICY, safeFetch } from "../../src/net/safe-fetch.ts";

const ADDRESSES: readonly (readonly [string, boolean, string])[] = [
  ["127.0.0.1", true, "loopback"],
  ["169.254.169.254", true, "cloud metadata"],
  ["8.8.8.8", false, "public IPv4"],
  ["::1", true, "IPv6 loopback"],
  ["::127.0.0.1", true, "IPv4-compatible loopback"],
  ["::8.8.8.8", true, "IPv4-compatible (deprecated, all of ::/96 refused)"],
  ["::ffff:127.0.0.1", true, "IPv4-mapped loopback"],
  ["::ffff:7f00:1", true, "IPv4-mapped loopback, hex"],
  ["0:0:0:0:0:ffff:a00:1", true, "IPv4-mapped 10.0.0.1, long form"],
  ["::ffff:0:7f00:1", true, "IPv4-translated loopback"],
  ["::ffff:8.8.8.8", false, "IPv4-mapped public"],
  ["64:ff9b::7f00:1", true, "NAT64 of loopback"],
  ["64:ff9b::192.168.0.1", true, "NAT64 of a private address"],
  ["64:ff9b::8.8.8.8", false, "NAT64 of a public address"],
  ["64:ff9b:1::1", true, "local-use NAT64"],
  ["2002:7f00:1::", true, "6to4 of loopback"],
  ["2002:a9fe:a9fe::1", true, "6to4 of cloud metadata"],
  ["2002:808:808::1", false, "6to4 of a public address"],
  ["2001:0:4136:e378::1", true, "Teredo"],
  ["fe80::1", true, "link-local"],
  ["fd12:3456::1", true, "unique local"],
  ["2606:4700::1111", false, "public IPv6"],
  ["not-an-address", true, "not an address"],
];

describe("the SSRF guard", () => {
  for (const [address, refused, label] of ADDRESSES) {
    it(`${refused ? "refuses" : "allows"} ${address} (${label})`, () => assert.equal(isPrivateAddress(address), refused));
  }

  it("connects to the address it checked: a rebinding resolver's second answer is never used", async () => {
    const answers: LookupAddress[][] = [[{ address: "93.184.216.34", family: 4 }], [{ address: "127.0.0.1", family: 4 }]];
    let calls = 0;
    const resolver: ResolveAll = (_host, callback) => callback(null, answers[Math.min(calls++, 1)]!);
    const lookup = pinnedLookup(resolver);
    const first = await new Promise<unknown>((resolve) => lookup("rebind.example", { all: true }, (error, address) => resolve(error ?? address)));
    assert.deepEqual(first, answers[0]);
    const second = await new Promise<unknown>((resolve) => lookup("rebind.example", {}, (error, address) => resolve(error ?? address)));
    assert.equal((second as NodeJS.ErrnoException).code, "ERR_PRIVATE_ADDRESS");
    assert.equal(calls, 2, "one resolution per connection, no second one behind the check");
  });

  it("refuses an answer that mixes a public and a private address", async () => {
    const lookup = pinnedLookup((_host, callback) => callback(null, [{ address: "8.8.8.8", family: 4 }, { address: "::ffff:10.0.0.1", family: 6 }]));
    const result = await new Promise<unknown>((resolve) => lookup("mixed.example", { all: true }, (error, address) => resolve(error ?? address)));
    assert.equal((result as NodeJS.ErrnoException).code, "ERR_PRIVATE_ADDRESS");
  });

  it("safeFetch refuses loopback by name and by IPv6 literal, and fetches it when allowed", async () => {
    const server = createServer((_req, res) => res.end("ok"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const url of [`http://localhost:${port}/`, `http://[::127.0.0.1]:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`, `http://[64:ff9b::7f00:1]:${port}/`]) {
        await assert.rejects(safeFetch(url, { ...DEFAULT_FETCH_POLICY, timeoutMs: 5000 }), (error: Error & { code?: string }) => error.code === "private-address", url);
      }
      const fetched = await safeFetch(`http://127.0.0.1:${port}/`, { ...DEFAULT_FETCH_POLICY, allowPrivate: true });
      assert.equal(new TextDecoder().decode(fetched.body!), "ok");
    } finally {
      server.close();
    }
  });
});
