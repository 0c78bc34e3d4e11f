import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterReports } from "../../src/merge/cluster-reports.ts";
import { reportFromEvent } from "../../src/merge/report-from-event.ts";
import type { ReportRecord } from "../../src/merge/report-record.ts";
import { reportsCompatible } from "../../src/merge/reports-compatible.ts";
import { type EventSpec, makeEvent } from "./make-event.ts";

function report(spec: EventSpec, ordinal = 0): ReportRecord {
  const article = spec.article ?? "a1";
  return reportFromEvent(makeEvent(spec), article, `hash-${article}`, ordinal);
}

const compatibility: [string, EventSpec, EventSpec, boolean][] = [
  ["same place, same day", { article: "a" }, { article: "b" }, true],
  ["one day apart", { article: "a", date: "2024-03-05" }, { article: "b", date: "2024-03-06" }, true],
  ["two days apart", { article: "a", date: "2024-03-05" }, { article: "b", date: "2024-03-07" }, false],
  ["precision 2 reaches back two days", { article: "a", date: "2024-03-03" }, { article: "b", date: "2024-03-06", precision: 2 }, true],
  ["same article never merges", { article: "a" }, { article: "a", id: "e2" }, false],
  ["other event type", { article: "a" }, { article: "b", sub: "Armed clash" }, false],
  ["same type, other sub-type", { article: "a", sub: "Air/drone strike" }, { article: "b" }, true],
  ["points 2.5 km apart", { article: "a" }, { article: "b", place: "sarminEast" }, true],
  ["points 15 km apart", { article: "a" }, { article: "b", place: "ariha" }, false],
  ["place outside the gazetteer, same name", { article: "a", place: "nowhere" }, { article: "b", place: "nowhere" }, true],
  ["perpetrator disputed, victims shared", { article: "a" }, { article: "b", actor1: "RUS_MIL" }, true],
  ["no actor in common", { article: "a", sub: "Armed clash", actor1: "SNA", actor2: "SDF" }, { article: "b", sub: "Armed clash", actor1: "SYR_GOV", actor2: "HTS" }, false],
  ["unknown actor is a wildcard", { article: "a", actor1: "UNKNOWN", actor2: null }, { article: "b" }, true],
  ["undated with dated: left to clustering", { article: "a", date: null }, { article: "b" }, true],
];

for (const [label, a, b, expected] of compatibility) {
  test(`compatible: ${label}`, () => {
    assert.equal(reportsCompatible(report(a), report(b)), expected);
    assert.equal(reportsCompatible(report(b), report(a)), expected, "symmetric");
  });
}

test("clusters do not depend on input order", () => {
  const reports = [
    report({ article: "a", date: "2024-03-05" }),
    report({ article: "b", date: "2024-03-06" }),
    report({ article: "c", date: "2024-03-07" }),
    report({ article: "d", date: "2024-03-20" }),
    report({ article: "e", date: null }),
    report({ article: "f", place: "ariha" }),
  ];
  const forward = clusterReports(reports);
  const backward = clusterReports([...reports].reverse());
  assert.deepEqual(forward, backward);
  // a–b–c chain by single link; d is two weeks later; e (undated) fits both the a–c and d groups, so stays alone.
  assert.deepEqual(
    forward.map((g) => g.map((k) => k.split(":")[0])),
    [["hash-a", "hash-b", "hash-c"], ["hash-d"], ["hash-e"], ["hash-f"]],
  );
});

test("undated reports join the one dated event they fit", () => {
  const groups = clusterReports([report({ article: "a" }), report({ article: "b", date: null }), report({ article: "c", date: null }), report({ article: "d", date: null, place: "ariha" })]);
  assert.deepEqual(groups.map((g) => g.map((k) => k.split(":")[0])), [["hash-a", "hash-b", "hash-c"], ["hash-d"]]);
});

test("undated reports with no dated match merge among themselves", () => {
  const groups = clusterReports([report({ article: "a", date: null }), report({ article: "b", date: null })]);
  assert.deepEqual(groups.map((g) => g.length), [2]);
});
