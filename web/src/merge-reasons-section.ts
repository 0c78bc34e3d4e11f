import type { EventDetail } from "./api.ts";
import { arabic, bdi, el } from "./dom.ts";
import { lang, mergeFeatureText, t, type MergeFeatureText } from "./labels.ts";

type MergeReason = EventDetail["merge_reasons"][number];

/**
 * "Why these reports are one event": each link that joined a report to the event — the two reports'
 * outlets and places, the merge model's probability, the evidence for and against it in words with
 * its weight — and the hand decisions (joined, split off) with their time. Nothing when the event
 * holds one article. A link may name a report the event no longer holds (split off since): its
 * article's outlet stands for it.
 */
export function mergeReasonsSection(event: EventDetail): HTMLElement | "" {
  if (event.merge_reasons.length === 0) return "";
  const reports = new Map(event.claims.map((c) => [c.report_key, c]));
  const outletOf = (reportKey: string | null, articleId: string): string => {
    const claim = (reportKey === null ? undefined : reports.get(reportKey)) ?? event.claims.find((c) => c.article_id === articleId);
    return claim?.outlet_id ?? articleId;
  };
  return el(
    "section",
    { class: "merge-reasons", "data-testid": "merge-reasons" },
    el("h3", {}, t("mergeHeading")),
    el("ul", { class: "links" }, ...event.merge_reasons.map((r) => linkItem(r, outletOf, (key) => reports.get(key)?.place_name))),
  );
}

function linkItem(r: MergeReason, outletOf: (reportKey: string | null, articleId: string) => string, placeOf: (reportKey: string) => string | undefined): HTMLElement {
  const outlet = (name: string) => bdi(name, { dir: "ltr" });
  if (r.kind !== "model") {
    return el(
      "li",
      { class: "link manual", "data-testid": "merge-link", "data-kind": r.kind },
      outlet(outletOf(r.report_key, r.report_key)),
      r.with_key === null ? "" : " ↔ ",
      r.with_key === null ? "" : outlet(outletOf(r.with_key, r.with_key)),
      ` · ${t(r.kind === "manual-join" ? "mergeJoinedByHand" : "mergeSplitByHand")} `,
      bdi(r.at.slice(0, 16).replace("T", " "), { dir: "ltr" }),
    );
  }
  const said = r.reasons.map((reason) => mergeFeatureText(reason, lang()));
  const percent = (x: number) => bdi(`${Math.round(100 * x)}%`, { dir: "ltr" });
  return el(
    "li",
    { class: "link", "data-testid": "merge-link", "data-kind": r.kind },
    el(
      "div",
      {},
      outlet(outletOf(r.report_key, r.article_id)),
      place(placeOf(r.report_key)),
      " ↔ ",
      outlet(outletOf(r.with_key, r.with_article)),
      place(placeOf(r.with_key)),
      el("small", { class: "muted" }, ` · ${t("mergeProbability")} `, percent(r.p), r.agreement === undefined ? "" : ` · ${t("mergeAgreement")} `, r.agreement === undefined ? "" : percent(r.agreement)),
    ),
    evidenceLine(t("mergeSupports"), said.filter((x) => x.weight !== null && x.weight > 0), "merge-for"),
    evidenceLine(t("mergeAgainst"), said.filter((x) => x.weight !== null && x.weight < 0).sort((x, y) => x.weight! - y.weight!), "merge-against"),
    evidenceLine("", said.filter((x) => x.weight === null), "merge-other"),
  );
}

/** One side of the evidence ("for: same day (+0.83), same place (−0.02)"), or nothing. */
function evidenceLine(label: string, items: readonly MergeFeatureText[], testId: string): HTMLElement | "" {
  if (items.length === 0) return "";
  const line = el("p", { class: "evidence-side", "data-testid": testId }, label === "" ? "" : el("small", { class: "muted" }, `${label}: `));
  items.forEach((x, i) => line.append(i === 0 ? "" : lang() === "ar" ? "، " : ", ", x.text, x.weight === null ? "" : el("small", { class: "muted" }, " (", signed(x.weight), ")")));
  return line;
}

/** The place a report names, after its outlet: one article can hold reports of several places. */
const place = (name: string | undefined): HTMLElement | "" => (name === undefined ? "" : el("small", { class: "muted" }, " (", arabic(name), ")"));

/** A weight with its sign, kept left to right inside an Arabic line. */
const signed = (w: number): HTMLElement => bdi(`${w > 0 ? "+" : "−"}${Math.abs(w).toFixed(2)}`, { dir: "ltr" });
