import type { Outlet } from "./api.ts";
import { campBadge } from "./camp-badge.ts";
import { arabic, bdi, el } from "./dom.ts";
import { SOURCE_KIND_LABELS, t } from "./labels.ts";

const TOP_TERMS = 5;

/**
 * The outlets view: each outlet with its framing camp, confidence, article count, the terms it
 * prefers (Arabic, right-to-left) and whom it credits. Clicking an outlet filters the events by it.
 */
export function outletsView(outlets: readonly Outlet[], selected: string | null, pick: (id: string) => void, close: () => void): HTMLElement {
  const rows = [...outlets]
    .sort((a, b) => (b.framing?.articles ?? b.articles) - (a.framing?.articles ?? a.articles) || a.name.localeCompare(b.name))
    .map((o) => outletRow(o, o.id === selected, pick));
  const closeButton = el("button", { type: "button", class: "close", "aria-label": t("close"), title: t("close") }, "×");
  closeButton.addEventListener("click", close);
  return el(
    "section",
    { class: "outlets-view" },
    el("header", { class: "panel-head" }, el("h2", {}, `${t("outletsHeading")} (${outlets.length})`), el("div", { class: "panel-actions" }, closeButton)),
    el("p", { class: "meta" }, t("outletsIntro")),
    el("ul", { class: "outlet-list" }, ...rows),
  );
}

function outletRow(o: Outlet, selected: boolean, pick: (id: string) => void): HTMLElement {
  const f = o.framing;
  const terms = (f?.terms ?? []).slice(0, TOP_TERMS);
  const button = el(
    "button",
    { type: "button", class: `outlet-item${selected ? " selected" : ""}`, "data-testid": "outlet-item", "data-outlet-id": o.id },
    el(
      "span",
      { class: "outlet-head" },
      el("strong", { class: "outlet-name" }, /[\u0600-\u06ff]/.test(o.name) ? arabic(o.name) : bdi(o.name, { dir: "ltr" })),
      f ? campBadge(f.camp, f.confidence) : campBadge("unclear"),
      el("span", { class: "count" }, f ? `${t("confidence")} ${f.confidence.toFixed(2)} · ` : "", `${o.articles} ${t("articlesCount")} · ${o.events} ${t("eventsCount")}`),
    ),
    terms.length > 0
      ? el("span", { class: "terms", lang: "ar", dir: "rtl", "data-testid": "outlet-terms" }, ...terms.flatMap((term, i) => [i > 0 ? " · " : "", el("span", { class: `term camp-text-${term.camp}`, title: `${term.term} (${term.dimension}) × ${term.count}` }, term.forms[0] ?? term.term)]))
      : "",
    f && f.sources.length > 0
      ? el("span", { class: "shares" }, `${t("credits")}: `, f.sources.map((s) => `${SOURCE_KIND_LABELS[s.kind] ? t(SOURCE_KIND_LABELS[s.kind]!) : s.kind} ${Math.round(s.share * 100)}%`).join("، "))
      : "",
  );
  button.addEventListener("click", () => pick(o.id));
  return el("li", {}, button);
}
