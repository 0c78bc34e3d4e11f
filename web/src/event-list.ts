import type { EventFeature } from "./api.ts";
import { el } from "./dom.ts";
import { EVENT_TYPE_LABELS, GRADE_LABELS, lang, SUB_EVENT_TYPE_LABELS, t } from "./labels.ts";

/** The list of the events shown on the map (and the unplaced ones), newest first; the selected one marked. */
export function renderEventList(root: HTMLElement, features: readonly EventFeature[], total: number, selected: string | null, openEvent: (id: string) => void): void {
  const items = features.map((f) => {
    const p = f.properties;
    const button = el(
      "button",
      { type: "button", class: "event-item", "data-testid": "event-item", "data-event-id": p.event_id, "data-reports": String(p.n_reports), "data-outlets": String(p.n_outlets), "aria-current": p.event_id === selected ? "true" : undefined },
      el("span", { class: "swatch", style: `background:${EVENT_TYPE_LABELS[p.event_type].color}`, title: t(EVENT_TYPE_LABELS[p.event_type]) }),
      el("span", { class: "what" }, t(SUB_EVENT_TYPE_LABELS[p.sub_event_type])),
      el("span", { class: "date", dir: "ltr" }, p.date ?? t("undated")),
      el("span", { class: "place" }, lang() === "ar" ? p.place_name : p.place_name_en, f.geometry === null ? el("span", { class: "unplaced", title: t("unplaced") }, " ⌀") : ""),
      el(
        "span",
        { class: "meta-line" },
        p.fatalities ? el("span", { class: "toll" }, `${t("killed")} ${p.fatalities} · `) : "",
        `${p.n_reports} ${t(p.n_reports === 1 ? "reportOne" : "reports")} · ${p.n_outlets} ${t(p.n_outlets === 1 ? "outletOne" : "outletsShort")} · ${t(GRADE_LABELS[p.grade])}`,
      ),
    );
    button.addEventListener("click", () => openEvent(p.event_id));
    return el("li", {}, button);
  });
  root.replaceChildren(
    el("div", { class: "list-head" }, el("h2", {}, t("eventsHeading")), el("span", { class: "count", "data-testid": "event-count" }, `${features.length} ${t("of")} ${total}`)),
    el("ul", {}, ...items),
  );
  root.querySelector('[aria-current="true"]')?.scrollIntoView({ block: "nearest" });
}

/** Placeholder rows while the events load. */
export function listSkeleton(root: HTMLElement): void {
  root.replaceChildren(el("div", { class: "list-head" }, el("h2", {}, t("loading"))), el("ul", { class: "skeleton", "data-testid": "skeleton" }, ...Array.from({ length: 8 }, () => el("li"))));
}

/** What the list says when there is nothing to list, or when the API failed. */
export function listState(root: HTMLElement, kind: "empty" | "no-match" | "error", detail: string | null, retry: (() => void) | null): void {
  const [title, hint] = kind === "empty" ? [t("emptyTitle"), t("emptyHint")] : kind === "no-match" ? [t("noMatchTitle"), t("noMatchHint")] : [t("errorTitle"), detail ?? ""];
  const hintNode = el("p", {});
  // `rasd ingest …` is a command: set it as code, left to right, inside the sentence.
  for (const [i, part] of hint.split("`").entries()) hintNode.append(i % 2 === 1 ? el("code", { dir: "ltr" }, part) : part.replace(/[\u200e\u200f]/g, ""));
  const button = retry === null ? null : el("button", { type: "button" }, t("retry"));
  button?.addEventListener("click", retry ?? (() => undefined));
  root.replaceChildren(el("section", { class: `state ${kind === "error" ? "error" : ""}`, "data-testid": `state-${kind}`, role: kind === "error" ? "alert" : "status" }, el("h2", {}, title), hintNode, button));
}
