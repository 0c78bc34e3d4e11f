import type { Camp } from "./api.ts";
import { el } from "./dom.ts";
import { CAMP_LABELS } from "./labels.ts";

/** A coloured badge naming a framing camp in English and Arabic (with the confidence when given). */
export function campBadge(camp: Camp, confidence?: number): HTMLElement {
  const label = CAMP_LABELS[camp] ?? CAMP_LABELS["unclear"]!;
  return el(
    "span",
    { class: `camp-badge camp-${camp}`, style: `background:${label.color}`, "data-testid": "camp-badge", "data-camp": camp, title: confidence === undefined ? undefined : `confidence ${confidence.toFixed(2)}` },
    `${label.en} · `,
    el("span", { lang: "ar", dir: "rtl", class: "ar" }, label.ar),
  );
}
