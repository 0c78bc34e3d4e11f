import { attachReport, type EventSpan, type MergeCandidate, type MergeIndex, type MergeLink } from "./attach-report.ts";
import type { MergeModel } from "./merge-model.ts";
import { eligiblePair } from "./link-decision.ts";
import type { PairSide } from "./pair-features.ts";

/**
 * The merge step over reports held in memory, in the order given — what ingest does in the store,
 * without one. Used to fit and check the merge model, and by tests. Returns, per report key, the
 * key of its group (the first report of the group), and the links that formed the groups.
 */
export async function mergeInMemory(sides: readonly PairSide[], model: MergeModel): Promise<{ group: Map<string, string>; links: MergeLink[] }> {
  const eventOf = new Map<string, string>();
  const members = new Map<string, PairSide[]>();
  const index: MergeIndex = {
    async candidates(side): Promise<MergeCandidate[]> {
      const out: MergeCandidate[] = [];
      for (const [eventId, list] of members) for (const other of list) if (eligiblePair(side.report, other.report)) out.push({ side: other, eventId });
      return out;
    },
    async span(eventId): Promise<EventSpan | null> {
      const dated = members.get(eventId)!.map((s) => s.report).filter((r) => r.date_lo !== null && r.date_hi !== null);
      if (dated.length === 0) return null;
      return { lo: dated.map((r) => r.date_lo!).sort()[0]!, hi: dated.map((r) => r.date_hi!).sort().at(-1)! };
    },
  };
  const links: MergeLink[] = [];
  for (const side of sides) {
    const attachment = await attachReport(index, side, model);
    links.push(...attachment.links);
    const target = attachment.events[0] ?? side.report.report_key;
    const list = members.get(target) ?? [];
    for (const other of attachment.events.slice(1)) {
      for (const s of members.get(other)!) {
        list.push(s);
        eventOf.set(s.report.report_key, target);
      }
      members.delete(other);
    }
    list.push(side);
    members.set(target, list);
    eventOf.set(side.report.report_key, target);
  }
  return { group: eventOf, links };
}
