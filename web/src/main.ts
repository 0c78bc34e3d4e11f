import "./zod-config.ts";
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./style.css";
import { api, ApiFailure, type EventFeature, type Outlet } from "./api.ts";
import { articleView } from "./article-view.ts";
import { byId, el } from "./dom.ts";
import { eventPanel } from "./event-panel.ts";
import { listSkeleton, listState, renderEventList } from "./event-list.ts";
import { filtersSkeleton, renderFilters, type FilterChoices } from "./filters-form.ts";
import { onlineTilesWanted, renderLegend } from "./legend.ts";
import { setLang, t, UI } from "./labels.ts";
import { MapView } from "./map-view.ts";
import { outletsView } from "./outlets-view.ts";
import { Timeline } from "./timeline.ts";
import { apiParams, readState, type ViewState, writeState } from "./url-state.ts";

type Tab = "map" | "list" | "event";

let state: ViewState = readState();
let features: readonly EventFeature[] = [];
let total = 0;
let databaseEvents = 0;
let loadedFilters: string | null = null;
let outlets: readonly Outlet[] = [];
let choices: FilterChoices | null = null;
let tab: Tab = state.event || state.article ? "event" : "map";
setLang(state.lang);

const form = byId("filters", HTMLFormElement);
const legend = byId("legend", HTMLDetailsElement);
const phone = window.matchMedia("(max-width: 759px)");
legend.open = !phone.matches;

const mapView = new MapView(byId("map"), state.lang, (id) => openEvent(id));
mapView.setOnlineTiles(onlineTilesWanted());
const timeline = new Timeline(byId("timeline"), (from, to) => update({ from, to }));

function openEvent(id: string): void {
  tab = "event";
  update({ event: id, article: null });
}

/** Apply a change to the view: write it to the URL and redraw what it affects. */
function update(change: Partial<ViewState>, push = true): void {
  const langChanged = change.lang !== undefined && change.lang !== state.lang;
  state = { ...state, ...change };
  writeState(state, push);
  if (langChanged) applyLanguage();
  void render();
}

/** The words of the page's frame in the chosen language, and the root's lang and dir. */
function applyLanguage(): void {
  setLang(state.lang);
  const root = document.documentElement;
  root.lang = state.lang;
  root.dir = state.lang === "ar" ? "rtl" : "ltr";
  document.title = t("title");
  byId("brand").textContent = t("appName");
  byId("filters-toggle").textContent = t("filters");
  byId("outlets-toggle").textContent = t("outlets");
  const other = state.lang === "ar" ? "en" : "ar";
  const switcher = byId("lang-switch");
  switcher.textContent = UI.switchLanguage[state.lang];
  switcher.title = UI.switchLanguageTitle[state.lang];
  switcher.setAttribute("lang", other);
  switcher.setAttribute("href", `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(window.location.search)), lang: other })}`);
  for (const button of byId("tabs").querySelectorAll<HTMLButtonElement>("button[data-tab]")) {
    const name = button.dataset["tab"];
    button.textContent = name === "map" ? t("tabMap") : name === "list" ? t("tabList") : t("tabEvent");
  }
  renderLegend(legend, (on) => mapView.setOnlineTiles(on));
  mapView.setLang(state.lang);
  if (choices !== null) renderFilters(form, choices, state.filters, onFilters);
}

function onFilters(filters: ViewState["filters"]): void {
  // "Clear all" clears the brushed days too; a changed filter keeps them.
  const cleared = Object.keys(filters).length === 0;
  update({ filters, event: null, article: null, ...(cleared ? { from: null, to: null } : {}) });
}

function inRange(f: EventFeature): boolean {
  const day = f.properties.date;
  if (state.from === null && state.to === null) return true;
  if (day === null) return false;
  return (state.from === null || day >= state.from) && (state.to === null || day <= state.to);
}

function showTab(): void {
  if (!state.event && !state.article && tab === "event") tab = "list";
  byId("layout").dataset["tab"] = tab;
  for (const button of byId("tabs").querySelectorAll<HTMLButtonElement>("button[data-tab]")) {
    button.setAttribute("aria-selected", String(button.dataset["tab"] === tab));
    if (button.dataset["tab"] === "event") button.disabled = !state.event && !state.article;
  }
  // A pane that was hidden has no size: MapLibre must measure again when the map comes back.
  if (tab === "map") requestAnimationFrame(() => mapView.map.resize());
}

async function render(): Promise<void> {
  showTab();
  const filters = apiParams(state).toString();
  const refit = filters !== loadedFilters;
  if (refit) {
    listSkeleton(byId("list"));
    try {
      const page = await api.events(apiParams(state));
      features = page.features;
      total = page.total;
      loadedFilters = filters;
    } catch (error) {
      showFailure(error);
      return;
    }
  }
  const visible = features.filter(inRange);
  timeline.render(features, state.from, state.to);
  await mapView.show(visible, refit);
  const list = byId("list");
  if (databaseEvents === 0) listState(list, "empty", null, null);
  else if (visible.length === 0) listState(list, "no-match", null, null);
  else renderEventList(list, visible, total, state.event, openEvent);
  renderOutlets();
  await renderPanel();
  await mapView.select(state.event);
}

function showFailure(error: unknown): void {
  const message = error instanceof ApiFailure && error.status === 0 ? `${error.message}` : error instanceof Error ? error.message : String(error);
  listState(byId("list"), "error", message, () => {
    loadedFilters = null;
    void start();
  });
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
        tab = "list";
        update({ filters: { ...state.filters, outlet: id }, view: null, event: null, article: null });
      },
      () => update({ view: null }),
    ),
  );
}

function permalink(eventId: string): string {
  return `?${new URLSearchParams({ event: eventId, lang: state.lang })}`;
}

async function renderPanel(): Promise<void> {
  const panel = byId("panel");
  try {
    if (state.article) {
      const article = await api.article(state.article);
      panel.replaceChildren(articleView(article, (id) => openEvent(id), () => update({ article: null })));
    } else if (state.event) {
      const [event, comparison] = await Promise.all([api.event(state.event), api.compare(state.event).catch(() => null)]);
      panel.replaceChildren(eventPanel(event, { openArticle: (id) => update({ article: id }), close: () => update({ event: null }), permalink: permalink(event.event_id) }, comparison));
    } else {
      panel.replaceChildren();
    }
    panel.hidden = panel.childElementCount === 0;
    panel.scrollTop = 0;
  } catch (error) {
    panel.replaceChildren(el("p", { class: "error", role: "alert" }, error instanceof Error ? error.message : String(error)));
    panel.hidden = false;
  }
}

async function start(): Promise<void> {
  filtersSkeleton(form);
  listSkeleton(byId("list"));
  try {
    const [outletList, stats] = await Promise.all([api.outlets(), api.stats()]);
    outlets = outletList.items;
    databaseEvents = stats.events;
    choices = {
      actors: stats.by_actor.map((a) => a.actor),
      governorates: stats.by_governorate.flatMap((g) => (g.admin1 === null ? [] : [{ value: g.admin1, ar: g.admin1_ar ?? g.admin1 }])).sort((a, b) => a.value.localeCompare(b.value)),
      outlets,
    };
  } catch (error) {
    form.replaceChildren();
    showFailure(error);
    return;
  }
  renderFilters(form, choices, state.filters, onFilters);
  await render();
  document.body.dataset["ready"] = "true";
}

applyLanguage();
writeState(state, false);
byId("outlets-toggle").addEventListener("click", () => update({ view: state.view === "outlets" ? null : "outlets" }));
byId("lang-switch").addEventListener("click", (e) => {
  e.preventDefault();
  update({ lang: state.lang === "ar" ? "en" : "ar" });
});
byId("filters-toggle").addEventListener("click", () => {
  const open = form.classList.toggle("open");
  byId("filters-toggle").setAttribute("aria-expanded", String(open));
});
for (const button of byId("tabs").querySelectorAll<HTMLButtonElement>("button[data-tab]")) {
  button.addEventListener("click", () => {
    const name = button.dataset["tab"];
    tab = name === "list" ? "list" : name === "event" ? "event" : "map";
    showTab();
  });
}
window.addEventListener("popstate", () => {
  state = readState();
  applyLanguage();
  void render();
});
window.addEventListener("resize", () => timeline.render(features, state.from, state.to));
void start();
