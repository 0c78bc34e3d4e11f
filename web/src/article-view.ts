import type { ArticleDetail } from "./api.ts";
import { bdi, el, safeLink } from "./dom.ts";
import { highlightSpans } from "./highlight-spans.ts";
import { MENTION_KIND_LABELS, t } from "./labels.ts";

const isKnownKind = (kind: string): kind is keyof typeof MENTION_KIND_LABELS => Object.hasOwn(MENTION_KIND_LABELS, kind);

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
      className: `span-${isKnownKind(s.kind) ? s.kind : "other"}`,
      title: `${isKnownKind(s.kind) ? t(MENTION_KIND_LABELS[s.kind]) : s.kind}${s.value ? ` = ${s.value}` : ""} (${s.rule})`,
      ...(eventId === undefined ? {} : { onClick: () => openEvent(eventId) }),
    };
  });
  const body = el("div", { lang: "ar", dir: "rtl", class: "ar article-text", "data-testid": "article-text" });
  body.append(highlightSpans(article.text, highlights));
  const legend = el("p", { class: "span-legend" }, ...Object.entries(MENTION_KIND_LABELS).map(([kind, label]) => el("mark", { class: `span-${kind}` }, t(label))));
  const closeButton = el("button", { type: "button", class: "close", "aria-label": t("close"), title: t("close") }, "×");
  closeButton.addEventListener("click", close);
  return el(
    "article",
    { class: "article-view", "data-testid": "article-view" },
    el("header", { class: "panel-head" }, el("h2", {}, t("article")), el("div", { class: "panel-actions" }, closeButton)),
    article.title ? el("h3", { lang: "ar", dir: "rtl", class: "ar" }, article.title) : "",
    el("p", { class: "meta" }, bdi(article.outlet_id ?? "?", { dir: "ltr" }), " · ", bdi(article.published ?? "?", { dir: "ltr" }), " · ", safeLink(article.url, article.url ?? article.id)),
    legend,
    body,
  );
}
