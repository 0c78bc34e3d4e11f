import { RasdError } from "../errors/rasd-error.ts";
import { addMergeOverride, detachReports, reportsOfEvents, removeSplit } from "../store/merge-queries.ts";
import type { StoreSession } from "../store/store-session.ts";
import { anchorReport } from "./merged-event-id.ts";
import { writeEvent } from "./remerge-around.ts";

/**
 * Split an article's reports off a merged event by hand: they become an event of their own, and the
 * split is remembered, so neither a later ingest nor `rasd reprocess` merges them again.
 * Returns the ids of the event left behind (null if none) and of the split-off one.
 */
export async function splitArticleOff(db: StoreSession, eventId: string, articleId: string, now: string): Promise<{ remaining: string | null; split: string }> {
  const members = await reportsOfEvents(db, [eventId]);
  if (members.length === 0) throw new RasdError("usage", `no event ${eventId}`);
  const leaving = members.filter((r) => r.article_id === articleId);
  if (leaving.length === 0) throw new RasdError("usage", `event ${eventId} has no report from article ${articleId}`);
  if (leaving.length === members.length) throw new RasdError("usage", `event ${eventId} holds only reports of article ${articleId}: nothing to split off`);
  const keys = new Set(leaving.map((r) => r.report_key));
  for (const key of keys) await addMergeOverride(db, "split", key, null, now);
  await detachReports(db, leaving.map((r) => r.id));
  const remaining = await writeEvent(db, [eventId], [], [], now, (reason) => !keys.has(reason.report_key) && !(reason.with_key !== null && keys.has(reason.with_key)));
  const split = await writeEvent(db, [], leaving, leaving.map((r) => ({ kind: "manual-split" as const, report_key: r.report_key, with_key: null, at: now })), now);
  return { remaining, split };
}

/**
 * Join two or more merged events by hand. The join is remembered (a report of each, anchor to
 * anchor), so `rasd reprocess` keeps them together; a split of those reports is forgotten.
 */
export async function joinEventsByHand(db: StoreSession, eventIds: readonly string[], now: string): Promise<string> {
  const ids = [...new Set(eventIds)];
  if (ids.length < 2) throw new RasdError("usage", "join needs two different events");
  const anchors: string[] = [];
  for (const id of ids) {
    const members = await reportsOfEvents(db, [id]);
    if (members.length === 0) throw new RasdError("usage", `no event ${id}`);
    for (const r of members) await removeSplit(db, r.report_key);
    anchors.push(anchorReport(members).report_key);
  }
  for (const other of anchors.slice(1)) await addMergeOverride(db, "join", anchors[0]!, other, now);
  return writeEvent(db, ids, [], anchors.slice(1).map((other) => ({ kind: "manual-join" as const, report_key: anchors[0]!, with_key: other, at: now })), now);
}
