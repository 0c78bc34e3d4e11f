import assert from "node:assert/strict";
import { before, test } from "node:test";
import { createExtractor, type Extractor } from "../../src/extract/create-extractor.ts";
import { loadResources } from "../../src/resources/load-resources.ts";

// Example sentences written for these tests. Where the sentence's country is not plain, a name that
// places in several countries bear is placed by the governorate named with it, else by its prominent
// city: "جبلة" names a Syrian city of sixty thousand and a small town abroad, "أريحا" a Syrian city and
// one abroad of half its size, "المنصورة" a Syrian town and a larger city abroad, "الرمادي" a city of
// Iraq and a village of Yemen and no Syrian place.
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

test("without a governorate, a name shared with a small town abroad is the prominent home city", () => {
  const location = placeOf("قصفت طائرات مسيرة مدينة جبلة صباح اليوم.");
  assert.equal(location?.admin1, "Latakia");
  assert.equal(location?.country, "Syria");
});

test("without a governorate, a name whose home and abroad places are of a size stays unplaced", () => {
  const location = placeOf("قصفت طائرات مسيرة مدينة أريحا صباح اليوم.");
  assert.equal(location?.name_ar, "أريحا");
  assert.equal(location?.gazetteer_id ?? null, null);
});

test("a home name never moves abroad, even to a larger city of that name", () => {
  const location = placeOf("قصفت طائرات مسيرة بلدة المنصورة صباح اليوم.");
  assert.equal(location?.name_ar, "المنصورة");
  assert.equal(location?.gazetteer_id ?? null, null);
});

test("a name only places abroad bear, with no country told, is the country of its prominent city", () => {
  const location = placeOf("قتل مدني برصاص مسلحين مجهولين في مدينة الرمادي صباح اليوم.");
  assert.equal(location?.country, "Iraq");
  assert.equal(location?.admin1, "Anbar");
});
