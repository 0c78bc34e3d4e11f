import assert from "node:assert/strict";
import { test } from "node:test";
import { compareReports, type ReportClaim } from "../../src/framing/compare-reports.ts";

const ev = (text: string) => ({ start: 0, end: text.length, text });

const CLAIMS: ReportClaim[] = [
  {
    outlet: "dawla-news.example",
    article_id: "a1",
    actors: [
      { role: "actor1", key: "SYR_GOV", as_written: "وحدات من الجيش العربي السوري" },
      { role: "actor2", key: "HTS", as_written: "إرهابيي جبهة النصرة" },
    ],
    source: "مصدر عسكري",
    killed: 12,
    injured: null,
    evidence: ev("قضت وحدات من الجيش على 12 إرهابيا"),
  },
  {
    outlet: "thawra-press.example",
    article_id: "b1",
    actors: [
      { role: "actor1", key: "SYR_GOV", as_written: "ميليشيات الأسد" },
      { role: "actor2", key: "CIVILIANS", as_written: "مدنيين" },
    ],
    source: "الدفاع المدني",
    killed: 3,
    injured: 5,
    evidence: ev("قصفت ميليشيات الأسد البلدة ما أدى لاستشهاد 3 مدنيين"),
  },
  {
    outlet: "global-wire.example",
    article_id: "c1",
    actors: [{ role: "actor1", key: "UNKNOWN", as_written: null }],
    source: null,
    killed: 3,
    injured: null,
    evidence: ev("قتل ثلاثة في قصف على البلدة"),
  },
];

test("compare: how each outlet named the same actor", () => {
  const c = compareReports(CLAIMS);
  const gov = c.actors.find((a) => a.role === "actor1" && a.key === "SYR_GOV");
  assert.deepEqual(gov?.names, [
    { outlet: "dawla-news.example", as_written: "وحدات من الجيش العربي السوري" },
    { outlet: "thawra-press.example", as_written: "ميليشيات الأسد" },
  ]);
});

test("compare: casualty spread and sources", () => {
  const c = compareReports(CLAIMS);
  assert.equal(c.killed.min, 3);
  assert.equal(c.killed.max, 12);
  assert.equal(c.killed.agree, false);
  assert.equal(c.injured.agree, true);
  assert.deepEqual(c.sources.map((s) => s.source), ["مصدر عسكري", "الدفاع المدني", null]);
});

test("compare: what one report has that another omits", () => {
  const c = compareReports(CLAIMS);
  const of = (outlet: string) => c.omissions.filter((o) => o.outlet === outlet).map((o) => o.field).sort();
  assert.deepEqual(of("global-wire.example"), ["attacker", "civilian_victims", "injured", "source", "target"]);
  assert.deepEqual(of("dawla-news.example"), ["civilian_victims", "injured"]);
  assert.deepEqual(of("thawra-press.example"), []);
  const civ = c.omissions.find((o) => o.field === "civilian_victims" && o.outlet === "dawla-news.example");
  assert.deepEqual(civ?.stated_by, ["thawra-press.example"]);
});
