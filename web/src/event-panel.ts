import type { Claim, EventComparison, EventDetail } from "./api.ts";
import { comparisonSection } from "./comparison-section.ts";
import { arabic, bdi, el } from "./dom.ts";
import { highlightSpans, type Highlight } from "./highlight-spans.ts";
import { mergeReasonsSection } from "./merge-reasons-section.ts";
import { actorLabel, EVENT_TYPE_LABELS, GRADE_LABELS, gradeReasonText, lang, PRECISION_LABELS, SUB_EVENT_TYPE_LABELS, t } from "./labels.ts";

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

export interface EventPanelActions {
  readonly openArticle: (id: string) => void;
  readonly close: () => void;
  /** The shareable address of this event in the page's language. */
  readonly permalink: string;
}

/**
 * The event panel, read top to bottom: who did what, where, when, how many were killed and injured,
 * and the grade with its reasons; then each outlet's report stacked, its sentence with the evidence
 * highlighted; then why the reports were joined; then how each outlet told it. A permalink at the top.
 */
export function eventPanel(event: EventDetail, actions: EventPanelActions, comparison: EventComparison | null): HTMLElement {
  const type = EVENT_TYPE_LABELS[event.event_type];
  const close = el("button", { type: "button", class: "close", "aria-label": t("close"), title: t("close") }, "×");
  close.addEventListener("click", actions.close);
  const link = el("a", { href: actions.permalink, "data-testid": "permalink" }, t("permalink"));
  link.addEventListener("click", (e) => {
    e.preventDefault();
    void navigator.clipboard?.writeText(new URL(actions.permalink, window.location.href).href).then(() => (link.textContent = t("copied")), () => undefined);
  });
  const who = [event.actor1, event.actor2].filter((a): a is string => a !== null);
  const head = el(
    "header",
    { class: "panel-head" },
    el("h2", {}, el("span", { class: "swatch", style: `background:${type.color}` }), " ", t(SUB_EVENT_TYPE_LABELS[event.sub_event_type])),
    el("div", { class: "panel-actions" }, link, close),
  );
  const facts = el(
    "dl",
    { class: "facts", "data-testid": "event-facts" },
    el("dt", {}, t("who")),
    el("dd", { "data-testid": "who" }, who.length === 0 ? t("unknownActor") : who.map((a) => actorLabel(a, lang())).join(` ${t("versus")} `)),
    el("dt", {}, t("what")),
    el("dd", {}, `${t(SUB_EVENT_TYPE_LABELS[event.sub_event_type])} · `, el("small", {}, t(type))),
    el("dt", {}, t("where")),
    el("dd", {}, lang() === "ar" ? arabic(event.place_name) : bdi(event.place_name_en), governorate(event) ? ` · ${governorate(event)}` : "", " ", el("small", {}, `(${t(PRECISION_LABELS.place[precision(event.geo_precision)])})`)),
    el("dt", {}, t("when")),
    el("dd", {}, bdi(event.date ?? t("undated"), { dir: "ltr" }), event.date_precision === null ? "" : el("small", {}, ` (${t(PRECISION_LABELS.date[precision(event.date_precision)])})`)),
    el("dt", {}, t("killedLabel")),
    el("dd", { "data-testid": "killed" }, range(event.killed_min, event.killed_max)),
    el("dt", {}, t("injuredLabel")),
    el("dd", { "data-testid": "injured" }, range(event.injured_min, event.injured_max)),
    el("dt", {}, t("grade")),
    el(
      "dd",
      { "data-testid": "grade" },
      el("strong", {}, t(GRADE_LABELS[event.grade])),
      el("ul", { class: "reasons", "data-testid": "grade-reasons" }, ...event.grade_reasons.map((r) => el("li", {}, gradeReasonText(r, lang())))),
    ),
  );
  const reports = el("div", { class: "claims", "data-testid": "claims" }, ...event.claims.map((c) => claimCard(event.event_id, c, actions.openArticle)));
  return el(
    "article",
    { class: "event-panel", "data-testid": "event-panel", "data-event-id": event.event_id },
    head,
    facts,
    el("h3", {}, `${t("reportsHeading")} (${event.claims.length})`),
    reports,
    mergeReasonsSection(event),
    comparison !== null && comparison.reports.length > 0 ? comparisonSection(comparison, actions.openArticle) : "",
  );
}

/** The governorate, unless the place is the governorate's own seat of the same name. */
function governorate(e: EventDetail): string | null {
  const [place, admin1] = lang() === "ar" ? [e.place_name, e.admin1_ar ?? e.admin1] : [e.place_name_en, e.admin1];
  return admin1 === place ? null : admin1;
}
const precision = (n: number): 1 | 2 | 3 => (n <= 1 ? 1 : n >= 3 ? 3 : 2);
const range = (lo: number | null, hi: number | null) => (lo === null ? "—" : hi !== null && hi !== lo ? `${lo}–${hi}` : String(lo));

function claimCard(eventId: string, claim: Claim, openArticle: (id: string) => void): HTMLElement {
  const said = (field: string) => [...new Set(claim.provenance.flatMap((p) => (p.field === field && p.evidence !== null ? [p.evidence.text] : [])))];
  // The coded actor, then the words the outlet used, each a block of its own: no bracket to strand.
  const actorLine = (key: string | null, field: string) =>
    el("span", {}, key === null ? "—" : actorLabel(key, lang()), ...said(field).map((words) => el("span", { lang: "ar", dir: "rtl", class: "as-written", title: t("asWritten") }, words)));
  const highlights: Highlight[] = [{ start: claim.evidence.start, end: claim.evidence.end, className: "evidence", title: "evidence" }];
  for (const p of claim.provenance) {
    if (p.evidence === null) continue;
    highlights.push({ start: p.evidence.start, end: p.evidence.end, className: `span-${FIELD_CLASS[p.field] ?? "other"}`, title: `${p.field}: ${p.rule}` });
  }
  const sentence = el("p", { lang: "ar", dir: "rtl", class: "ar sentence", "data-testid": "evidence-sentence" });
  sentence.append(highlightSpans(claim.sentence.text, highlights, claim.sentence.start));
  const link = el("a", { href: `?article=${encodeURIComponent(claim.article_id)}&event=${encodeURIComponent(eventId)}&lang=${lang()}`, class: "article-link", "data-testid": "article-link" }, t("openArticle"));
  link.addEventListener("click", (e) => {
    e.preventDefault();
    openArticle(claim.article_id);
  });
  return el(
    "section",
    { class: "claim", "data-testid": "claim" },
    el("h4", {}, bdi(claim.outlet_id ?? "?", { dir: "ltr" }), claim.syndicated_of ? el("small", { class: "muted" }, ` · ${t("copyOf")} `, bdi(claim.syndicated_of, { dir: "ltr" })) : ""),
    el("p", { class: "meta" }, bdi(claim.published ?? "?", { dir: "ltr" }), claim.article_title ? " · " : "", claim.article_title ? arabic(claim.article_title) : ""),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, t("attacker")),
      el("dd", {}, actorLine(claim.actor1, "actor1")),
      el("dt", {}, t("target")),
      el("dd", {}, actorLine(claim.actor2, "actor2")),
      el("dt", {}, `${t("killedLabel")} / ${t("injuredLabel")}`),
      el("dd", {}, `${claim.killed ?? "—"} / ${claim.injured ?? "—"}`),
      el("dt", {}, t("source")),
      el("dd", {}, claim.source ? arabic(claim.source) : "—"),
    ),
    sentence,
    link,
  );
}
