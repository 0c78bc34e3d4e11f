import type { ComparedReport, EventComparison } from "./api.ts";
import { campBadge } from "./camp-badge.ts";
import { arabic, bilingual, el } from "./dom.ts";
import { OMISSION_LABELS } from "./labels.ts";

/**
 * "How each outlet told it": one column per report of the event — the outlet and its camp, the
 * actors as the outlet wrote them, whom it credited, its casualty figures, and what it leaves out
 * that another report states.
 */
export function comparisonSection(comparison: EventComparison, openArticle: (id: string) => void): HTMLElement {
  const cards = comparison.reports.map((r) => reportCard(comparison, r, openArticle));
  return el(
    "section",
    { class: "comparison", "data-testid": "comparison" },
    el("h3", {}, bilingual("How each outlet told it", "كيف روتها كل وسيلة")),
    el("div", { class: "claims" }, ...cards),
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
    return el("span", {}, a.as_written ? arabic(a.as_written) : el("span", { class: "missing" }, "(not named)"), el("small", {}, ` ${a.key}`));
  };
  const link = el("a", { href: `?article=${encodeURIComponent(r.article_id)}`, class: "article-link" }, bilingual("Open article", "فتح المقال"));
  link.addEventListener("click", (e) => {
    e.preventDefault();
    openArticle(r.article_id);
  });
  return el(
    "section",
    { class: "claim compared", "data-testid": "compared-report", "data-outlet": r.outlet },
    el("h4", {}, r.outlet, " "),
    campBadge(camp, outlet?.confidence),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, bilingual("Attacker as written", "الفاعل كما ورد")),
      el("dd", {}, actor("actor1")),
      el("dt", {}, bilingual("Target as written", "المستهدف كما ورد")),
      el("dd", {}, actor("actor2")),
      el("dt", {}, bilingual("Credits", "المصدر")),
      el("dd", {}, r.source ? arabic(r.source) : el("span", { class: "missing" }, "—")),
      el("dt", {}, bilingual("Killed / injured", "قتلى / جرحى")),
      el("dd", {}, `${r.killed ?? "—"} / ${r.injured ?? "—"}`),
      el("dt", {}, bilingual("Omits", "يغفل")),
      el(
        "dd",
        { "data-testid": "omissions" },
        omits.length === 0
          ? "nothing the others state"
          : el("ul", { class: "omits" }, ...omits.map((o) => el("li", {}, `${OMISSION_LABELS[o.field]?.en ?? o.field} · `, arabic(OMISSION_LABELS[o.field]?.ar ?? ""), el("small", {}, ` (stated by ${o.stated_by.join(", ")})`)))),
      ),
    ),
    link,
  );
}
