import type { ArticleDetail } from "./api.ts";
import { bilingual, el, safeLink } from "./dom.ts";
import { highlightSpans } from "./highlight-spans.ts";
import { SPAN_KINDS } from "./labels.ts";

/**
 * The article view: the text right-to-left with every extracted span highlighted by kind; a span
 * that supports an event opens it. The text is inserted as text nodes only.
 */
export function articleView(article: ArticleDetail, openEvent: (id: string) => void, close: () => void): HTMLElement {
  const highlights = article.spans.map((s) => {
    const eventId = s.event_ids[0];
    return {
      start: s.start,
      end: s.end,
      className: `span-${s.kind in SPAN_KINDS ? s.kind : "other"}`,
      title: `${s.kind}${s.value ? ` = ${s.value}` : ""} (${s.rule})${s.event_ids.length > 0 ? ` → ${s.event_ids.join(", ")}` : ""}`,
      ...(eventId === undefined ? {} : { onClick: () => openEvent(eventId) }),
    };
  });
  const body = el("div", { lang: "ar", dir: "rtl", class: "ar article-text", "data-testid": "article-text" });
  body.append(highlightSpans(article.text, highlights));
  const legend = el(
    "p",
    { class: "legend" },
    ...Object.entries(SPAN_KINDS).map(([kind, label]) => el("mark", { class: `span-${kind}` }, `${label.en} · ${label.ar}`)),
  );
  const closeButton = el("button", { type: "button", class: "close", "aria-label": "Close" }, "×");
  closeButton.addEventListener("click", close);
  return el(
    "article",
    { class: "article-view", "data-testid": "article-view" },
    closeButton,
    el("h2", {}, bilingual("Article", "المقال")),
    article.title ? el("h3", { lang: "ar", dir: "rtl", class: "ar" }, article.title) : "",
    el("p", { class: "meta" }, `${article.outlet_id ?? "?"} · ${article.published ?? "?"} · `, safeLink(article.url, article.url ?? article.id)),
    legend,
    body,
  );
}
