import type { Outlet } from "./api.ts";
import { campBadge } from "./camp-badge.ts";
import { arabic, bilingual, el } from "./dom.ts";
import { SOURCE_KIND_LABELS } from "./labels.ts";

const TOP_TERMS = 5;

/**
 * The outlets view: each outlet with its framing camp, confidence, article count, the terms it
 * prefers (Arabic, right-to-left) and whom it credits. Clicking an outlet filters the events by it.
 */
export function outletsView(outlets: readonly Outlet[], selected: string | null, pick: (id: string) => void, close: () => void): HTMLElement {
  const rows = [...outlets]
    .sort((a, b) => (b.framing?.articles ?? b.articles) - (a.framing?.articles ?? a.articles) || a.name.localeCompare(b.name))
    .map((o) => outletRow(o, o.id === selected, pick));
  const closeButton = el("button", { type: "button", class: "close", "aria-label": "Close" }, "×");
  closeButton.addEventListener("click", close);
  return el(
    "section",
    { class: "outlets-view" },
    closeButton,
    el("h2", {}, bilingual(`Outlets (${outlets.length})`, "الوسائل")),
    el("p", { class: "meta" }, "How each outlet frames the war, read from the words of its stored articles. Click one to see its events."),
    el("ul", { class: "outlet-list" }, ...rows),
  );
}

function outletRow(o: Outlet, selected: boolean, pick: (id: string) => void): HTMLElement {
  const f = o.framing;
  const terms = (f?.terms ?? []).slice(0, TOP_TERMS);
  const button = el(
    "button",
    { type: "button", class: `outlet-item${selected ? " selected" : ""}`, "data-testid": "outlet-item", "data-outlet-id": o.id, title: "Show this outlet's events" },
    el(
      "span",
      { class: "outlet-head" },
      el("strong", { class: "outlet-name" }, outletName(o.name)),
      f ? campBadge(f.camp, f.confidence) : campBadge("unclear"),
      el("span", { class: "count" }, f ? `conf. ${f.confidence.toFixed(2)} · ` : "", `${o.articles} articles · ${o.events} events`),
    ),
    terms.length > 0
      ? el("span", { class: "terms", lang: "ar", dir: "rtl", "data-testid": "outlet-terms" }, ...terms.flatMap((t, i) => [i > 0 ? " · " : "", el("span", { class: `term camp-text-${t.camp}`, title: `${t.term} (${t.dimension}) × ${t.count}` }, t.forms[0] ?? t.term)]))
      : "",
    f && f.sources.length > 0
      ? el("span", { class: "shares" }, bilingual("Credits", "ينسب إلى"), ": ", f.sources.map((s) => `${SOURCE_KIND_LABELS[s.kind] ?? s.kind} ${Math.round(s.share * 100)}%`).join(", "))
      : "",
  );
  button.addEventListener("click", () => pick(o.id));
  return el("li", {}, button);
}

/** Arabic outlet names render right-to-left too. */
const outletName = (name: string): HTMLElement => (/[\u0600-\u06ff]/.test(name) ? arabic(name) : el("span", {}, name));
