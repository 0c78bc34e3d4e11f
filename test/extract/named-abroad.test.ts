import assert from "node:assert/strict";
import { before, test } from "node:test";
import { createExtractor, type Extractor } from "../../src/extract/create-extractor.ts";
import { loadResources } from "../../src/resources/load-resources.ts";

// Example sentences written for these tests. "جبلة" names a Syrian city and a town abroad: where the
// sentence's country is not plain, the name is placed only when a governorate says which one.
let extract: Extractor;
before(async () => {
  extract = createExtractor(await loadResources());
});

const placeOf = (text: string) => extract({ id: "t", url: null, outlet: null, published: "2025-03-06", title: null, text }).events[0]?.location;

test("a name shared with a town abroad is the home town when its governorate is named with it", () => {
  const location = placeOf("قصفت طائرات مسيرة مدينة جبلة في ريف اللاذقية صباح اليوم.");
  assert.equal(location?.admin1, "Latakia");
  assert.notEqual(location?.gazetteer_id, null);
  assert.notEqual(location?.lat, null);
});

test("without a governorate, a name shared with a town abroad stays unplaced", () => {
  const location = placeOf("قصفت طائرات مسيرة مدينة جبلة صباح اليوم.");
  assert.equal(location?.gazetteer_id ?? null, null);
});
