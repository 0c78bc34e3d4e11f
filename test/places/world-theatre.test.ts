/**
 * Beyond Syria: the country read from the text, places looked up in that country only, actor keys
 * as the guidelines write them abroad. Every sentence here is an invented example in the style of
 * news reports (no real article is copied); the data come from the repository and cities500.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createExtractor } from "../../src/extract/create-extractor.ts";
import { actorKeyIn, createActorPolicy, writtenActorName } from "../../src/extract/output/theatre-actors.ts";
import { loadResources } from "../../src/resources/load-resources.ts";
import { compileCountryCues } from "../../src/places/world/country-cues.ts";
import { loadWorldGazetteer } from "../../src/places/world/load-world-gazetteer.ts";
import { parseArabWorldTheatre } from "../../src/places/world/load-arab-world-theatre.ts";
import { readCountry } from "../../src/places/world/read-country.ts";
import { normalizeKey } from "../../src/text/normalize.ts";

const resources = await loadResources();
const world = await loadWorldGazetteer();
const cues = compileCountryCues(world.theatre, world, resources.gazetteer.names());
const extract = createExtractor(resources);
const SYRIAN_KEYS = new Set(world.theatre.syria_only_actor_keys);

describe("readCountry (invented examples)", () => {
  const cases: [label: string, text: string, country: string | null][] = [
    ["a Yemeni city too short to be a cue by itself, written as a dateline", "تعز - قُتل طفلان بقذيفة سقطت على حي سكني في المدينة.", "Yemen"],
    ["a Sudanese town the theatre lists, written as a dateline", "الفاشر - قُتل خمسة نازحين بقصف على مخيم قرب المدينة.", "Sudan"],
    ["Yemeni dateline and governorate", "مأرب - شنت مقاتلات التحالف العربي غارات على مواقع لجماعة الحوثي في محافظة مأرب اليمنية.", "Yemen"],
    ["Sudanese city and state", "الفاشر - قصفت قوات الدعم السريع أحياء في مدينة الفاشر بولاية شمال دارفور غربي السودان.", "Sudan"],
    ["Gaza strike", "استشهد ثلاثة فلسطينيين في قصف إسرائيلي على منزل في خان يونس جنوبي قطاع غزة.", "Palestine"],
    ["Syrian report", "قصفت قوات النظام قرى في ريف إدلب الجنوبي، بحسب المرصد السوري لحقوق الإنسان.", "Syria"],
    ["no clue at all", "قتل شخصان في انفجار عبوة ناسفة صباح اليوم.", null],
  ];
  for (const [label, text, country] of cases) {
    it(label, () => assert.equal(readCountry(text, cues).country, country));
  }

  it("reads no country from 'the white' (البيت الأبيض), though a Sudanese town bears the word as its name", () => {
    assert.equal(readCountry("قال البيت الأبيض إن الرئيس سيلتقي وزير الخارجية.", cues).clues.filter((c) => c.country === "Sudan").length, 0);
  });

  it("weighs a dateline", () => {
    const r = readCountry("صنعاء - قال مصدر إن انفجاراً وقع صباح اليوم.", cues);
    assert.ok(r.clues.some((c) => c.kind === "dateline" && c.country === "Yemen"));
  });

  it("weighs a dateline written with a place the theatre lists as a cue phrase (a Syrian governorate)", () => {
    // "أريحا" is also a town abroad: only the dateline says which.
    const r = readCountry("ريف إدلب - شنت طائرات حربية غارات على مدينة أريحا.", cues);
    assert.equal(r.country, "Syria");
    assert.ok(r.clues.some((c) => c.kind === "dateline" && c.country === "Syria"));
  });
});

describe("world gazetteer", () => {
  it("names admin1 through the theatre's code table and tags the country", () => {
    const [marib] = world.lookup(normalizeKey("مأرب"), "Yemen");
    assert.equal(marib?.admin1, "Marib");
    assert.equal(marib?.country, "Yemen");
    const [fasher] = world.lookup(normalizeKey("الفاشر"), "Sudan");
    assert.equal(fasher?.admin1, "North Darfur");
    assert.equal(world.lookup(normalizeKey("بغداد"), "Iraq")[0]?.admin1, "Baghdad");
  });

  it("returns only the reading's country, and nothing ambiguous without one", () => {
    assert.ok(world.lookup(normalizeKey("طرابلس"), "Libya").every((e) => e.country === "Libya"));
    assert.deepEqual(world.lookup(normalizeKey("طرابلس"), null), []);
    assert.deepEqual(world.lookup(normalizeKey("الفاشر"), "Syria"), []);
    assert.ok(world.entries.every((e) => e.country && e.country !== "Syria"));
  });

  it("rejects a theatre file with a bad admin1 code, naming the path", () => {
    const bad = { syria_only_actor_keys: ["SYR_GOV"], countries: [{ iso2: "YE", name_en: "Yemen", names_ar: ["اليمن"], admin1: [{ code: "x", name_en: "Marib" }] }] };
    assert.throws(() => parseArabWorldTheatre(JSON.stringify(bad), "t.json"), /theatre t\.json: does not match its schema: countries\.0\.admin1\.0\.code/);
  });
});

describe("actor keys abroad", () => {
  const policy = createActorPolicy(resources.lexicons, world.theatre.syria_only_actor_keys, resources.theatres.syria.country);
  const cases: [country: string | null, key: string | null, written: string | null, out: string | null][] = [
    ["Sudan", "RSF", "قوات الدعم السريع", "OTHER:قوات الدعم السريع"],
    ["Yemen", "SYR_GOV", "الجيش", "OTHER:الجيش"],
    ["Yemen", "OPPOSITION", null, null],
    ["Yemen", "USA_COAL", "القوات الأمريكية", "USA_COAL"],
    ["Yemen", "SAUDI_COAL", "طيران التحالف", "OTHER:التحالف العربي"],
    ["Syria", "SYR_GOV", "قوات النظام", "SYR_GOV"],
    ["Syria", "REMNANTS", "فلول النظام البائد", "OTHER:فلول النظام البائد"],
    ["Syria", "REMNANTS", null, "OTHER:فلول النظام"],
    ["Libya", "REMNANTS", "فلول النظام", "OTHER:فلول النظام"],
  ];
  for (const [country, key, written, out] of cases) {
    it(`${country} ${key} → ${out}`, () => assert.equal(actorKeyIn(country, key, written, policy), out));
  }
  it("keeps the name as written, without proclitics", () => {
    assert.equal(writtenActorName("وللقوات الحكومية", normalizeKey("القوات الحكومية")), "القوات الحكومية");
    assert.equal(writtenActorName("بالحوثيين", normalizeKey("الحوثيين")), "الحوثيين");
  });
});

describe("extraction beyond Syria (invented reports)", () => {
  const run = (text: string) =>
    extract({ id: "example", url: null, outlet: null, published: "2024-05-14", title: null, text }).events;
  const cases: [label: string, text: string, place: string, country: string, admin1: string][] = [
    ["Yemeni air strike on a Marib district", "مأرب - شن طيران التحالف العربي، اليوم الثلاثاء، غارات جوية على مديرية صرواح في محافظة مأرب اليمنية، ما أدى إلى مقتل ثلاثة من مسلحي جماعة الحوثي.", "صرواح", "Yemen", "Marib"],
    ["Sudanese shelling of El Fasher", "الفاشر - قصفت قوات الدعم السريع بالمدفعية الثقيلة، اليوم الأحد، أحياء في مدينة الفاشر بولاية شمال دارفور، ما أسفر عن مقتل خمسة مدنيين وإصابة عشرة آخرين، بحسب مصادر طبية سودانية.", "الفاشر", "Sudan", "North Darfur"],
    ["Houthi shelling in Marib", "صنعاء - قالت مصادر محلية يمنية إن الحوثيين قصفوا، أمس، مواقع للقوات الحكومية في مديرية حريب بمحافظة مأرب.", "حريب", "Yemen", "Marib"],
  ];
  for (const [label, text, place, country, admin1] of cases) {
    it(label, () => {
      const events = run(text);
      const e = events.find((x) => x.location.name_ar === place);
      assert.ok(e, `an event at ${place} (got ${events.map((x) => x.location.name_ar).join(", ")})`);
      assert.equal(e.location.country, country);
      assert.equal(e.location.admin1, admin1);
      for (const x of events) {
        assert.notEqual(x.location.country, "Syria", "no event put in Syria");
        assert.ok(!SYRIAN_KEYS.has(x.actor1 ?? "") && !SYRIAN_KEYS.has(x.actor2 ?? ""), `no Syrian faction abroad: ${x.actor1} / ${x.actor2}`);
      }
    });
  }

  it("codes the Sudanese report's actors as written", () => {
    const [e] = run(cases[1]![1]);
    assert.equal(e?.actor1, "OTHER:قوات الدعم السريع");
    assert.equal(e?.actor2, "CIVILIANS");
  });

  it("never picks a Syrian place of the same name abroad", () => {
    // البيضاء names places in Syria too; in a Yemeni report it is the Yemeni city.
    const events = run("البيضاء - قصف الحوثيون بالمدفعية، اليوم، أحياء في مدينة البيضاء وسط اليمن، ما أدى إلى إصابة أربعة مدنيين.");
    assert.ok(events.length > 0);
    for (const e of events) {
      assert.equal(e.location.country, "Yemen");
      assert.equal(e.location.admin1, "Al Bayda");
    }
  });

  it("with no country read, leaves a name shared with a place abroad unresolved", () => {
    const events = run("قصف مسلحون بالمدفعية، اليوم، أحياء في مدينة البيضاء، ما أدى إلى إصابة أربعة مدنيين.");
    for (const e of events) assert.notEqual(e.location.country, "Syria");
  });

  it("codes a camp at a town's edge at the town, written as the article writes the town", () => {
    const events = run("الفاشر - قتل سبعة نازحين، اليوم، في قصف بطائرة مسيرة استهدف مخيم أبو شوك للنازحين شمال دارفور، وفق مصادر طبية سودانية.");
    assert.deepEqual(events.map((e) => [e.location.name_ar, e.location.admin1, e.location.country]), [["الفاشر", "North Darfur", "Sudan"]]);
  });

  it("codes a district of a city at the city, one event with the city named beside it", () => {
    const events = run("بغداد - قتل تسعة أشخاص وأصيب عشرون آخرون بانفجار سيارة مفخخة في سوق شعبي بمدينة الصدر في بغداد، اليوم الثلاثاء.");
    assert.deepEqual(events.map((e) => [e.sub_event_type, e.location.name_ar, e.killed]), [["Remote explosive/landmine/IED", "بغداد", 9]]);
  });

  it("writes the town by the longest of its names the article uses", () => {
    const events = run("الخرطوم - دارت اشتباكات عنيفة، اليوم، بين الجيش السوداني وقوات الدعم السريع في ضاحية شمبات بمدينة الخرطوم بحري.");
    assert.deepEqual(events.map((e) => e.location.name_ar), ["الخرطوم بحري"]);
  });

  it("counts people named by their nationality as civilians killed, fighters of a nationality as fighters", () => {
    const shot = run("نابلس - قُتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي في مدينة نابلس بالضفة الغربية، اليوم.");
    assert.deepEqual(shot.map((e) => [e.sub_event_type, e.actor1, e.actor2, e.killed]), [["Attack", "ISR_MIL", "CIVILIANS", 3]]);
    const fighters = run("طرابلس - قُتل خمسة مقاتلين سوريين في اشتباكات بين مجموعتين مسلحتين في مدينة طرابلس الليبية، اليوم.");
    assert.ok(fighters.length > 0 && fighters.every((e) => e.actor2 !== "CIVILIANS"), fighters.map((e) => `${e.sub_event_type} ${e.actor2}`).join(", "));
  });

  it("places a nationwide agreement that names no town in the country, admin1 its capital's", () => {
    const events = run("جدة - أعلن الوسطاء، اليوم، توقيع اتفاق بين الجيش السوداني وقوات الدعم السريع على هدنة لسبعة أيام في السودان.");
    const e = events.find((x) => x.sub_event_type === "Agreement");
    assert.ok(e, `an agreement (got ${events.map((x) => x.sub_event_type).join(", ")})`);
    assert.deepEqual([e.location.name_ar, e.location.admin1, e.location.precision, e.location.country], ["السودان", "Khartoum", 3, "Sudan"]);
    // Its place has words of its own: the country's name, not the Sudanese army's adjective.
    const place = e.provenance.find((p) => p.field === "location");
    assert.match(place?.rule ?? "", /place:whole-country/);
    assert.equal(place?.evidence?.text, "السودان");
  });

  it("names a bare group by the qualified name the article gives it elsewhere", () => {
    const events = run("صنعاء - شن التحالف غارات جوية على مواقع في مديرية صرواح بمحافظة مأرب اليوم. وقالت مصادر محلية إن طيران التحالف العربي نفذ أكثر من عشر غارات.");
    assert.equal(events[0]?.actor1, "OTHER:التحالف العربي");
  });

  it("keeps a bare group's name when the article qualifies it with no alias of it", () => {
    const events = run("صنعاء - شن التحالف الذي تقوده المملكة غارات جوية على مواقع في مديرية صرواح بمحافظة مأرب اليوم.");
    assert.equal(events[0]?.actor1, "OTHER:التحالف");
  });

  it("reads a hashtag's words joined by underscores as the name they spell", () => {
    const events = run("ديالى - هاجم مسلحو #داعش مساء اليوم نقطة لعناصر #الحشد_الشعبي في قضاء #المقدادية شمال شرقي #العراق.");
    assert.equal(events[0]?.actor1, "ISIS");
    assert.equal(events[0]?.actor2, "OTHER:الحشد الشعبي");
  });

  it("codes each governorate listed with towns as an event of its own", () => {
    const events = run("صنعاء - شنت طائرات أمريكية، مساء اليوم، غارات جوية على مواقع للحوثيين في مدينة الحديدة وصعدة والجوف شمالي اليمن.");
    assert.deepEqual(events.map((e) => [e.location.name_ar, e.location.precision]), [["الحديدة", 1], ["صعدة", 3], ["الجوف", 3]]);
  });

  it("codes no event at the places a border runs between", () => {
    const events = run("ديالى - هاجم مسلحو تنظيم داعش مساء اليوم نقطة للجيش العراقي في قرية تقع قرب الحدود الفاصلة بين السليمانية وديالى.");
    assert.ok(events.length > 0);
    for (const e of events) assert.notEqual(e.location.name_ar, "السليمانية");
  });

  it("knows the border villages of south Lebanon, named bare, with their governorate", () => {
    const events = run("بيروت - استهدفت مسيرة إسرائيلية، اليوم، دراجة نارية في عيترون جنوبي لبنان، ما أدى إلى مقتل شخص.");
    assert.deepEqual(events.map((e) => [e.sub_event_type, e.location.name_ar, e.location.admin1]), [["Air/drone strike", "عيترون", "Nabatieh"]]);
  });

  it("codes a Gaza City neighbourhood named alone at Gaza City", () => {
    const events = run("غزة - استشهد ثلاثة مواطنين، اليوم، في قصف إسرائيلي استهدف منزلاً في الشجاعية، بحسب الدفاع المدني في قطاع غزة.");
    assert.deepEqual(events.map((e) => [e.location.name_ar, e.location.country]), [["غزة", "Palestine"]]);
  });

  it("reads a governorate's seat named after a place of that governorate as the governorate", () => {
    const events = run("صنعاء - شنت طائرات أمريكية، اليوم، أربع غارات على ميناء رأس عيسى في الحديدة غربي اليمن.");
    assert.deepEqual(events.map((e) => e.location.name_ar), ["رأس عيسى"]);
  });

  it("places a clash on the border with a neighbour the report's lexicons do not hold as a place", () => {
    const events = run("عمّان - اشتبكت قوات حرس الحدود الأردنية فجر اليوم مع مجموعة من المهربين على الحدود مع سورية، ما أدى إلى مقتل أحدهم.");
    assert.deepEqual(events.map((e) => [e.sub_event_type, e.location.name_ar, e.location.country]), [["Armed clash", "الحدود مع سورية", "Jordan"]]);
  });

  it("reads the strike in an actor named by it ('غارة إسرائيلية') as the event", () => {
    const events = run("بيروت - قتل صحفيان جراء غارة إسرائيلية استهدفتهما في بلدة عيترون جنوبي لبنان، اليوم.");
    assert.deepEqual(events.map((e) => [e.sub_event_type, e.actor1, e.location.name_ar]), [["Air/drone strike", "ISR_MIL", "عيترون"]]);
  });

  it("names both sides of infighting by the one group's name as written", () => {
    const [e] = run("طرابلس - قُتل ثلاثة أشخاص، اليوم، في اشتباكات اندلعت بين ميليشيات متناحرة داخل أحد أحياء طرابلس.");
    assert.deepEqual([e?.actor1, e?.actor2], ["OTHER:ميليشيات متناحرة", "OTHER:ميليشيات متناحرة"]);
  });

  it("keeps Syrian reports in Syria with Syrian keys", () => {
    const [e] = run("إدلب - قصفت قوات النظام بالمدفعية الثقيلة، اليوم، بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي، ما أدى إلى إصابة مدنيين اثنين.");
    assert.equal(e?.location.country, "Syria");
    assert.equal(e?.location.admin1, "Idlib");
    assert.equal(e?.actor1, "SYR_GOV");
  });
});
