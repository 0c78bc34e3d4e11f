/**
 * Measures framing readings on the real dev articles in ../shared (read-only, never copied). Skipped
 * when ../shared is absent. The expected camps below are the outlets' commonly known alignment; they
 * live in this test only, never in src/ (the reading comes from the text).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/model/article.ts";
import { profileOutlets } from "../../src/framing/profile-outlets.ts";
import { readArticleFraming } from "../../src/framing/read-article-framing.ts";
import { framingLexicon } from "./framing-test-lexicon.ts";

const DEV = fileURLToPath(new URL("../../../shared/eval/dev/articles.jsonl", import.meta.url));

const KNOWN: Record<string, string> = {
  "albaathmedia.sy": "government", "sarabic.ae": "government", "al-akhbar.com": "government", "alalam.ir": "government",
  "athrpress.com": "government", "alkhabar-sy.com": "government", "tishreen.news.sy": "government", "sanasyria.org": "government",
  "almanartv.com.lb": "government", "alwatan.sy": "government",
  "alraafed.com": "opposition", "alsouria.net": "opposition", "stepagency-sy.net": "opposition", "jesrpress.com": "opposition",
  "syrianpc.com": "opposition", "enabbaladi.net": "opposition", "arabi21.com": "opposition", "alaraby.co.uk": "opposition",
  "npasyria.com": "kurdish", "anfarabic.com": "kurdish", "kurdstreet.com": "kurdish",
  "swissinfo.ch": "neutral",
};

test("dev set: article readings of outlets of known alignment", { skip: !existsSync(DEV) && "../shared is absent" }, (t) => {
  const articles = readFileSync(DEV, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Article);
  const readings = articles.map((a) => readArticleFraming(a, framingLexicon));
  let read = 0;
  let right = 0;
  for (const r of readings) {
    const expected = r.outlet === null ? undefined : KNOWN[r.outlet];
    if (expected === undefined || r.camp === "unclear") continue;
    read++;
    if (r.camp === expected) right++;
  }
  t.diagnostic(`articles of known outlets read (not unclear): ${read}, right: ${right}`);
  assert.ok(read >= 20, `only ${read} articles read`);
  assert.ok(right / read >= 0.8, `${right}/${read} right`);
  for (const p of profileOutlets(readings)) {
    t.diagnostic(`${p.outlet} | ${p.articles} | ${p.camp} ${p.confidence} | ${p.terms.slice(0, 4).map((x) => x.forms[0]).join("، ")}`);
    if (p.articles >= 2 && KNOWN[p.outlet] !== undefined) assert.equal(p.camp, KNOWN[p.outlet], p.outlet);
  }
});
