import type { Writable } from "node:stream";
import { writeChunk } from "../io/write-chunk.ts";
import type { ReviewFields } from "../review/apply-review.ts";
import { iterateReviewedEvents } from "../review/iterate-reviewed-events.ts";
import type { StoreSession } from "../store/store-session.ts";
import type { EventFilter } from "../store/event-filter.ts";
import { getArticle } from "../store/get-article.ts";
import { claimsOf } from "../store/get-event.ts";
import type { Claim, StoredEvent } from "../store/stored-event.ts";
import { reportLine } from "./write-report-jsonl.ts";

/**
 * People's review as training data, in the shared gold format (../shared/eval/CONTRACT.md): one line
 * per article whose every event a person decided on (accepted, corrected or rejected), with the
 * events they vouch for — rejected ones left out, so an article whose events were all rejected
 * teaches "no event here" (`relevant: false`). Articles with an event nobody checked are skipped: a
 * gold line lists all of an article's events, and the unchecked one would be counted as wrong.
 * The article's own fields (`text`, `published` …) ride along so `npm run train -- --gold FILE`
 * needs nothing else.
 *
 *   {"id":"a17","relevant":true,"story":null,"events":[{"event_type":"Battles",…,"evidence":"…"}],"text":"…",…}
 */
export async function writeGoldJsonl(session: StoreSession, out: Writable, options: { filter?: EventFilter } = {}): Promise<number> {
  const events = new Map<string, StoredEvent & ReviewFields>();
  for await (const event of iterateReviewedEvents(session, options.filter)) events.set(event.event_id, event);
  const byArticle = new Map<string, Claim[]>();
  const ids = [...events.keys()];
  for (let i = 0; i < ids.length; i += 500) {
    for (const claim of await claimsOf(session, ids.slice(i, i + 500))) byArticle.set(claim.article_id, [...(byArticle.get(claim.article_id) ?? []), claim]);
  }
  let n = 0;
  for (const [articleId, claims] of [...byArticle].sort((a, b) => a[0].localeCompare(b[0]))) {
    const decided = claims.every((c) => events.get(c.event_id!)?.status !== "machine");
    if (!decided) continue;
    const article = await getArticle(session, articleId);
    if (article === null) continue;
    const kept = claims.filter((c) => events.get(c.event_id!)!.status !== "rejected").sort((a, b) => a.ordinal - b.ordinal);
    const gold = kept.map((c) => goldEvent(reportLine(c, events.get(c.event_id!)!)));
    const line = { id: article.id, relevant: gold.length > 0, story: null, events: gold, url: article.url, outlet: article.outlet_id, published: article.published, title: article.title, text: article.text };
    await writeChunk(out, `${JSON.stringify(line)}\n`);
    n++;
  }
  return n;
}

/** A report line in the gold's shape: the scored fields, evidence as the quoted text. */
function goldEvent(line: Record<string, unknown>): Record<string, unknown> {
  const location = line["location"] as { name_ar: string; admin1: string | null; precision: number; lat: number | null; lon: number | null };
  const evidence = line["evidence"] as { text: string };
  return {
    event_type: line["event_type"],
    sub_event_type: line["sub_event_type"],
    actor1: line["actor1"],
    actor2: line["actor2"],
    location: { name_ar: location.name_ar, admin1: location.admin1, precision: location.precision, lat: location.lat, lon: location.lon },
    date: line["date"],
    date_precision: line["date_precision"],
    killed: line["killed"],
    injured: line["injured"],
    source: line["source"],
    evidence: evidence.text,
    reviewer: line["reviewer"],
  };
}
