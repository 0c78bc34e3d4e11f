import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import { createEventWriter, type OutputFormat } from "../../src/io/event-writer.ts";
import type { Article } from "../../src/model/article.ts";
import type { ConflictEvent } from "../../src/model/conflict-event.ts";

const TEXT = 'قال "الدفاع المدني"، إن قصفاً مدفعياً استهدف بلدة كفرنبل،\nما أدى إلى مقتل مدنيَين.';
const ARTICLE: Article = { id: "n1", url: null, outlet: null, published: "2024-03-05", title: "قصف", text: TEXT };
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const EVENT: ConflictEvent = {
  article_id: "n1",
  event_id: "e-2024-03-05-kafranbel",
  event_type: "Explosions/Remote violence",
  sub_event_type: "Shelling/artillery/missile attack",
  actor1: null,
  actor2: "CIVILIANS",
  location: { name_ar: "كفرنبل", admin1: "Idlib", lat: 35.61, lon: 36.56, precision: 1, gazetteer_id: null },
  date: "2024-03-05",
  date_precision: 1,
  killed: 2,
  injured: null,
  source: '"الدفاع المدني"، فرق الإنقاذ',
  evidence: span('قصفاً مدفعياً استهدف بلدة كفرنبل،\nما أدى إلى مقتل'),
  provenance: [
    { field: "sub_event_type", rule: "trigger-noun", entry: "قصف مدفعي", evidence: span("قصفاً مدفعياً") },
    { field: "location", rule: "place-after-type-word", entry: "بلدة", evidence: span("بلدة كفرنبل") },
    { field: "killed", rule: "casualty-dual", evidence: span("مقتل مدنيَين") },
    { field: "date", rule: "published-default", evidence: null },
  ],
};

async function render(format: OutputFormat, batches: (readonly ConflictEvent[])[]): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const writer = createEventWriter(format, out);
  for (const events of batches) await writer.writeArticle(ARTICLE, events);
  await writer.finish();
  return Buffer.concat(chunks).toString("utf8");
}

describe("event writers", () => {
  it("jsonl: one full event per line, provenance included", async () => {
    const lines = (await render("jsonl", [[EVENT], [], [EVENT]])).trimEnd().split("\n");
    assert.equal(lines.length, 2);
    assert.deepEqual(JSON.parse(lines[0]!), EVENT);
  });

  it("jsonl: the lines of many articles reach the stream in a few large writes, not one per article", async () => {
    const out = new PassThrough();
    let writes = 0;
    let text = "";
    out.on("data", (c: Buffer) => {
      writes++;
      text += c.toString("utf8");
    });
    const writer = createEventWriter("jsonl", out);
    for (let i = 0; i < 100; i++) await writer.writeArticle(ARTICLE, [EVENT]);
    await writer.finish();
    assert.equal(text, `${JSON.stringify(EVENT)}\n`.repeat(100));
    assert.ok(writes < 10, `${writes} writes for 100 articles`);
  });

  it("json: one array, also when empty", async () => {
    assert.deepEqual(JSON.parse(await render("json", [[EVENT], [EVENT]])), [EVENT, EVENT]);
    assert.deepEqual(JSON.parse(await render("json", [[]])), []);
  });

  it("csv: Arabic with commas, quotes and newlines survives a round trip", async () => {
    const csv = await render("csv", [[EVENT]]);
    assert.ok(csv.includes('"""الدفاع المدني""، فرق الإنقاذ"'), "quotes doubled, field quoted");
    const [header, values, ...rest] = parseCsv(csv);
    assert.equal(rest.length, 0, "the newline inside the evidence stays inside its field");
    const row = Object.fromEntries(header!.map((h, i) => [h, values![i]]));
    assert.equal(row["source"], EVENT.source);
    assert.equal(row["evidence_text"], EVENT.evidence.text);
    assert.equal(row["actor1"], "");
    assert.equal(row["killed"], "2");
    assert.equal(row["rules"], "trigger-noun;place-after-type-word;casualty-dual;published-default");
    assert.equal(csv.split("\n")[0], "article_id,event_id,event_type,sub_event_type,actor1,actor2,location_name_ar,admin1,lat,lon,geo_precision,date,date_precision,killed,injured,casualties,source,evidence_start,evidence_end,evidence_text,rules");
  });

  it("csv: a header even with no events", async () => {
    assert.match(await render("csv", []), /^article_id,event_id,/);
  });

  it("explain: each field with its value, rule, entry and span", async () => {
    const report = await render("explain", [[EVENT]]);
    assert.match(report, /article n1 — 1 event/);
    assert.match(report, /location\s+كفرنبل\s+rule place-after-type-word\s+entry بلدة\s+\[\d+–\d+\] «بلدة كفرنبل»/);
    assert.match(report, /killed\s+2\s+rule casualty-dual/);
    assert.match(report, /date\s+2024-03-05\s+rule published-default\s+\(no span\)/);
  });
});

/** Minimal RFC 4180 reader, enough to check the writer's quoting. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else field += ch;
  }
  if (field !== "" || row.length > 0) row.push(field), rows.push(row);
  return rows;
}
