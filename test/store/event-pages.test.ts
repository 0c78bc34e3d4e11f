import assert from "node:assert/strict";
import type { Insertable } from "kysely";
import { bulkInsert } from "../../src/store/bulk-insert.ts";
import type { EventTable } from "../../src/store/database-schema.ts";
import type { EventFilter } from "../../src/store/event-filter.ts";
import { deleteEvents } from "../../src/store/article-reports.ts";
import { updateEventSummary } from "../../src/store/merge-queries.ts";
import { openStore } from "../../src/store/open-store.ts";
import { BadCursorError, countEvents, type EventOrder, iterateEvents, queryEvents } from "../../src/store/query-events.ts";
import { queryStats } from "../../src/store/query-stats.ts";
import type { Store } from "../../src/store/store.ts";
import { withWriteTransaction } from "../../src/store/with-write-transaction.ts";
import { testEachBackEnd } from "../back-ends/each-back-end.ts";

/**
 * Invented events (no article text): 3 days shared by many events so ties on the date are decided
 * by the event id, some undated, some without coordinates, two governorates far apart.
 */
function exampleEvents(): Insertable<EventTable>[] {
  const rows: Insertable<EventTable>[] = [];
  for (let i = 0; i < 57; i++) {
    const north = i % 3 !== 0;
    const located = i % 11 !== 5;
    const date = i % 9 === 4 ? null : `2024-0${1 + (i % 3)}-1${i % 2}`;
    rows.push({
      event_id: `ex-${String((i * 37) % 101).padStart(3, "0")}`,
      event_type: i % 4 === 0 ? "Battles" : "Explosions/Remote violence",
      sub_event_type: i % 4 === 0 ? "Armed clash" : "Shelling/artillery/missile attack",
      actor1: "SYR_GOV", actor2: null, place_name: "مثال", place_key: "مثال",
      admin1: north ? "Idlib" : "Daraa", admin2: null, admin3: null, pcode: null, gazetteer_id: null,
      lat: located ? (north ? 35.9 + i / 1000 : 32.6) : null, lon: located ? (north ? 36.6 : 36.1) : null,
      geo_precision: 1, date, date_precision: date === null ? null : 1,
      fatalities: null, killed_min: null, killed_max: null, injured_min: null, injured_max: null, casualties_min: null, casualties_max: null,
      n_reports: 1, n_articles: 1, n_outlets: 1, outlets_json: "[]", sources_json: "[]", grade: "B", grade_reason: "example", updated_at: "2024-04-01T00:00:00Z",
    });
  }
  return rows;
}

/** The list order, written out: dated by day (newest or oldest first) then id; undated last by id. */
function expectedOrder(rows: readonly Insertable<EventTable>[], order: EventOrder): string[] {
  const byId = (a: Insertable<EventTable>, b: Insertable<EventTable>) => (a.event_id < b.event_id ? -1 : 1);
  const dated = rows.filter((r) => r.date != null).sort((a, b) => (a.date === b.date ? byId(a, b) : (a.date! < b.date! ? -1 : 1) * (order === "date-asc" ? 1 : -1)));
  return [...dated, ...rows.filter((r) => r.date == null).sort(byId)].map((r) => r.event_id);
}

async function withEvents(location: string, body: (store: Store, rows: Insertable<EventTable>[]) => Promise<void>): Promise<void> {
  const store = await openStore(location);
  try {
    const rows = exampleEvents();
    await withWriteTransaction(store, (s) => bulkInsert(s, "events", rows));
    await body(store, rows);
  } finally {
    await store.close();
  }
}

const NORTH_BOX: EventFilter["bbox"] = [36.5, 35.5, 36.7, 36.5];
const inNorthBox = (r: Insertable<EventTable>) => r.lat != null && r.lon != null && r.lon >= 36.5 && r.lon <= 36.7 && r.lat >= 35.5 && r.lat <= 36.5;

testEachBackEnd("offset pages and cursor pages list every event once, in the list order, with and without filters", async (backEnd) => {
  await withEvents(await backEnd.newStore(), async (store, rows) => {
    const cases: [EventFilter, (r: Insertable<EventTable>) => boolean][] = [
      [{}, () => true],
      [{ eventType: "Battles" }, (r) => r.event_type === "Battles"],
      [{ governorate: "daraa" }, (r) => r.admin1 === "Daraa"],
      [{ bbox: NORTH_BOX }, inNorthBox],
      [{ bbox: NORTH_BOX, dateFrom: "2024-02-01" }, (r) => inNorthBox(r) && r.date != null && r.date >= "2024-02-01"],
    ];
    for (const [filter, keep] of cases) {
      for (const order of ["date-desc", "date-asc"] as const) {
        const expected = expectedOrder(rows.filter(keep), order);
        const label = `${JSON.stringify(filter)} ${order}`;
        const byOffset: string[] = [];
        for (let offset = 0; offset < expected.length + 8; offset += 8) {
          const page = await queryEvents(store, filter, { limit: 8, offset, order });
          assert.equal(page.total, expected.length, label);
          byOffset.push(...page.items.map((e) => e.event_id));
        }
        assert.deepEqual(byOffset, expected, `offset pages ${label}`);
        const byCursor: string[] = [];
        let page = await queryEvents(store, filter, { limit: 5, order });
        byCursor.push(...page.items.map((e) => e.event_id));
        while (page.next_cursor !== null) {
          page = await queryEvents(store, filter, { limit: 5, cursor: page.next_cursor });
          byCursor.push(...page.items.map((e) => e.event_id));
        }
        assert.deepEqual(byCursor, expected, `cursor pages ${label}`);
      }
    }
    const exported: string[] = [];
    for await (const e of iterateEvents(store, {}, 6)) exported.push(e.event_id);
    assert.deepEqual(exported, expectedOrder(rows, "date-asc"));
    await assert.rejects(queryEvents(store, {}, { cursor: "not-a-cursor" }), BadCursorError);
  });
});

testEachBackEnd("a write raises the store version: cached counts and stats follow, and the box index follows moved and deleted events", async (backEnd) => {
  await withEvents(await backEnd.newStore(), async (store, rows) => {
    const north = rows.filter(inNorthBox);
    assert.equal(await countEvents(store, { bbox: NORTH_BOX }), north.length);
    assert.equal((await queryStats(store, {})).events, rows.length);
    const moved = north[0]!.event_id;
    const gone = north[1]!.event_id;
    // An event moved south by a correction, and another deleted, leave the box.
    await withWriteTransaction(store, (s) => updateEventSummary(s, moved, { lat: 32.6, lon: 36.1 }));
    await withWriteTransaction(store, (s) => deleteEvents(s, [gone]));
    assert.equal(await countEvents(store, { bbox: NORTH_BOX }), north.length - 2);
    assert.equal((await queryStats(store, {})).events, rows.length - 1);
    const inBox = (await queryEvents(store, { bbox: NORTH_BOX }, { limit: 1000 })).items.map((e) => e.event_id);
    assert.ok(!inBox.includes(moved) && !inBox.includes(gone));
    const south = (await queryEvents(store, { bbox: [36.0, 32.5, 36.2, 32.7] }, { limit: 1000 })).items.map((e) => e.event_id);
    assert.ok(south.includes(moved));
  });
});
