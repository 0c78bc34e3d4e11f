import type { Article } from "../../model/article.ts";
import type { ConflictEvent } from "../../model/conflict-event.ts";
import type { Mention, MentionKind } from "../../model/mention.ts";
import { originalSpan, type Normalized } from "../../text/normalize.ts";
import type { AnnotationKind } from "../annotate/annotation.ts";
import type { AnnotatedSentence } from "../annotate/annotate-sentence.ts";

const MENTION_KIND: Partial<Record<AnnotationKind, MentionKind>> = {
  actor: "actor", place: "place", trigger: "trigger", casualty: "casualty", source: "source", "source-head": "source",
  "relative-day": "date", weekday: "date", month: "date", "number-word": "number", modality: "negation",
};

/**
 * Stage: every lexicon mention of the article with the events whose evidence contains it. Events
 * are indexed by their provenance spans sorted by start, so the cost grows with the mentions and
 * spans, not their product.
 */
export function collectMentions(sentences: readonly AnnotatedSentence[], events: readonly ConflictEvent[], article: Article, norm: Normalized): Mention[] {
  const spans = events
    .flatMap((e) => e.provenance.flatMap((p) => (p.evidence ? [{ start: p.evidence.start, end: p.evidence.end, id: e.event_id }] : [])))
    .sort((a, b) => a.start - b.start);
  const order = [...new Set(events.map((e) => e.event_id))];
  const out: Mention[] = [];
  for (const s of sentences) {
    for (const a of s.annotations) {
      const kind = MENTION_KIND[a.value.kind];
      if (!kind) continue;
      const t = s.sentence.tokens;
      const o = originalSpan(norm, t[a.first]!.start, t[a.last]!.end);
      const ids = new Set<string>();
      for (const sp of spans) {
        if (sp.start > o.start) break;
        if (o.end <= sp.end) ids.add(sp.id);
      }
      const v = a.value;
      const value = v.kind === "actor" ? v.key : v.kind === "trigger" ? v.entry.sub_event_type : v.kind === "place" ? (v.ids[0] ?? null) : v.kind === "source" ? v.name : a.phrase;
      out.push({ kind, start: o.start, end: o.end, text: article.text.slice(o.start, o.end), value, rule: `lexicon:${a.value.kind}`, event_ids: order.filter((id) => ids.has(id)) });
    }
  }
  return out;
}
