import { decideLink, type LinkDecision } from "./link-decision.ts";
import type { MergeModel } from "./merge-model.ts";
import type { EventSpan } from "../model/event-span.ts";
import type { MergeLink, MergeReason } from "../model/merge-reason.ts";
import { dayGap, pairEligible, type PairSide } from "./pair-features.ts";

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
 * A link counts only when the event as a whole agrees (`eventAgreement`: the mean probability over
 * its eligible reports reaches the threshold). It joins the events it links to, strongest link first, as long as the dated reports of all of them
 * (and its own date) stay within MAX_EVENT_DAYS: an undated report that fits events of different
 * days joins only the strongest, so it never chains a week of shellings of one village together.
 * The events it joins become one.
 */
export async function attachReport(index: MergeIndex, side: PairSide, model: MergeModel): Promise<Attachment> {
  const best = new Map<string, { candidate: MergeCandidate; decision: LinkDecision }>();
  const candidates = await index.candidates(side);
  const decisions = candidates.map((candidate) => decideLink(side, candidate.side, model));
  const agreement = eventAgreement(side, candidates, decisions);
  for (const [i, candidate] of candidates.entries()) {
    const decision = decisions[i]!;
    if (!decision.link) continue;
    // The event as a whole must agree, not only its closest report (average, not single, link).
    if (agreement.get(candidate.eventId)! < thresholdOf(side, candidate.side, model)) continue;
    const seen = best.get(candidate.eventId);
    if (seen === undefined || decision.p > seen.decision.p || (decision.p === seen.decision.p && candidate.side.report.report_key < seen.candidate.side.report.report_key)) {
      best.set(candidate.eventId, { candidate, decision });
    }
  }
  // Strongest link first; an event joins only while all joined days stay within a few days.
  const ranked = [...best.entries()].sort((a, b) => b[1].decision.p - a[1].decision.p || (a[0] < b[0] ? -1 : 1));
  const r = side.report;
  let span: EventSpan | null = r.date_lo !== null && r.date_hi !== null ? { lo: r.date_lo, hi: r.date_hi } : null;
  const joined: string[] = [];
  for (const [eventId] of ranked) {
    const other = await index.span(eventId);
    const combined = span === null ? other : other === null ? span : { lo: min(span.lo, other.lo), hi: max(span.hi, other.hi) };
    if (combined !== null && daysBetween(combined.lo, combined.hi) > MAX_EVENT_DAYS) continue;
    joined.push(eventId);
    span = combined;
  }
  joined.sort();
  const links = joined.map((eventId): MergeLink => {
    const { candidate, decision } = best.get(eventId)!;
    return {
      kind: "model",
      report_key: r.report_key,
      article_id: r.article_id,
      with_key: candidate.side.report.report_key,
      with_article: candidate.side.report.article_id,
      p: decision.p,
      reasons: decision.reasons,
    };
  });
  return { events: joined, links };
}

/**
 * Per event, the mean probability over the event's reports that could be one event with the new
 * one (eligible pairs): a report joins an event when it agrees with the event as a whole, not only
 * with its single closest report. Example: an undated "car bomb in a town, 18 killed" report sits
 * close to one of four reports of a dated bombing there (same town and type, tolls close) but far
 * from the other three (other tolls, other wording): the mean stays under the threshold and it
 * starts an event of its own, instead of making pairs with all four articles.
 */
function eventAgreement(side: PairSide, candidates: readonly MergeCandidate[], decisions: readonly LinkDecision[]): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const [i, candidate] of candidates.entries()) {
    if (!pairEligible(side.report, candidate.side.report)) continue;
    const [sum, n] = sums.get(candidate.eventId) ?? [0, 0];
    sums.set(candidate.eventId, [sum + decisions[i]!.p, n + 1]);
  }
  return new Map([...sums].map(([eventId, [sum, n]]) => [eventId, sum / n]));
}

/** The threshold the pair is held to: the undated one when either report has no day. */
function thresholdOf(x: PairSide, y: PairSide, model: MergeModel): number {
  return dayGap(x.report, y.report) === null ? model.undatedThreshold : model.threshold;
}

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
