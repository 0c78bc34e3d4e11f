import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { createExtractor, type Extractor } from "../../src/extract/create-extractor.ts";
import type { ConflictEvent } from "../../src/model/conflict-event.ts";
import { loadResources } from "../../src/resources/load-resources.ts";
import { normalizeKey } from "../../src/text/normalize.ts";
import { BACKLOG } from "./backlog.ts";
import { SENTENCE_CASES, type ExpectedEvent } from "./sentence-cases.ts";

/** Fields of `want` that `got` does not have; empty when the event matches. */
function mismatches(got: ConflictEvent, want: ExpectedEvent): string[] {
  const wrong: string[] = [];
  const check = (field: string, g: unknown, w: unknown): void => {
    if (w !== undefined && g !== w) wrong.push(`${field}: want ${JSON.stringify(w)} got ${JSON.stringify(g)}`);
  };
  check("sub_event_type", got.sub_event_type, want.sub_event_type);
  check("actor1", got.actor1, want.actor1);
  check("actor2", got.actor2, want.actor2);
  if (want.place !== undefined) check("place", normalizeKey(got.location.name_ar), normalizeKey(want.place));
  check("admin1", got.location.admin1, want.admin1);
  check("date", got.date, want.date);
  check("date_precision", got.date_precision, want.date_precision);
  check("killed", got.killed, want.killed);
  check("injured", got.injured, want.injured);
  check("casualties", got.casualties, want.casualties);
  if (want.source !== undefined) check("source", got.source === null ? null : normalizeKey(got.source), want.source === null ? null : normalizeKey(want.source));
  return wrong;
}

function describeEvent(e: ConflictEvent): string {
  return `${e.sub_event_type} ${e.actor1}→${e.actor2} @${e.location.name_ar} (${e.location.admin1}) ${e.date}/${e.date_precision} k=${e.killed} i=${e.injured} src=${e.source}`;
}

describe("sentence table", () => {
  let extract: Extractor;
  before(async () => {
    extract = createExtractor(await loadResources());
  });

  for (const c of SENTENCE_CASES) {
    const reason = BACKLOG[c.id];
    test(`${c.id} ${c.label}`, reason ? { skip: reason } : {}, () => {
      const { events } = extract({ id: c.id, url: null, outlet: null, published: c.published, title: null, text: c.text });
      const produced = events.map(describeEvent).join("\n  ");
      for (const e of events) {
        assert.equal(c.text.slice(e.evidence.start, e.evidence.end), e.evidence.text, `evidence offsets of ${describeEvent(e)}`);
      }
      assert.equal(events.length, c.expect.length, `number of events; produced:\n  ${produced}`);
      for (const want of c.expect) {
        const best = events.map((e) => mismatches(e, want)).sort((a, b) => a.length - b.length)[0] ?? ["no event"];
        assert.deepEqual(best, [], `no event matches ${JSON.stringify(want)}; produced:\n  ${produced}`);
      }
    });
  }
});

describe("sentence table itself", () => {
  test("ids are unique and every backlog id names a case", () => {
    const ids = SENTENCE_CASES.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of Object.keys(BACKLOG)) assert.ok(ids.includes(id), `backlog id ${id} is not a case`);
  });
});
