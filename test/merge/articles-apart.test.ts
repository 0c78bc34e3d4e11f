import assert from "node:assert/strict";
import { test } from "node:test";
import { articleContext } from "../../src/merge/article-context.ts";
import { mergeInMemory } from "../../src/merge/merge-in-memory.ts";
import { articlesApart, type PairSide } from "../../src/merge/pair-features.ts";
import { reportFromEvent } from "../../src/merge/report-from-event.ts";
import { type EventSpec, makeEvent } from "./make-event.ts";

// Invented example texts, written for these tests in the style of news reports.
const TOLD_ONCE = "قصفت قوات النظام بالمدفعية الثقيلة بلدة سرمين شرق إدلب ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.";
const TOLD_AGAIN = "قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي لقوات النظام استهدف بلدة سرمين في ريف إدلب الشرقي.";
const OTHER_WEEK = "طالت قذائف صاروخية أطلقتها الميليشيات المتمركزة في المعسكرات القريبة منازل المدنيين في سرمين واقتصرت الأضرار على الماديات بحسب ناشطين محليين.";

/** An undated report of a shelling of one village, in an article with the given text. */
function side(article: string, text: string, spec: EventSpec = {}): PairSide {
  const report = reportFromEvent(makeEvent({ date: null, text, ...spec, article }), article, `hash-${article}`, 0);
  return { ...articleContext(null, text), report, published: null, outlet_id: `${article}.example`, syndicated_of: null, places: new Set([report.place_key]) };
}

test("two tellings of one strike share their particulars; two shellings of a village weeks apart do not", () => {
  assert.equal(articlesApart(side("a", TOLD_ONCE), side("b", TOLD_AGAIN)), false);
  assert.equal(articlesApart(side("a", TOLD_ONCE), side("b", OTHER_WEEK)), true);
  assert.equal(articlesApart(side("b", OTHER_WEEK), side("a", TOLD_ONCE)), true, "symmetric");
});

test("articles that each name years, none in common, are apart; one naming no year says nothing", () => {
  const then = side("a", `${TOLD_ONCE} وكان ذلك في 3 حزيران ٢٠١٩.`);
  const now = side("b", `${TOLD_AGAIN} ويتكرر القصف منذ مطلع عام 2024.`);
  assert.deepEqual([...then.years], [2019]);
  assert.equal(articlesApart(then, now), true);
  assert.equal(articlesApart(then, side("c", TOLD_AGAIN)), false);
  assert.equal(articlesApart(then, side("d", `${TOLD_AGAIN} في حزيران 2019 و2024.`)), false, "a year in common");
});

test("reports of one article are never apart from each other (the extractor split them)", () => {
  assert.equal(articlesApart(side("a", TOLD_ONCE), side("a", OTHER_WEEK)), false);
});

test("the merge never joins reports of articles that are apart, whatever the model says", async () => {
  // A toy model (not the fitted one) that links every eligible pair.
  const linkAll = { bias: 5, weights: new Map<string, number>(), threshold: 0.5, undatedThreshold: 0.5 };
  const [a, b, c] = [side("a", TOLD_ONCE), side("b", TOLD_AGAIN), side("c", OTHER_WEEK)];
  const { group } = await mergeInMemory([a, b, c], linkAll);
  assert.equal(group.get(a.report.report_key), group.get(b.report.report_key), "the two tellings are one event");
  assert.notEqual(group.get(c.report.report_key), group.get(a.report.report_key), "the other week's shelling stays apart");
});
