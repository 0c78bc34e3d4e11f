import type { Claim, EventComparison, EventDetail } from "./api.ts";
import { comparisonSection } from "./comparison-section.ts";
import { arabic, bilingual, el } from "./dom.ts";
import { highlightSpans, type Highlight } from "./highlight-spans.ts";
import { GRADES, precisionLabel, typeArabic, typeColor } from "./labels.ts";

const FIELD_CLASS: Readonly<Record<string, string>> = {
  actor1: "actor",
  actor2: "actor",
  location: "place",
  date: "date",
  casualties: "casualty",
  killed: "casualty",
  injured: "casualty",
  source: "source",
  sub_event_type: "trigger",
};

/**
 * The event panel: the merged event (type, place and date with their precision, grade and why), then
 * every report side by side — outlet, credited source, how it named each actor, its figures, and the
 * Arabic sentence with the evidence highlighted — each linking to its article; then, when given, how
 * each outlet told it (camps, names as written, omissions).
 */
export function eventPanel(event: EventDetail, openArticle: (id: string) => void, close: () => void, comparison: EventComparison | null = null): HTMLElement {
  const grade = GRADES.find((g) => g.en === event.grade);
  const header = el(
    "div",
    { class: "event-head" },
    el("button", { type: "button", class: "close", "aria-label": "Close" }, "×"),
    el("h2", {}, el("span", { class: "swatch", style: `background:${typeColor(event.event_type)}` }), ` ${event.event_type} · `, arabic(typeArabic(event.event_type))),
    el("p", { class: "sub" }, event.sub_event_type),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, bilingual("Place", "المكان")),
      el("dd", {}, arabic(event.place_name), ` ${event.admin1 ?? ""} — ${precisionLabel("place", event.geo_precision)}`),
      el("dt", {}, bilingual("Date", "التاريخ")),
      el("dd", {}, `${event.date ?? "?"} — ${precisionLabel("date", event.date_precision)}`),
      el("dt", {}, bilingual("Actors", "الأطراف")),
      el("dd", {}, [event.actor1, event.actor2].filter(Boolean).join(" vs ") || "—"),
      el("dt", {}, bilingual("Fatalities", "القتلى")),
      el("dd", {}, event.fatalities === null ? "—" : String(event.fatalities)),
      el("dt", {}, bilingual("Grade", "التقييم")),
      el("dd", { "data-testid": "grade" }, el("strong", {}, event.grade), grade ? " · " : "", grade ? arabic(grade.ar) : "", el("br"), el("small", {}, event.grade_reason)),
    ),
  );
  header.querySelector("button.close")?.addEventListener("click", close);
  const reports = el("div", { class: "claims", "data-testid": "claims" }, ...event.claims.map((c) => claimCard(event.event_id, c, openArticle)));
  return el("article", { class: "event-panel", "data-testid": "event-panel", "data-event-id": event.event_id }, header, el("h3", {}, bilingual(`Reports (${event.claims.length})`, "التقارير")), reports, comparison !== null && comparison.reports.length > 0 ? comparisonSection(comparison, openArticle) : "");
}

function claimCard(eventId: string, claim: Claim, openArticle: (id: string) => void): HTMLElement {
  const names = (field: string) =>
    [...new Set(claim.provenance.filter((p) => p.field === field && p.evidence !== null).map((p) => p.evidence!.text))];
  const actorLine = (key: string | null, field: string) => {
    const said = names(field);
    return el("span", {}, key ?? "—", said.length > 0 ? " (" : "", ...said.flatMap((n, i) => [i > 0 ? "، " : "", arabic(n)]), said.length > 0 ? ")" : "");
  };
  const highlights: Highlight[] = [{ start: claim.evidence.start, end: claim.evidence.end, className: "evidence", title: "evidence" }];
  for (const p of claim.provenance) {
    if (p.evidence === null) continue;
    highlights.push({ start: p.evidence.start, end: p.evidence.end, className: `span-${FIELD_CLASS[p.field] ?? "other"}`, title: `${p.field}: ${p.rule}` });
  }
  const sentence = el("p", { lang: "ar", dir: "rtl", class: "ar sentence", "data-testid": "evidence-sentence" });
  sentence.append(highlightSpans(claim.sentence.text, highlights, claim.sentence.start));
  const link = el("a", { href: `?article=${encodeURIComponent(claim.article_id)}&event=${encodeURIComponent(eventId)}`, class: "article-link", "data-testid": "article-link" }, bilingual("Open article", "فتح المقال"));
  link.addEventListener("click", (e) => {
    e.preventDefault();
    openArticle(claim.article_id);
  });
  return el(
    "section",
    { class: "claim", "data-testid": "claim" },
    el("h4", {}, claim.outlet_id ?? "?", claim.syndicated_of ? el("small", {}, ` (copy of ${claim.syndicated_of})`) : ""),
    el("p", { class: "meta" }, `${claim.published ?? "?"}`, claim.article_title ? " · " : "", claim.article_title ? arabic(claim.article_title) : ""),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, bilingual("Source", "المصدر")),
      el("dd", {}, claim.source ? arabic(claim.source) : "—"),
      el("dt", {}, bilingual("Actor 1", "الفاعل")),
      el("dd", {}, actorLine(claim.actor1, "actor1")),
      el("dt", {}, bilingual("Actor 2", "الطرف الآخر")),
      el("dd", {}, actorLine(claim.actor2, "actor2")),
      el("dt", {}, bilingual("Killed / injured", "قتلى / جرحى")),
      el("dd", {}, `${claim.killed ?? "—"} / ${claim.injured ?? "—"}`),
      el("dt", {}, bilingual("Place", "المكان")),
      el("dd", {}, arabic(claim.place_name), ` · ${claim.date ?? "?"}`),
    ),
    sentence,
    link,
  );
}
