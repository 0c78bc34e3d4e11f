/**
 * The view lives in the URL query string so it can be shared: the filters sent to the API, the
 * brushed date range, the open event or article, and the language (Arabic unless ?lang=en).
 */
import type { Lang } from "./labels.ts";

export const SERVER_FILTERS = ["type", "actor", "admin1", "outlet", "grade", "q"] as const;
export type ServerFilter = (typeof SERVER_FILTERS)[number];

export interface ViewState {
  readonly filters: Readonly<Partial<Record<ServerFilter, string>>>;
  readonly from: string | null;
  readonly to: string | null;
  readonly event: string | null;
  readonly article: string | null;
  /** "outlets": the outlets view replaces the event list. */
  readonly view: "outlets" | null;
  readonly lang: Lang;
}

export function readState(search = window.location.search): ViewState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<ServerFilter, string>> = {};
  for (const key of SERVER_FILTERS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return { filters, from: params.get("from"), to: params.get("to"), event: params.get("event"), article: params.get("article"), view: params.get("view") === "outlets" ? "outlets" : null, lang: params.get("lang") === "en" ? "en" : "ar" };
}

export function writeState(state: ViewState, push = true): void {
  const params = new URLSearchParams();
  for (const key of SERVER_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.event) params.set("event", state.event);
  if (state.article) params.set("article", state.article);
  if (state.view) params.set("view", state.view);
  params.set("lang", state.lang);
  const url = `${window.location.pathname}${params.size > 0 ? `?${params}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

/** The query string for the API: the server-side filters only (the date brush is applied in the page). */
export function apiParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of SERVER_FILTERS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  return params;
}
