import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { admin1At } from "../../src/places/governorate-outlines.ts";
import { loadGazetteerEntries } from "../../src/places/load-gazetteer.ts";
import { readGovernorateOutlines } from "../../src/places/read-governorate-outlines.ts";

test("builds the GeoNames index once, then loads it from the cache", async () => {
  const cacheDir = mkdtempSync(join(tmpdir(), "rasd-gz-"));
  const cold = await loadGazetteerEntries({ cacheDir });
  assert.equal(cold.stats.fromCache, false);
  assert.equal(cold.stats.admin, 77, "Syria + 14 governorates + 62 districts");
  assert.ok(cold.stats.curated >= 250, `curated ${cold.stats.curated}`);
  assert.ok(cold.stats.geonames > 200, `geonames ${cold.stats.geonames}`);
  // Speed is measured by `npm run bench`, not asserted here: the second load must come from the cache.
  const warm = await loadGazetteerEntries({ cacheDir });
  assert.equal(warm.stats.fromCache, true);
  assert.equal(warm.entries.length, cold.entries.length);
  assert.ok(warm.entries.every((e) => e.admin1 !== null || e.kind === "country"), "every entry below the country has a governorate");
  const ids = new Set(warm.entries.map((e) => e.id));
  assert.equal(ids.size, warm.entries.length, "ids are unique");
});

test("point-in-polygon on Natural Earth outlines gives admin1", async () => {
  const outlines = await readGovernorateOutlines();
  assert.equal(outlines.length, 14);
  const towns: readonly [string, number, number, string][] = [
    ["Saraqib", 35.864, 36.806, "Idlib"],
    ["Aleppo", 36.201, 37.161, "Aleppo"],
    ["Hama", 35.132, 36.758, "Hama"],
    ["Homs", 34.727, 36.723, "Homs"],
    ["Qardaha", 35.45, 36.06, "Latakia"],
    ["Raqqa", 35.953, 39.008, "Raqqa"],
  ];
  for (const [name, lat, lon, admin1] of towns) assert.equal(admin1At(outlines, lat, lon), admin1, name);
  assert.equal(admin1At(outlines, 36.9, 35.0), null, "Mediterranean/Turkey is outside");
});
