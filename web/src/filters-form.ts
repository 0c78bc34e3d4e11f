import type { Outlet } from "./api.ts";
import { bilingual, el } from "./dom.ts";
import { EVENT_TYPES, GRADES } from "./labels.ts";
import type { ServerFilter } from "./url-state.ts";

export interface FilterChoices {
  readonly actors: readonly string[];
  readonly governorates: readonly string[];
  readonly outlets: readonly Outlet[];
}

/** The filter bar: selects for type, actor, governorate, outlet and grade, and a free-text box. */
export function renderFilters(form: HTMLFormElement, choices: FilterChoices, values: Readonly<Partial<Record<ServerFilter, string>>>, onChange: (values: Partial<Record<ServerFilter, string>>) => void): void {
  const select = (name: ServerFilter, en: string, ar: string, options: readonly { value: string; label: string }[]) =>
    el(
      "label",
      {},
      el("span", { class: "label" }, bilingual(en, ar)),
      el("select", { name, "data-testid": `filter-${name}` }, el("option", { value: "" }, "—"), ...options.map((o) => el("option", { value: o.value }, o.label))),
    );
  const q = el("input", { type: "search", name: "q", dir: "auto", placeholder: "words · كلمات", "data-testid": "filter-q" });
  form.replaceChildren(
    select("type", "Type", "النوع", EVENT_TYPES.map((t) => ({ value: t.en, label: `${t.en} · ${t.ar}` }))),
    select("actor", "Actor", "الفاعل", choices.actors.map((a) => ({ value: a, label: a }))),
    select("admin1", "Governorate", "المحافظة", choices.governorates.map((g) => ({ value: g, label: g }))),
    select("outlet", "Outlet", "الوسيلة", choices.outlets.map((o) => ({ value: o.id, label: `${o.name} (${o.events})` }))),
    select("grade", "Grade", "التقييم", GRADES.map((g) => ({ value: g.en, label: `${g.en} · ${g.ar}` }))),
    el("label", {}, el("span", { class: "label" }, bilingual("Text", "نص")), q),
    el("button", { type: "submit" }, bilingual("Apply", "تطبيق")),
    el("button", { type: "reset" }, bilingual("Clear", "مسح")),
  );
  for (const [name, value] of Object.entries(values)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLSelectElement || field instanceof HTMLInputElement) field.value = value ?? "";
  }
  const read = () => {
    const out: Partial<Record<ServerFilter, string>> = {};
    for (const name of ["type", "actor", "admin1", "outlet", "grade", "q"] as const) {
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
