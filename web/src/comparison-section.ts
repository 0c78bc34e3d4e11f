import type { EventComparison } from "./api.ts";
import { campBadge } from "./camp-badge.ts";
import { arabic, bdi, el } from "./dom.ts";
import { actorLabel, lang, OMISSION_LABELS, t } from "./labels.ts";

type ComparedReport = EventComparison["reports"][number];

/**
 * "How each outlet told it": one card per report of the event — the outlet and its camp, the actors
 * as the outlet wrote them, whom it credited, its casualty figures, and what it leaves out that
 * another report states.
 */
export function comparisonSection(comparison: EventComparison, openArticle: (id: string) => void): HTMLElement {
  return el(
    "section",
    { class: "comparison", "data-testid": "comparison" },
    el("h3", {}, t("comparison")),
    el("div", { class: "claims" }, ...comparison.reports.map((r) => reportCard(comparison, r, openArticle))),
  );
}

function reportCard(comparison: EventComparison, r: ComparedReport, openArticle: (id: string) => void): HTMLElement {
  const outlet = comparison.outlets.find((o) => o.outlet === r.outlet);
  const camp = outlet?.camp ?? r.camp ?? "unclear";
  // One article can carry two reports of the event: its omissions come once per report, shown once.
  const omits = comparison.omissions.filter((o, i, all) => o.article_id === r.article_id && o.outlet === r.outlet && all.findIndex((x) => x.article_id === o.article_id && x.field === o.field) === i);
  const actor = (role: "actor1" | "actor2") => {
    const a = r.actors.find((x) => x.role === role);
    if (a === undefined || a.key === null) return el("span", { class: "missing" }, "—");
    return el("span", {}, a.as_written ? el("span", { lang: "ar", dir: "rtl", class: "as-written", title: t("asWritten") }, a.as_written) : el("span", { class: "missing" }, t("unknownActor")), el("small", { class: "muted" }, ` · ${actorLabel(a.key, lang())}`));
  };
  const link = el("a", { href: `?article=${encodeURIComponent(r.article_id)}&lang=${lang()}`, class: "article-link" }, t("openArticle"));
  link.addEventListener("click", (e) => {
    e.preventDefault();
    openArticle(r.article_id);
  });
  return el(
    "section",
    { class: "claim compared", "data-testid": "compared-report", "data-outlet": r.outlet },
    el("h4", {}, bdi(r.outlet, { dir: "ltr" })),
    campBadge(camp, outlet?.confidence),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, t("attacker")),
      el("dd", {}, actor("actor1")),
      el("dt", {}, t("target")),
      el("dd", {}, actor("actor2")),
      el("dt", {}, t("source")),
      el("dd", {}, r.source ? arabic(r.source) : el("span", { class: "missing" }, "—")),
      el("dt", {}, `${t("killedLabel")} / ${t("injuredLabel")}`),
      el("dd", {}, `${r.killed ?? "—"} / ${r.injured ?? "—"}`),
      el("dt", {}, t("omits")),
      el(
        "dd",
        { "data-testid": "omissions" },
        omits.length === 0
          ? t("omitsNothing")
          : el("ul", { class: "omits" }, ...omits.map((o) => el("li", {}, t(OMISSION_LABELS[o.field]), el("small", { class: "muted" }, ` (${t("statedBy")} `, ...o.stated_by.flatMap((s, i) => [i > 0 ? "، " : "", bdi(s, { dir: "ltr" })]), ")")))),
      ),
    ),
    link,
  );
}
