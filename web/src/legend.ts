import { el } from "./dom.ts";
import { EVENT_TYPE_LABELS, t } from "./labels.ts";

const ONLINE_KEY = "rasd.onlineTiles";

/** Whether the user turned online map tiles on (kept in this browser only). */
export function onlineTilesWanted(): boolean {
  try {
    return window.localStorage.getItem(ONLINE_KEY) === "on";
  } catch {
    return false;
  }
}

/**
 * The legend below the map (never over it): colours of the event types, clusters, circle size and the
 * selection ring, and the online-tiles setting. A <details>: collapsed on phones, open elsewhere.
 */
export function renderLegend(root: HTMLDetailsElement, setOnlineTiles: (on: boolean) => void): void {
  const online = el("input", { type: "checkbox", "data-testid": "online-tiles" });
  online.checked = onlineTilesWanted();
  online.addEventListener("change", () => {
    try {
      window.localStorage.setItem(ONLINE_KEY, online.checked ? "on" : "off");
    } catch {
      // Private windows may refuse storage: the setting then lasts for this page only.
    }
    setOnlineTiles(online.checked);
  });
  root.replaceChildren(
    el("summary", {}, t("legend")),
    el(
      "div",
      { class: "legend-items" },
      ...Object.values(EVENT_TYPE_LABELS).map((type) => el("span", {}, el("span", { class: "swatch", style: `background:${type.color}` }), t(type))),
      el("span", {}, el("span", { class: "swatch", style: "background:#39424e" }), t("cluster")),
      el("span", {}, el("span", { class: "swatch", style: "background:#fff;box-shadow:0 0 0 3px #ffcc00" }), t("selected")),
      el("span", { class: "muted" }, t("sizeNote")),
      el("label", { class: "online", title: t("onlineTilesNote") }, online, t("onlineTiles")),
    ),
  );
}
