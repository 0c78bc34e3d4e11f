import { remergeAround, resummarizeEvents } from "../merge/remerge-around.ts";
import { reportFromEvent } from "../merge/report-from-event.ts";
import { framingRecordOf, type FramingRecord } from "../framing/framing-record.ts";
import { defaultFramingLexicon } from "../framing/load-framing-lexicon.ts";
import type { ArticleExtraction } from "../model/article-extraction.ts";
import type { Article } from "../model/article.ts";
import { saveArticleFramings } from "../store/article-framings.ts";
import { insertArticleReports } from "../store/article-reports.ts";
import {
  articleDays,
  bandGroupCounts,
  eventsOfArticles,
  groupMembersSharingBands,
  type GroupMember,
  insertArticle,
  moveBandRoots,
  recordBands,
  signaturesOutside,
  copiesOfRoots,
  membersSharingBands,
  setSyndicationRoot,
  storedCopyOf,
  syndicationGroup,
  syndicationRoots,
  type StoredCopy,
} from "../store/article-writes.ts";
import { closeTurn, earlierTurnOpen, turnFailure } from "../store/ingest-turns.ts";
import type { Store } from "../store/store.ts";
import type { StoreSession } from "../store/store-session.ts";
import { outletKey } from "../store/outlet-key.ts";
import { withWriteTransaction } from "../store/with-write-transaction.ts";
import { articleKeysOf, type ArticleKeys } from "./article-keys.ts";
import { candidateBands, CANDIDATE_GROUPS } from "./candidate-bands.ts";
import { contentHash } from "./content-hash.ts";
import { signatureSimilarity } from "./text-signature.ts";

/** Estimated shingle Jaccard above which two texts from different outlets are one syndicated text. */
export const SYNDICATION_SIMILARITY = 0.7;

/** What happened to one article. */
export type StoreOutcome = { readonly status: "stored"; readonly articleId: string; readonly reports: number; readonly syndicatedOf: string | null } | StoredCopy;

export interface StoreArticleInput {
  readonly article: Article;
  /** "jsonl", "txt", "html", "url", "feed". */
  readonly sourceKind: string;
  /** The extraction of `article`; computed by the caller, outside the transaction. */
  readonly extraction: ArticleExtraction;
  /** Its framing summary, stored with it for outlet profiles (default: read with the repository's lexicon). */
  readonly framing?: FramingRecord;
  /** Its hash, signature, bands and search body (default: computed from the article). */
  readonly keys?: ArticleKeys;
  /** Timestamp recorded as ingested_at / updated_at (passed in so tests can fix it). */
  readonly now: string;
  /** A queued article's turn (store/ingest-turns.ts): stored only after every earlier turn. */
  readonly turn?: number;
}

/** Thrown (and the transaction rolled back) when an earlier queued article is not committed yet. */
export class NotYourTurn extends Error {}

/**
 * Store one article, its extracted reports and spans, link syndicated copies, and re-merge the events
 * around its reports — all in one transaction, so a killed process leaves either all of it or none.
 * Idempotent: the same URL, the same content from the same outlet, or the same id with the same
 * content is a duplicate and changes nothing.
 */
export async function storeArticle(store: Store, input: StoreArticleInput): Promise<StoreOutcome> {
  // Read outside the transaction, like the extraction: the write lock is held for writes only.
  const framing = input.framing ?? framingRecordOf(input.article, defaultFramingLexicon());
  const keys = input.keys ?? articleKeysOf(input.article);
  return withWriteTransaction(store, (trx) => storeInTransaction(trx, input, framing, keys));
}

/**
 * The duplicate check alone, cheap enough to run before extraction. A plain read, not a write
 * transaction: storeArticle checks again under the write lock, so a copy stored by another process
 * in between is still caught there, and each article costs one commit instead of two.
 */
export async function findDuplicate(store: Store, article: Article, hash = contentHash(article.text)): Promise<StoreOutcome | null> {
  return storedCopyOf(store, article, hash);
}

async function storeInTransaction(session: StoreSession, input: StoreArticleInput, framing: FramingRecord, keys: ArticleKeys): Promise<StoreOutcome> {
  const { article, now } = input;
  if (input.turn !== undefined) {
    if (await earlierTurnOpen(session, input.turn)) throw new NotYourTurn(`turn ${input.turn} waits`);
    // A stale attempt (its worker hung past the job timeout, the job was given up and its turn
    // closed as failed) must not store the article now: later turns have merged without it.
    const failure = await turnFailure(session, input.turn);
    if (failure !== null) return { status: "conflict", articleId: article.id, reason: `its turn ${input.turn} was closed as failed: ${failure}` };
    await closeTurn(session, input.turn);
  }
  const { contentHash: hash, signature, bands, searchBody } = keys;
  const duplicate = await storedCopyOf(session, article, hash);
  if (duplicate !== null) return duplicate;

  const outletId = article.outlet === null ? null : outletKey(article.outlet);
  await insertArticle(session, { article, outletId, contentHash: hash, signature, searchBody, sourceKind: input.sourceKind, now });
  const reports = input.extraction.events.map((event, ordinal) => reportFromEvent(event, article.id, hash, ordinal));
  await insertArticleReports(session, article.id, reports, input.extraction);
  await saveArticleFramings(session, framing.version, [{ outletId, summary: framing.summary }]);

  const { group, root, joinedGroups } = await linkSyndicated(session, article, outletId, signature, bands);
  // Unless two stored groups of copies became one, the stored articles' groups are as they were,
  // so every stored event is still the summary of its reports and a joining report updates it.
  await remergeAround(session, reports.map((r) => r.report_key), now, undefined, { incremental: !joinedGroups });
  if (joinedGroups) {
    // Which outlets are independent changed for every event of the group's articles. (One group
    // gaining the new article, even under a new root, changes only the events the article joins.)
    await resummarizeEvents(session, await eventsOfArticles(session, group, article.id), now);
  }
  // linkSyndicated made every member of the group but its root a copy of the root.
  return { status: "stored", articleId: article.id, reports: reports.length, syndicatedOf: root === article.id ? null : root };
}

/**
 * Link the new article with stored near-identical texts from other outlets, and record its bands
 * under its group's root. The group's root is its earliest article (by published day, then id),
 * whatever the ingest order. Returns the group's ids (only the new article and the root when it
 * joined one group whose root stays), its root, and whether two or more stored groups became one.
 */
async function linkSyndicated(session: StoreSession, article: Article, outletId: string | null, signature: readonly number[], bands: readonly string[]): Promise<{ group: string[]; root: string; joinedGroups: boolean }> {
  const roots = await similarGroups(session, outletId, signature, bands);
  const { group, root, joinedGroups } = await rootGroup(session, article, roots);
  await moveBandRoots(session, roots, root);
  await recordBands(session, article.id, bands, root);
  return { group, root, joinedGroups };
}

/** Copies above which a group's members are compared in rounds instead of all read at once. */
const SMALL_GROUP = 32;

/**
 * The stored groups (by root) the new text joins: those with a member from another outlet that
 * shares one of its rarest bands and is similar (candidate-bands.ts: at most 64 groups, from the
 * bands fewest groups share; a band of boilerplate, shared by hundreds, finds none). A group of
 * one article (most groups) is its root, which has the band it was found under: all of them are
 * compared after one read, and so are all the members of small groups after another. The members
 * of a large group are compared in rounds of 1, 2, 4, …, and the group stops at its first similar
 * one, so 2,000 stored copies of one story cost one root and one signature, not 2,000, and a large
 * group of dissimilar texts a dozen rounds.
 * Which groups join is the same as comparing every member sharing a candidate band (an identical
 * text is similar: equal signatures).
 */
async function similarGroups(session: StoreSession, outletId: string | null, signature: readonly number[], bands: readonly string[]): Promise<string[]> {
  const similar = (m: GroupMember) => signatureSimilarity(signature, JSON.parse(m.signature) as number[]) >= SYNDICATION_SIMILARITY;
  const groups = await bandGroupCounts(session, bands, CANDIDATE_GROUPS + 1);
  if (groups.size === 0) return [];
  const roots = await syndicationRoots(session, candidateBands(bands, groups));
  const copies = await copiesOfRoots(session, roots);
  const joined = new Set((await signaturesOutside(session, roots.filter((r) => !copies.has(r)), outletId)).filter(similar).map((m) => m.id));
  const small = [...copies].filter(([, n]) => n <= SMALL_GROUP).map(([root]) => root);
  for (const member of await membersSharingBands(session, small, bands, outletId)) if (!joined.has(member.root) && similar(member)) joined.add(member.root);
  for (const [root, n] of copies) {
    if (n <= SMALL_GROUP) continue;
    let after = "";
    for (let take = 1; ; take *= 2) {
      const members = await groupMembersSharingBands(session, root, bands, outletId, after, take);
      if (members.some(similar)) {
        joined.add(root);
        break;
      }
      if (members.length < take) break;
      after = members[members.length - 1]!.id;
    }
  }
  return roots.filter((r) => joined.has(r));
}

/** The new article's group after it joins the groups rooted at `roots`, and the group's root. */
async function rootGroup(session: StoreSession, article: Article, roots: readonly string[]): Promise<{ group: string[]; root: string; joinedGroups: boolean }> {
  if (roots.length === 0) return { group: [article.id], root: article.id, joinedGroups: false };
  const earliest = (members: readonly { id: string; published: string | null }[]) =>
    [...members].sort((a, b) => {
      const pa = a.published ?? "9999-99-99";
      const pb = b.published ?? "9999-99-99";
      return pa !== pb ? (pa < pb ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })[0]!;
  if (roots.length === 1) {
    // A root is the earliest of its group: if it is earlier than the new article too, only the new
    // article's link is written (the 2,000th copy does not rewrite the 1,999 before it).
    const pair = await articleDays(session, [...roots, article.id]);
    const root = pair.length === 2 ? earliest(pair) : undefined;
    if (root !== undefined && root.id !== article.id) {
      await setSyndicationRoot(session, [article.id, root.id], root.id);
      return { group: [article.id, root.id], root: root.id, joinedGroups: false };
    }
  }
  const members = await syndicationGroup(session, [...roots], article.id);
  const root = earliest(members);
  const ids = members.map((m) => m.id);
  await setSyndicationRoot(session, ids, root.id);
  return { group: ids, root: root.id, joinedGroups: roots.length > 1 };
}
