import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./style.css";
import { api, type EventFeature, type Outlet } from "./api.ts";
import { articleView } from "./article-view.ts";
import { el } from "./dom.ts";
import { eventPanel } from "./event-panel.ts";
import { renderEventList } from "./event-list.ts";
import { renderFilters } from "./filters-form.ts";
import { MapView } from "./map-view.ts";
import { outletsView } from "./outlets-view.ts";
import { Timeline } from "./timeline.ts";
import { apiParams, readState, type ViewState, writeState } from "./url-state.ts";

const byId = (id: string) => {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`#${id} missing from index.html`);
  return node;
};

let state: ViewState = readState();
let features: EventFeature[] = [];
let total = 0;
let loadedFilters: string | null = null;
let outlets: readonly Outlet[] = [];

const mapView = new MapView(byId("map"), (id) => update({ event: id, article: null }));
const timeline = new Timeline(byId("timeline"), (from, to) => update({ from, to }));

/** Apply a change to the view: write it to the URL and redraw what it affects. */
function update(change: Partial<ViewState>, push = true): void {
  state = { ...state, ...change };
  writeState(state, push);
  void render();
}

function inRange(f: EventFeature): boolean {
  const day = f.properties.date;
  if (state.from === null && state.to === null) return true;
  if (day === null) return false;
  return (state.from === null || day >= state.from) && (state.to === null || day <= state.to);
}

async function render(): Promise<void> {
  const filters = apiParams(state).toString();
  if (filters !== loadedFilters) {
    const page = await api.events(apiParams(state));
    features = page.features;
    total = page.total;
    loadedFilters = filters;
  }
  const visible = features.filter(inRange);
  timeline.render(features, state.from, state.to);
  await mapView.show(visible);
  renderEventList(byId("list"), visible, total, (id) => update({ event: id, article: null }));
  renderOutlets();
  await renderPanel();
}

/** The outlets view stands in for the event list while it is open; picking an outlet filters the events. */
function renderOutlets(): void {
  const open = state.view === "outlets";
  const root = byId("outlets");
  root.hidden = !open;
  byId("list").hidden = open;
  byId("outlets-toggle").setAttribute("aria-pressed", String(open));
  if (!open) return root.replaceChildren();
  root.replaceChildren(
    outletsView(
      outlets,
      state.filters.outlet ?? null,
      (id) => {
        const form = byId("filters") as HTMLFormElement;
        const field = form.elements.namedItem("outlet");
        if (field instanceof HTMLSelectElement) field.value = id;
        update({ filters: { ...state.filters, outlet: id }, view: null, event: null, article: null });
      },
      () => update({ view: null }),
    ),
  );
}

async function renderPanel(): Promise<void> {
  const panel = byId("panel");
  try {
    if (state.article) {
      const article = await api.article(state.article);
      panel.replaceChildren(articleView(article, (id) => update({ event: id, article: null }), () => update({ article: null })));
    } else if (state.event) {
      const [event, comparison] = await Promise.all([api.event(state.event), api.compare(state.event).catch(() => null)]);
      panel.replaceChildren(eventPanel(event, (id) => update({ article: id }), () => update({ event: null }), comparison));
      if (event.lon !== null && event.lat !== null) mapView.focus(event.lon, event.lat);
    } else {
      panel.replaceChildren();
    }
    panel.hidden = panel.childElementCount === 0;
  } catch (error) {
    panel.replaceChildren(el("p", { class: "error" }, (error as Error).message));
    panel.hidden = false;
  }
}

async function start(): Promise<void> {
  const [outletList, stats] = await Promise.all([api.outlets(), api.stats()]);
  outlets = outletList.items;
  renderFilters(
    byId("filters") as HTMLFormElement,
    {
      actors: stats.by_actor.map((a) => a.actor),
      governorates: stats.by_governorate.map((g) => g.admin1).filter((g): g is string => g !== null).sort(),
      outlets,
    },
    state.filters,
    (filters) => update({ filters }),
  );
  byId("outlets-toggle").addEventListener("click", () => update({ view: state.view === "outlets" ? null : "outlets" }));
  window.addEventListener("popstate", () => {
    state = readState();
    void render();
  });
  window.addEventListener("resize", () => timeline.render(features, state.from, state.to));
  await render();
  document.body.dataset["ready"] = "true";
}

start().catch((error: unknown) => {
  byId("list").replaceChildren(el("p", { class: "error" }, `Cannot load events: ${(error as Error).message}`));
});
