import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, it } from "node:test";
import { eventId } from "../../src/extract/output/event-id.ts";

const digest = (key: string) => createHash("sha1").update(key).digest("hex").slice(0, 10);

describe("eventId", () => {
  it("is the digest of day, place and type, the same when asked again, past the memo's bound", () => {
    assert.equal(eventId("2024-03-05", "gn:170017", "Air/drone strike"), `e-2024-03-05-${digest("2024-03-05|gn:170017|Air/drone strike")}`);
    assert.equal(eventId(null, "kafrayya", "Armed clash"), `e-nodate-${digest("nodate|kafrayya|Armed clash")}`);
    for (let i = 0; i < 25_000; i++) {
      const place = `gn:${i % 30_000}`;
      assert.equal(eventId("2023-01-01", place, "Armed clash"), `e-2023-01-01-${digest(`2023-01-01|${place}|Armed clash`)}`);
    }
    assert.equal(eventId("2024-03-05", "gn:170017", "Air/drone strike"), `e-2024-03-05-${digest("2024-03-05|gn:170017|Air/drone strike")}`);
  });
});
