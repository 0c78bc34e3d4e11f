import assert from "node:assert/strict";
import { test } from "node:test";
import { articleContext } from "../../src/merge/article-context.ts";
import { decideLink } from "../../src/merge/link-decision.ts";
import { mergeInMemory } from "../../src/merge/merge-in-memory.ts";
import { defaultMergeModel } from "../../src/merge/merge-model.ts";
import { otherPlacesMostlyShared, pairFeatures, placeFeature, sameActor, type PairSide } from "../../src/merge/pair-features.ts";
import { reportFromEvent } from "../../src/merge/report-from-event.ts";
import { PAIR_FEATURES } from "../../src/model/pair-feature.ts";
import { type EventSpec, makeEvent } from "./make-event.ts";

/** An invented report with its article: outlet, day, title. */
function side(spec: EventSpec & { published?: string | null; outlet?: string; title?: string }): PairSide {
  const article = spec.article ?? "a1";
  const report = reportFromEvent(makeEvent(spec), article, `hash-${article}`, 0);
  const text = spec.text ?? "قصفت قوات النظام بلدة سرمين بالمدفعية الثقيلة.";
  return {
    ...articleContext(spec.title ?? null, text),
    report,
    published: spec.published === undefined ? (report.date ?? null) : spec.published,
    outlet_id: spec.outlet ?? `${article}.example`,
    syndicated_of: null,
    places: new Set([report.place_key]),
  };
}

const model = defaultMergeModel();

function pairFeaturesOf(a: Parameters<typeof side>[0], b: Parameters<typeof side>[0]): string[] {
  return pairFeatures(side(a), side(b));
}
const SHELLING_A = "قصفت قوات النظام بالمدفعية الثقيلة بلدة سرمين شرق إدلب صباح اليوم ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.";
const SHELLING_B = "قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي لقوات النظام استهدف بلدة سرمين في ريف إدلب الشرقي.";

const WEEKLY_A = "جددت قوات النظام قصفها المدفعي على بلدة سرمين مستهدفة الأحياء السكنية والأراضي الزراعية المحيطة بها دون ورود معلومات عن خسائر بشرية حتى الآن.";
const WEEKLY_B = "طالت قذائف صاروخية أطلقتها الميليشيات المتمركزة في المعسكرات القريبة منازل المدنيين في سرمين واقتصرت الأضرار على الماديات بحسب ناشطين محليين.";

const cases: [string, Parameters<typeof side>[0], Parameters<typeof side>[0], boolean][] = [
  ["same village, same day, same toll, two outlets", { article: "a", killed: 3, injured: 5, text: SHELLING_A }, { article: "b", killed: 3, injured: 5, text: SHELLING_B }, true],
  ["same village, different days (a weekly shelling)", { article: "a", date: "2024-03-05" }, { article: "b", date: "2024-03-12" }, false],
  ["same village, three days apart", { article: "a", date: "2024-03-05", text: SHELLING_A }, { article: "b", date: "2024-03-08", text: SHELLING_A }, false],
  [
    "village and the area containing it, same day and type, actors and tolls agree",
    { article: "a", killed: 3, injured: 5, text: SHELLING_A },
    { article: "b", place: "zawiya", killed: 3, injured: 5, text: SHELLING_B },
    true,
  ],
  ["undated pair, same type and village and nothing else", { article: "a", date: null, published: null, actor2: null, text: WEEKLY_A }, { article: "b", date: null, published: null, actor2: null, text: WEEKLY_B }, false],
  ["same article never merges", { article: "a" }, { article: "a", id: "e2" }, false],
  ["other event type", { article: "a" }, { article: "b", sub: "Armed clash" }, false],
  ["undated, villages 15 km apart", { article: "a", date: null, published: null, text: WEEKLY_A }, { article: "b", place: "ariha", date: null, published: null, text: WEEKLY_B }, false],
];

for (const [label, a, b, expected] of cases) {
  test(`merge decision: ${label}`, () => {
    const forward = decideLink(side(a), side(b), model);
    assert.equal(forward.link, expected, `p=${forward.p}: ${forward.reasons.join(", ")}`);
    assert.equal(decideLink(side(b), side(a), model).link, expected, "symmetric");
  });
}

test("a linked pair carries its reasons, strongest first", () => {
  const decision = decideLink(side({ article: "a", killed: 3, injured: 5, text: SHELLING_A }), side({ article: "b", killed: 3, injured: 5, text: SHELLING_B }), model);
  assert.ok(decision.reasons.length > 0);
  assert.match(decision.reasons.join(" "), /day:same/);
  const weights = decision.reasons.map((r) => Number(r.split(" ").at(-1)!.replace("−", "-")));
  assert.deepEqual(weights, [...weights].sort((x, y) => y - x));
});

test("a week of shellings of one village stays a week of events, whatever undated report comes between", async () => {
  const days = ["2024-03-01", "2024-03-08", "2024-03-15"].map((date, i) => side({ article: `d${i}`, date, killed: 2, text: SHELLING_A }));
  const undated = side({ article: "u", date: null, published: null, killed: 2, text: SHELLING_A });
  const { group } = await mergeInMemory([...days, undated], model);
  const groups = new Set(days.map((d) => group.get(d.report.report_key)));
  assert.equal(groups.size, 3, "no two of the dated shellings share an event");
});

test("pair features name evidence only: unknown actors, tolls and publication days add nothing", () => {
  const features = new Set(
    pairFeaturesOf(
      { article: "a", date: null, published: null, actor1: null, actor2: null, text: WEEKLY_A },
      { article: "b", date: null, published: null, actor1: null, actor2: null, text: WEEKLY_B },
    ),
  );
  assert.ok(features.has("day:undated-both") && features.has("place:same") && features.has("type:same-sub"));
  for (const f of features) assert.doesNotMatch(f, /^(actors|toll|published|source|wording):/, `${f} is said without evidence`);
  assert.ok(![...features].some((f) => f.includes("unknown") || f.includes("none") || f.startsWith("undated&")));
});

test("pair features: figures, wording and publication days when both sides have them", () => {
  const features = new Set(pairFeaturesOf({ article: "a", killed: 3, injured: 5, text: SHELLING_A, published: "2024-03-05" }, { article: "b", killed: 3, injured: 6, text: SHELLING_A, published: "2024-03-06" }));
  for (const f of ["day:same", "day:both-exact", "toll:killed-equal", "toll:close", "wording:close", "published:close", "actors:shared", "actors:same-actor1"]) assert.ok(features.has(f), f);
  const far = new Set(pairFeaturesOf({ article: "a", killed: 3, published: "2024-03-05" }, { article: "b", killed: 8, published: "2024-03-20" }));
  assert.ok(far.has("toll:differ") && far.has("published:far"));
});

test("death tolls: two massacre figures at one place tell one event as its toll rises, a massacre beside a small toll another", () => {
  const undated = { date: null, published: null, text: WEEKLY_A } as const;
  const rising = pairFeatures(side({ ...undated, article: "a", killed: 17 }), side({ ...undated, article: "b", killed: 38 }));
  assert.ok(rising.includes("toll:both-heavy") && !rising.includes("toll:differ"), rising.join(" "));
  assert.ok(!rising.includes("day:undated-uncorroborated"), "two massacre figures corroborate an undated pair");
  const apart = pairFeatures(side({ ...undated, article: "a", killed: 20 }), side({ ...undated, article: "b", killed: 2 }));
  assert.ok(apart.includes("toll:one-heavy") && !apart.includes("toll:differ"), apart.join(" "));
  const small = pairFeatures(side({ ...undated, article: "a", killed: 2 }), side({ ...undated, article: "b", killed: 7 }));
  assert.ok(small.includes("toll:differ") && !small.some((f) => f.endsWith("-heavy")), small.join(" "));
  const injured = pairFeatures(side({ ...undated, article: "a", injured: 15 }), side({ ...undated, article: "b", injured: 40 }));
  assert.ok(!injured.some((f) => f.endsWith("-heavy")), "the death toll only");
});

test("actors by role: another named force attacking or attacked tells against the pair; civilians and unknown attackers name no one", () => {
  const features = (a: Parameters<typeof side>[0], b: Parameters<typeof side>[0]): Set<string> => new Set(pairFeaturesOf({ article: "a", ...a }, { article: "b", ...b }));
  // The army shelled the village in one report, the opposition in the other: both "killed civilians".
  const attackers = features({ actor1: "SYR_GOV", actor2: "CIVILIANS" }, { actor1: "OPPOSITION", actor2: "CIVILIANS" });
  assert.ok(attackers.has("actors:other-in-role"));
  assert.ok(!attackers.has("actors:shared"), "civilians as the victims of both are no actor in common");
  // One attacker, two different forces attacked (its strike on one faction's posts, another day on another's).
  const targets = features({ actor1: "SYR_GOV", actor2: "OPPOSITION" }, { actor1: "SYR_GOV", actor2: "SDF" });
  assert.ok(targets.has("actors:other-in-role") && targets.has("actors:same-actor1"));
  // An unknown attacker beside a named one, or the same forces on both sides: nothing against.
  assert.ok(!features({ actor1: "UNKNOWN", actor2: "CIVILIANS" }, { actor1: "SYR_GOV", actor2: "CIVILIANS" }).has("actors:other-in-role"));
  assert.ok(!features({ actor1: "SYR_GOV", actor2: "OPPOSITION" }, { actor1: "SYR_GOV", actor2: "OPPOSITION" }).has("actors:other-in-role"));
});

test("actors outside the catalogue: two outlets' names for one group are one actor, a shared head noun is not", () => {
  // Invented names in the style of news reports: the group's own word decides, in any case ending.
  assert.ok(sameActor("OTHER:مسلحي العشائر", "OTHER:أبناء العشائر"));
  assert.ok(sameActor("OTHER:مقاتلو القبائل", "OTHER:مقاتلي القبائل"));
  assert.ok(sameActor("OTHER:الحوثيين", "OTHER:جماعة الحوثي"));
  assert.ok(!sameActor("OTHER:قوات الدعم السريع", "OTHER:قوات الجيش السوداني"), "only the head «قوات» in common");
  assert.ok(!sameActor("OTHER:مسلحي العشائر", "SDF"), "a catalogue key is equal or not");
  const features = new Set(pairFeaturesOf({ article: "a", actor1: "OTHER:مسلحي العشائر", actor2: "SDF" }, { article: "b", actor1: "OTHER:أبناء العشائر", actor2: "SDF" }));
  assert.ok(features.has("actors:same-actor1") && !features.has("actors:other-in-role"), [...features].join(" "));
  const apart = new Set(pairFeaturesOf({ article: "a", actor1: "OTHER:قوات الدعم السريع", actor2: "CIVILIANS" }, { article: "b", actor1: "OTHER:قوات الجيش السوداني", actor2: "CIVILIANS" }));
  assert.ok(apart.has("actors:other-in-role"));
});

test("a place inside an area is told by the area's size: a front area, a governorate, or two areas", () => {
  const place = (a: EventSpec["place"], b: EventSpec["place"]): string => placeFeature(side({ article: "a", place: a }).report, side({ article: "b", place: b }).report);
  assert.equal(place("sarmin", "sarmin"), "place:same");
  assert.equal(place("sarmin", "zawiya"), "place:inside-area");
  assert.equal(place("idlib", "sarmin"), "place:inside-region", "either order");
  assert.equal(place("zawiya", "idlibSouth"), "place:areas");
  assert.equal(place("idlibSouth", "idlib"), "place:areas");
});

test("other places count as one story's only when most of them are shared, not one village of two roundups", () => {
  // Example keys, not real places: a front's roundups on two days each list several villages and
  // share one; two tellings of one strike on three villages share all of them.
  const withPlaces = (article: string, places: readonly string[]): PairSide => {
    const s = side({ article, date: null, published: null });
    return { ...s, places: new Set([s.report.place_key, ...places]) };
  };
  const roundupA = withPlaces("a", ["village-1", "village-2", "village-3", "village-4"]);
  const roundupB = withPlaces("b", ["village-4", "village-5", "village-6"]);
  assert.equal(otherPlacesMostlyShared(roundupA, roundupB), false);
  assert.ok(!pairFeatures(roundupA, roundupB).includes("article:other-places-shared"));
  const tellingA = withPlaces("c", ["village-1", "village-2"]);
  const tellingB = withPlaces("d", ["village-1", "village-2", "village-7"]);
  assert.equal(otherPlacesMostlyShared(tellingA, tellingB), true);
  assert.ok(pairFeatures(tellingA, tellingB).includes("article:other-places-shared"));
  // Half of the shorter list is enough; the pair's own place never counts as another place.
  assert.equal(otherPlacesMostlyShared(withPlaces("e", ["village-1", "village-9"]), withPlaces("f", ["village-1", "village-8", "village-7"])), true);
  assert.equal(otherPlacesMostlyShared(withPlaces("g", []), withPlaces("h", ["village-1"])), false);
});

test("every feature the shipped model weighs is one pair-features.ts can emit", () => {
  const named: ReadonlySet<string> = new Set(PAIR_FEATURES);
  for (const f of model.weights.keys()) assert.ok(named.has(f), f);
});

test("a report joins an event only when it agrees with the event, not with one look-alike report of it", async () => {
  // A toy model (not the fitted one): an equal killed or injured figure is strong evidence, nothing else counts.
  const toy = { bias: -2, weights: new Map([["toll:killed-equal", 4], ["toll:injured-equal", 4]]), threshold: 0.5, undatedThreshold: 0.5 };
  const undated = { date: null, published: null, text: WEEKLY_A } as const;
  const story = [side({ ...undated, article: "a", killed: 5 }), side({ ...undated, article: "b", killed: 5 }), side({ ...undated, article: "c", killed: 5, injured: 7 })];
  // Links strongly to c (same injured figure) and to nothing else of the story.
  const lookAlike = side({ ...undated, article: "d", killed: null, injured: 7 });
  const fits = side({ ...undated, article: "e", killed: 5, injured: 7 });
  const apart = (await mergeInMemory([...story, lookAlike], toy)).group;
  const event = apart.get(story[0]!.report.report_key);
  assert.ok(story.every((s) => apart.get(s.report.report_key) === event), "the story is one event");
  assert.notEqual(apart.get(lookAlike.report.report_key), event, "one look-alike link does not pull it in");
  const { group, links } = await mergeInMemory([...story, fits], toy);
  assert.equal(group.get(fits.report.report_key), event, "a report that fits every report joins");
  const link = links.find((l) => l.article_id === "e")!;
  assert.ok(link.agreement !== undefined && link.agreement >= 0.5 * link.p, `agreement ${link.agreement} with p ${link.p}`);
});

/** The same side with its opening words replaced: `shared` words in common with its pair out of `own` + `shared`. */
function withLead(s: PairSide, own: number, shared: number): PairSide {
  const lead = new Set([...Array.from({ length: own }, (_, i) => `${s.report.article_id}-word-${i}`), ...Array.from({ length: shared }, (_, i) => `shared-word-${i}`)]);
  return { ...s, lead };
}

test("an undated pair that only the kind of event, the place and the attacker tie is uncorroborated", () => {
  // Openings sharing 2 of 22 words (Jaccard 0.09): neither near nor apart, so no lead feature.
  const undated = { date: null, published: null, actor2: null } as const;
  const a = withLead(side({ ...undated, article: "a", text: WEEKLY_A }), 10, 2);
  const b = withLead(side({ ...undated, article: "b", text: WEEKLY_B }), 10, 2);
  const bare = pairFeatures(a, b);
  assert.ok(bare.includes("day:undated-uncorroborated"), bare.join(" "));
  assert.ok(!bare.some((f) => f.startsWith("lead:")), "no lead feature at this overlap");
  // An equal figure, openings sharing words or the same credited source corroborate it.
  const killed = pairFeatures(withLead(side({ ...undated, article: "a", killed: 4, text: WEEKLY_A }), 10, 2), withLead(side({ ...undated, article: "b", killed: 4, text: WEEKLY_B }), 10, 2));
  assert.ok(killed.includes("toll:killed-equal") && !killed.includes("day:undated-uncorroborated"));
  const near = pairFeatures(withLead(side({ ...undated, article: "a", text: WEEKLY_A }), 8, 2), withLead(side({ ...undated, article: "b", text: WEEKLY_B }), 8, 2));
  assert.ok(near.includes("lead:near") && !near.includes("day:undated-uncorroborated"));
  const source = pairFeatures(withLead(side({ ...undated, article: "a", source: "ناشطون محليون", text: WEEKLY_A }), 10, 2), withLead(side({ ...undated, article: "b", source: "ناشطون محليون", text: WEEKLY_B }), 10, 2));
  assert.ok(source.includes("source:same") && !source.includes("day:undated-uncorroborated"));
  // A pair with both days is never named so, whatever else it lacks.
  const dated = pairFeatures(withLead(side({ article: "a", actor2: null, text: WEEKLY_A }), 10, 2), withLead(side({ article: "b", actor2: null, text: WEEKLY_B }), 10, 2));
  assert.ok(dated.includes("day:same") && !dated.includes("day:undated-uncorroborated"));
  // One side dated, the other not: still no day to compare.
  const one = pairFeatures(withLead(side({ article: "a", actor2: null, text: WEEKLY_A }), 10, 2), withLead(side({ ...undated, article: "b", text: WEEKLY_B }), 10, 2));
  assert.ok(one.includes("day:undated-one") && one.includes("day:undated-uncorroborated"));
});

test("an uncorroborated undated pair never links, whatever the model's weights and thresholds (policy, not fitted)", () => {
  const undated = { date: null, published: null, actor2: null } as const;
  const a = withLead(side({ ...undated, article: "a", text: WEEKLY_A }), 10, 2);
  const b = withLead(side({ ...undated, article: "b", text: WEEKLY_B }), 10, 2);
  const eager = { ...model, bias: 5, threshold: 0, undatedThreshold: 0 };
  const decision = decideLink(a, b, eager);
  assert.equal(decision.link, false, `p=${decision.p}`);
  assert.ok(decision.reasons.some((r) => r.startsWith("not linked")), decision.reasons.join(", "));
});

test("merge decision: undated, same village and attacker, nothing else told alike → two events (a front-line village is shelled every week)", () => {
  const undated = { date: null, published: null, actor2: null } as const;
  const a = withLead(side({ ...undated, article: "a", text: WEEKLY_A }), 10, 2);
  const b = withLead(side({ ...undated, article: "b", text: WEEKLY_B }), 10, 2);
  const decision = decideLink(a, b, model);
  assert.equal(decision.link, false, `p=${decision.p}: ${decision.reasons.join(", ")}`);
  assert.equal(decideLink(b, a, model).link, false, "symmetric");
});
