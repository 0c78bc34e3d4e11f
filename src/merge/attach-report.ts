import { decideLink, type LinkDecision } from "./link-decision.ts";
import { articlesApart, pairEligible } from "./pair-features.ts";
import type { MergeModel } from "./merge-model.ts";
import type { EventSpan } from "../model/event-span.ts";
import type { MergeLink, MergeReason } from "../model/merge-reason.ts";
import type { PairSide } from "./pair-features.ts";

export type { EventSpan, MergeLink, MergeReason };

/** A stored report that may tell the same event as a new one, with the merged event it belongs to. */
export interface MergeCandidate {
  readonly side: PairSide;
  readonly eventId: string;
}

/**
 * What the merge step asks of wherever events live (the store, or memory when fitting): the stored
 * reports that could tell the same event as a report (a few per event, see store/merge-queries.ts),
 * and the days an event covers.
 */
export interface MergeIndex {
  candidates(side: PairSide): Promise<readonly MergeCandidate[]>;
  span(eventId: string): Promise<EventSpan | null>;
}

export interface Attachment {
  /** Events the report joins (all of them become one); empty: it starts an event of its own. */
  readonly events: readonly string[];
  /** The strongest link to each joined event. */
  readonly links: readonly MergeLink[];
}

/**
 * Decide which stored events a new report belongs to. It is compared with the candidates only (a
 * bounded number per event), so a report costs the same whether its event has 2 reports or 2,000.
 *
 * A link to one report is not enough: the report must also agree with the event as a whole. Its
 * mean probability over the event's compared reports must reach MIN_AGREEMENT of its strongest
 * link. Otherwise one look-alike pulls it in against the rest (an undated "car bomb in the town
 * centre" that matches one retelling of last week's bombing but none of the others stays apart).
 *
 * It joins the events it links to, strongest link first, as long as the dated reports of all of them
 * (and its own date) stay within MAX_EVENT_DAYS: an undated report that fits events of different
 * days joins only the strongest, so it never chains a week of shellings of one village together.
 * The events it joins become one.
 */
export async function attachReport(index: MergeIndex, side: PairSide, model: MergeModel): Promise<Attachment> {
  const weighed = new Map<string, { best: { candidate: MergeCandidate; decision: LinkDecision } | null; sum: number; count: number }>();
  for (const candidate of await index.candidates(side)) {
    if (!pairEligible(side.report, candidate.side.report) || articlesApart(side, candidate.side)) continue;
    const decision = decideLink(side, candidate.side, model);
    const seen = weighed.get(candidate.eventId) ?? { best: null, sum: 0, count: 0 };
    seen.sum += decision.p;
    seen.count++;
    if (decision.link && (seen.best === null || decision.p > seen.best.decision.p || (decision.p === seen.best.decision.p && candidate.side.report.report_key < seen.best.candidate.side.report.report_key))) {
      seen.best = { candidate, decision };
    }
    weighed.set(candidate.eventId, seen);
  }
  const best = new Map<string, { candidate: MergeCandidate; decision: LinkDecision; agreement: number }>();
  for (const [eventId, { best: link, sum, count }] of weighed) {
    if (link === null || sum / count < MIN_AGREEMENT * link.decision.p) continue;
    best.set(eventId, { ...link, agreement: Math.round((sum / count) * 1000) / 1000 });
  }
  // Strongest link first; an event joins only while all joined days stay within a few days and the
  // report still agrees with the joined events taken together.
  const ranked = [...best.entries()].sort((a, b) => b[1].decision.p - a[1].decision.p || (a[0] < b[0] ? -1 : 1));
  const r = side.report;
  let span: EventSpan | null = r.date_lo !== null && r.date_hi !== null ? { lo: r.date_lo, hi: r.date_hi } : null;
  const joined: string[] = [];
  const strongest = ranked[0]?.[1].decision.p ?? 0;
  let sum = 0;
  let count = 0;
  for (const [eventId] of ranked) {
    const other = await index.span(eventId);
    const combined = span === null ? other : other === null ? span : { lo: min(span.lo, other.lo), hi: max(span.hi, other.hi) };
    if (combined !== null && daysBetween(combined.lo, combined.hi) > MAX_EVENT_DAYS) continue;
    const w = weighed.get(eventId)!;
    if (joined.length > 0 && (sum + w.sum) / (count + w.count) < MIN_AGREEMENT * strongest) continue;
    sum += w.sum;
    count += w.count;
    joined.push(eventId);
    span = combined;
  }
  joined.sort();
  const links = joined.map((eventId): MergeLink => {
    const { candidate, decision, agreement } = best.get(eventId)!;
    return {
      kind: "model",
      report_key: r.report_key,
      article_id: r.article_id,
      with_key: candidate.side.report.report_key,
      with_article: candidate.side.report.article_id,
      p: decision.p,
      reasons: decision.reasons,
      agreement,
    };
  });
  return { events: joined, links };
}

/**
 * How much of its strongest link a report's mean probability over an event's compared reports must
 * reach (chosen on the train story pairs, scripts/train-merge.ts; 0.4 and 0.5 tied there and the
 * higher, fewer merges, was kept).
 */
export const MIN_AGREEMENT = 0.5;

/** The days an event's dated reports may cover: a date, a day either side, and a "published, no day named" window. */
const MAX_EVENT_DAYS = 4;

function daysBetween(lo: string, hi: string): number {
  return (Date.parse(`${hi}T00:00:00Z`) - Date.parse(`${lo}T00:00:00Z`)) / 86_400_000;
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
