import {
  allSplitKeys,
  articlePlaceKeys,
  candidateReports,
  eventReasons,
  eventSpan,
  mergeArticles,
  reportArticles,
  replaceEvents,
  reportsByKeys,
  summaryReportsOfEvents,
  updateEventSummary,
  type StoredReport,
} from "../store/merge-queries.ts";
import type { StoreSession } from "../store/store-session.ts";
import { articleContext, type ArticleContext } from "./article-context.ts";
import { attachReport, type MergeCandidate, type MergeIndex, type MergeReason } from "./attach-report.ts";
import { defaultMergeModel, type MergeModel } from "./merge-model.ts";
import type { PairSide } from "./pair-features.ts";
import { digestWithReport } from "./digest-with-report.ts";
import { summarizeDigest, summarizeEvent } from "./summarize-event.ts";

/**
 * Merge newly stored reports (no event yet) into the store's events, inside the caller's transaction,
 * one report at a time in the order given: each is compared with a few reports of each nearby event
 * (store/merge-queries.ts `candidateReports`), joins the events it links to (attach-report.ts), and
 * the joined event is summarised again. The comparisons do not grow with the size of the event.
 * With `incremental` (the caller vouches that every stored event is the summary of its reports and
 * that no syndication link among stored articles changed in this transaction), a report that joins
 * one event updates its summary from the stored one (digest-with-report.ts) instead of reading the
 * event's reports: the 2,000th copy of a story costs what the 2nd did.
 */
export async function remergeAround(
  db: StoreSession,
  seedKeys: readonly string[],
  now: string,
  model: MergeModel = defaultMergeModel(),
  options: { readonly incremental?: boolean } = {},
): Promise<void> {
  if (seedKeys.length === 0) return;
  const order = new Map(seedKeys.map((k, i) => [k, i]));
  const seeds = (await reportsByKeys(db, seedKeys)).filter((r) => r.event_id === null).sort((a, b) => order.get(a.report_key)! - order.get(b.report_key)!);
  const split = await allSplitKeys(db);
  for (const seed of seeds) {
    if (split.has(seed.report_key)) {
      await writeEvent(db, [], [seed], [], now);
      continue;
    }
    const [side] = await sidesOf(db, [seed]);
    const index: MergeIndex = {
      async candidates(): Promise<MergeCandidate[]> {
        const rows = await candidateReports(db, seed);
        const sides = await sidesOf(db, rows);
        return sides.map((s, i) => ({ side: s, eventId: rows[i]!.event_id! }));
      },
      span: (eventId) => eventSpan(db, eventId),
    };
    const attachment = await attachReport(index, side!, model);
    if (options.incremental === true && attachment.events.length === 1 && (await joinEvent(db, attachment.events[0]!, seed, attachment.links, now))) continue;
    await writeEvent(db, attachment.events, [seed], attachment.links, now);
  }
}

/**
 * Make one event of the events `eventIds` plus the reports `extra` (not in any event yet): summarise
 * them, keep the old events' reasons with `reasons` added, and point every report at the result.
 * Returns the merged event's id (from its anchor report, merged-event-id.ts).
 */
export async function writeEvent(
  db: StoreSession,
  eventIds: readonly string[],
  extra: readonly StoredReport[],
  reasons: readonly MergeReason[],
  now: string,
  keepReason: (reason: MergeReason) => boolean = () => true,
): Promise<string> {
  const members = [...(await summaryReportsOfEvents(db, eventIds)), ...extra];
  const oldReasons = await eventReasons(db, eventIds);
  const allReasons = boundedReasons([...eventIds.flatMap((id) => JSON.parse(oldReasons.get(id) ?? "[]") as MergeReason[]).filter(keepReason), ...reasons]);
  const event = summarizeEvent(members, await reportArticles(db, members.map((m) => m.article_id)));
  await replaceEvents(db, eventIds, { ...event, merge_reasons_json: JSON.stringify(allReasons), updated_at: now }, extra.map((r) => r.id));
  writtenIn(db).add(event.event_id);
  return event.event_id;
}

/**
 * One report joins one event: its summary from the stored one plus the report (digest-with-report.ts),
 * the same as writeEvent's. False (nothing written) when that cannot be sure; then writeEvent.
 */
async function joinEvent(db: StoreSession, eventId: string, seed: StoredReport, reasons: readonly MergeReason[], now: string): Promise<boolean> {
  const digest = await digestWithReport(db, eventId, seed, (await reportArticles(db, [seed.article_id])).get(seed.article_id));
  if (digest === null) return false;
  const oldReasons = await eventReasons(db, [eventId]);
  const allReasons = boundedReasons([...(JSON.parse(oldReasons.get(eventId) ?? "[]") as MergeReason[]), ...reasons]);
  const event = summarizeDigest(digest);
  await replaceEvents(db, [eventId], { ...event, merge_reasons_json: JSON.stringify(allReasons), updated_at: now }, [seed.id]);
  writtenIn(db).add(event.event_id);
  return true;
}

/**
 * Recompute the figures and grade of existing events without re-clustering them: syndication links
 * change how many outlets are independent, never which reports belong together.
 */
export async function resummarizeEvents(db: StoreSession, eventIds: readonly string[], now: string): Promise<void> {
  const fresh = writtenIn(db);
  for (const eventId of eventIds) {
    // Summarised in this transaction after the syndication links were made: already up to date.
    if (fresh.has(eventId)) continue;
    const reports = await summaryReportsOfEvents(db, [eventId]);
    if (reports.length === 0) continue;
    const event = summarizeEvent(reports, await reportArticles(db, reports.map((r) => r.article_id)));
    await updateEventSummary(db, eventId, { ...event, updated_at: now });
  }
}

/**
 * An event keeps every hand decision and its first MAX_MODEL_REASONS model links: enough to show why
 * its reports were joined, and the list does not grow with a 2,000-report event.
 */
export const MAX_MODEL_REASONS = 20;

function boundedReasons(reasons: readonly MergeReason[]): MergeReason[] {
  let model = 0;
  return reasons.filter((r) => r.kind !== "model" || model++ < MAX_MODEL_REASONS);
}

/** Events written in a transaction (keyed by the transaction's session, so it ends with it). */
const written = new WeakMap<object, Set<string>>();

function writtenIn(db: StoreSession): Set<string> {
  let set = written.get(db);
  if (set === undefined) {
    set = new Set();
    written.set(db, set);
  }
  return set;
}

/** Stored reports as the pair decision sees them, with their articles' outlet, day, places and context (lead, words, years). */
async function sidesOf(db: StoreSession, reports: readonly StoredReport[]): Promise<PairSide[]> {
  const ids = reports.map((r) => r.article_id);
  const articles = await mergeArticles(db, ids);
  const places = await articlePlaceKeys(db, ids);
  const contexts = new Map<string, ArticleContext>();
  return reports.map((report) => {
    const article = articles.get(report.article_id);
    let context = contexts.get(report.article_id);
    if (context === undefined) {
      context = articleContext(article?.title ?? null, article?.text ?? "");
      contexts.set(report.article_id, context);
    }
    return {
      ...context,
      report,
      published: article?.published ?? null,
      outlet_id: article?.outlet_id ?? null,
      syndicated_of: article?.syndicated_of ?? null,
      places: places.get(report.article_id) ?? new Set(),
    };
  });
}
