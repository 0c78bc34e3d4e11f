import type { EventFeature } from "./api.ts";
import { arabic, bilingual, el } from "./dom.ts";
import { typeColor } from "./labels.ts";

/** The list of the events shown on the map (and the unplaced ones), newest first. */
export function renderEventList(root: HTMLElement, features: readonly EventFeature[], total: number, openEvent: (id: string) => void): void {
  const items = features.map((f) => {
    const p = f.properties;
    const button = el(
      "button",
      { type: "button", class: "event-item", "data-testid": "event-item", "data-event-id": p.event_id },
      el("span", { class: "swatch", style: `background:${typeColor(p.event_type)}` }),
      el("span", { class: "date" }, p.date ?? "?"),
      el("span", { class: "what" }, p.sub_event_type),
      arabic(p.place_name),
      el("span", { class: "count" }, p.fatalities ? `† ${p.fatalities}` : ""),
      el("span", { class: "grade" }, `${p.n_reports}/${p.n_outlets} · ${p.grade}`),
      f.geometry === null ? el("span", { class: "unplaced", title: "no coordinates" }, "⌀") : "",
    );
    button.addEventListener("click", () => openEvent(p.event_id));
    return el("li", {}, button);
  });
  root.replaceChildren(el("h2", {}, bilingual(`Events: ${features.length} of ${total}`, "الأحداث")), el("ul", {}, ...items));
}
