import type { Camp } from "./api.ts";
import { el } from "./dom.ts";
import { CAMP_LABELS, t } from "./labels.ts";

/** A coloured badge naming a framing camp in the page's language (with the confidence when given). */
export function campBadge(camp: Camp, confidence?: number): HTMLElement {
  const label = CAMP_LABELS[camp];
  return el(
    "span",
    { class: `camp-badge camp-${camp}`, style: `background:${label.color}`, "data-testid": "camp-badge", "data-camp": camp, title: confidence === undefined ? undefined : `${t("confidence")} ${confidence.toFixed(2)}` },
    t(label),
  );
}
