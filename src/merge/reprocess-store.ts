import type { Extractor } from "../extract/create-extractor.ts";
import { storedArticles, reportsOfArticle, replaceArticleReports, reportsInIngestOrder, deleteEvents } from "../store/article-reports.ts";
import { detachReports, joinOverrides, reportsByKeys } from "../store/merge-queries.ts";
import type { Store } from "../store/store.ts";
import { withWriteTransaction } from "../store/with-write-transaction.ts";
import { remergeAround, writeEvent } from "./remerge-around.ts";
import { reportFromEvent } from "./report-from-event.ts";
import type { ReportRecord } from "../model/report-record.ts";

/** What a reprocess changed. */
export interface ReprocessSummary {
  readonly articles: number;
  /** Articles whose extraction differs from what is stored. */
  readonly changed: number;
  readonly reportsBefore: number;
  readonly reportsAfter: number;
  /** Event ids that exist after and not before, and the other way round. */
  readonly eventsAdded: number;
  readonly eventsRemoved: number;
  /** Reports (article × ordinal) that exist before and after but belong to another event. */
  readonly reportsMoved: number;
}

/**
 * `rasd reprocess`: extract every stored article again with the current extractor (lexicons,
 * gazetteer with the user's places) and, where its reports differ from the stored ones, replace them
 * and merge again the events they touched — one transaction per article, so a killed run leaves each
 * article either done or untouched and a rerun finishes the job. Articles whose extraction did not
 * change are left alone, so their events keep their ids, and a second run changes nothing.
 */
export async function reprocessStore(store: Store, extractor: Extractor, options: { readonly since: string | null; readonly now: () => string }): Promise<ReprocessSummary> {
  const articles = await storedArticles(store, options.since);
  let changed = 0;
  let reportsBefore = 0;
  let reportsAfter = 0;
  const added = new Set<string>();
  const removed = new Set<string>();
  let moved = 0;
  for (const { article, contentHash } of articles) {
    const extraction = extractor(article);
    const fresh = extraction.events.map((event, ordinal) => reportFromEvent(event, article.id, contentHash, ordinal));
    const outcome = await withWriteTransaction(store, async (trx) => {
      const old = await reportsOfArticle(trx, article.id);
      if (sameReports(old, fresh)) return { changed: false, before: old.length, after: old.length, added: [], removed: [], moved: 0 };
      const oldEvents = [...new Set(old.map((r) => r.event_id).filter((id): id is string => id !== null))];
      const neighbours = (await reportsInIngestOrder(trx, oldEvents)).filter((r) => r.article_id !== article.id);
      const before = new Map(neighbours.map((r) => [r.report_key, r.event_id]));
      for (const r of old) before.set(r.report_key, r.event_id);
      await detachReports(trx, neighbours.map((r) => r.id));
      await deleteEvents(trx, oldEvents);
      await replaceArticleReports(trx, article.id, fresh, extraction);
      const keys = [...neighbours.map((r) => r.report_key), ...fresh.map((r) => r.report_key)];
      await remergeAround(trx, keys, options.now());
      await reapplyJoins(trx, keys, options.now());
      const after = await reportsByKeys(trx, keys);
      const afterEvents = new Set(after.map((r) => r.event_id));
      let movedHere = 0;
      for (const r of after) if (before.has(r.report_key) && before.get(r.report_key) !== r.event_id) movedHere++;
      return {
        changed: true,
        before: old.length,
        after: fresh.length,
        added: [...afterEvents].filter((id): id is string => id !== null && !oldEvents.includes(id)),
        removed: oldEvents.filter((id) => !afterEvents.has(id)),
        moved: movedHere,
      };
    });
    reportsBefore += outcome.before;
    reportsAfter += outcome.after;
    if (!outcome.changed) continue;
    changed++;
    moved += outcome.moved;
    for (const id of outcome.removed) added.has(id) ? added.delete(id) : removed.add(id);
    for (const id of outcome.added) removed.has(id) ? removed.delete(id) : added.add(id);
  }
  return { articles: articles.length, changed, reportsBefore, reportsAfter, eventsAdded: added.size, eventsRemoved: removed.size, reportsMoved: moved };
}

/** Hand joins whose reports were just merged again: their events become one again. */
async function reapplyJoins(db: Parameters<typeof joinOverrides>[0], keys: readonly string[], now: string): Promise<void> {
  for (const join of await joinOverrides(db, keys)) {
    const [a, b] = await Promise.all([reportsByKeys(db, [join.report_key]), reportsByKeys(db, [join.other_key])]);
    const ea = a[0]?.event_id;
    const eb = b[0]?.event_id;
    if (ea && eb && ea !== eb) await writeEvent(db, [ea, eb], [], [{ kind: "manual-join", report_key: join.report_key, with_key: join.other_key, at: now }], now);
  }
}

/** The stored reports are what the extractor gives now (every coded field, evidence and provenance). */
function sameReports(old: readonly ReportRecord[], fresh: readonly ReportRecord[]): boolean {
  if (old.length !== fresh.length) return false;
  const fields = Object.keys(fresh[0] ?? {}) as (keyof ReportRecord)[];
  return fresh.every((r, i) => fields.every((f) => old[i]![f] === r[f]));
}
