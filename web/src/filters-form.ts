import type { Outlet } from "./api.ts";
import { el } from "./dom.ts";
import { actorLabel, EVENT_TYPE_LABELS, GRADE_LABELS, lang, t, type UiKey } from "./labels.ts";
import { SERVER_FILTERS, type ServerFilter } from "./url-state.ts";

export interface FilterChoices {
  readonly actors: readonly string[];
  /** English admin1 names (the filter's values) with their Arabic names. */
  readonly governorates: readonly { readonly value: string; readonly ar: string }[];
  readonly outlets: readonly Outlet[];
}

/** The filter bar: selects for type, actor, governorate, outlet and grade, and a free-text box. */
export function renderFilters(form: HTMLFormElement, choices: FilterChoices, values: Readonly<Partial<Record<ServerFilter, string>>>, onChange: (values: Partial<Record<ServerFilter, string>>) => void): void {
  const select = (name: ServerFilter, label: UiKey, options: readonly { value: string; label: string }[]) =>
    el(
      "label",
      {},
      el("span", { class: "label" }, t(label)),
      el("select", { name, "data-testid": `filter-${name}`, "aria-label": t(label) }, el("option", { value: "" }, `${t(label)}: ${t("any")}`), ...options.map((o) => el("option", { value: o.value }, o.label))),
    );
  const q = el("input", { type: "search", name: "q", dir: "auto", placeholder: t("wordsPlaceholder"), "aria-label": t("words"), "data-testid": "filter-q" });
  form.replaceChildren(
    select("type", "type", Object.entries(EVENT_TYPE_LABELS).map(([value, label]) => ({ value, label: t(label) }))),
    select("actor", "actor", choices.actors.map((a) => ({ value: a, label: actorLabel(a, lang()) }))),
    select("admin1", "governorate", choices.governorates.map((g) => ({ value: g.value, label: lang() === "ar" ? g.ar : g.value }))),
    select("outlet", "outlet", choices.outlets.map((o) => ({ value: o.id, label: `${o.name} (${o.events})` }))),
    select("grade", "grade", Object.entries(GRADE_LABELS).map(([value, label]) => ({ value, label: t(label) }))),
    el("label", {}, el("span", { class: "label" }, t("words")), q),
    el("button", { type: "submit" }, t("apply")),
    el("button", { type: "reset", "data-testid": "clear-filters" }, t("clearFilters")),
  );
  for (const [name, value] of Object.entries(values)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement || field instanceof HTMLInputElement) field.value = value ?? "";
  }
  const read = () => {
    const out: Partial<Record<ServerFilter, string>> = {};
    for (const name of SERVER_FILTERS) {
      const field = form.elements.namedItem(name);
      if ((field instanceof HTMLSelectElement || field instanceof HTMLInputElement) && field.value.trim() !== "") out[name] = field.value.trim();
    }
    return out;
  };
  form.onchange = (e) => {
    if (e.target instanceof HTMLSelectElement) onChange(read());
  };
  form.onsubmit = (e) => {
    e.preventDefault();
    onChange(read());
  };
  form.onreset = () => setTimeout(() => onChange({}), 0);
}

/** Placeholder fields while the choices load. */
export function filtersSkeleton(form: HTMLFormElement): void {
  form.replaceChildren(el("ul", { class: "skeleton filters-skeleton", "aria-hidden": "true" }, ...Array.from({ length: 5 }, () => el("li"))));
}
