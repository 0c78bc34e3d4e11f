/** The review card (an event's fields beside their Arabic evidence, its reports) and its history. */
import { arabic, bdi, el } from "../dom.ts";
import type { QueueItem, ReviewDetail, ReviewField } from "./review-api.ts";

const NUMERIC = new Set(["fatalities", "injured", "lat", "lon", "geo_precision", "date_precision"]);

export interface CardActions {
  readonly canEdit: boolean;
  readonly editing: boolean;
  accept(): void;
  reject(reason: string): void;
  edit(): void;
  save(fields: Record<string, string | number | null>, reason: string): void;
  pickPlace(): void;
  split(articleId: string): void;
}

/** A field's value as the person types it back: numbers for numeric fields, null for an empty box. */
export function typedValue(field: string, raw: string): string | number | null {
  const text = raw.trim();
  if (text === "") return null;
  return NUMERIC.has(field) ? Number(text) : text;
}

const shown = (v: string | number | null) => (v === null ? "—" : String(v));

/** The evidence of a field: the sentence with the words behind the machine's value marked. */
function evidenceOf(field: ReviewField): HTMLElement {
  const first = field.evidence[0];
  if (first === undefined) return el("span", { class: "muted" }, "no evidence span");
  const { sentence } = first;
  const from = Math.max(0, first.start - sentence.start);
  const to = Math.min(sentence.text.length, first.end - sentence.start);
  const box = el("div", { lang: "ar", dir: "rtl", class: "ar evidence", "data-testid": `evidence-${field.field}` });
  if (from >= 0 && to > from && to <= sentence.text.length) box.append(sentence.text.slice(0, from), el("mark", {}, sentence.text.slice(from, to)), sentence.text.slice(to));
  else box.append(first.text);
  return box;
}

export function reviewCard(detail: ReviewDetail, item: QueueItem | undefined, actions: CardActions): HTMLElement {
  const status = el("span", { class: `status status-${detail.status}`, "data-testid": "status" }, detail.status);
  const head = el(
    "header",
    { class: "card-head" },
    el("h2", {}, `${detail.sub_event_type} · `, bdi(detail.place_name, { lang: "ar", class: "ar" }), " · ", bdi(detail.date ?? "undated", { dir: "ltr" })),
    el("p", { class: "card-meta" }, status, detail.reviewer ? ` by ${detail.reviewer}` : "", ` · ${detail.n_reports} report(s), ${detail.n_outlets} outlet(s) · ${detail.grade}`),
    item ? el("p", { class: "reasons", "data-testid": "reasons" }, `Why it is here: ${item.reasons.join(", ") || "—"}`) : null,
    detail.machine_disagrees.length ? el("p", { class: "disagrees", role: "alert" }, `The machine now reads otherwise: ${detail.machine_disagrees.join(", ")}`) : null,
  );
  const form = el("form", { class: "fields", "data-testid": "fields" });
  const table = el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Field"), el("th", {}, "Machine"), el("th", {}, "Now"), el("th", {}, "Evidence"))));
  const body = el("tbody");
  for (const f of detail.fields) {
    const now = actions.editing
      ? el("input", { name: f.field, value: f.value === null ? "" : String(f.value), "aria-label": f.field, "data-testid": `input-${f.field}`, inputmode: NUMERIC.has(f.field) ? "decimal" : undefined })
      : el("span", { class: f.corrected ? "corrected" : "" }, shown(f.value));
    body.append(el("tr", { "data-field": f.field }, el("th", { scope: "row" }, f.field), el("td", {}, shown(f.machine)), el("td", {}, now), el("td", {}, evidenceOf(f))));
  }
  table.append(body);
  form.append(table);
  const reason = el("input", { name: "reason", placeholder: "Why (optional)", "aria-label": "reason", "data-testid": "reason" });
  if (actions.editing) {
    form.append(el("p", {}, reason, " ", el("button", { type: "submit", "data-testid": "save" }, "Save corrections")));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const changed: Record<string, string | number | null> = {};
      for (const f of detail.fields) {
        const input = form.querySelector<HTMLInputElement>(`input[name="${f.field}"]`);
        if (input === null) continue;
        const value = typedValue(f.field, input.value);
        if (value !== f.value) changed[f.field] = value;
      }
      actions.save(changed, reason.value);
    });
  }
  const buttons = el(
    "p",
    { class: "card-actions" },
    button("Accept (a)", "accept", actions.canEdit, () => actions.accept()),
    button("Edit (e)", "edit", actions.canEdit, () => actions.edit()),
    button("Reject (r)", "reject", actions.canEdit, () => actions.reject(reason.value)),
    button("Pick place on map (p)", "pick", actions.canEdit, () => actions.pickPlace()),
    actions.editing ? null : reason,
  );
  const articles = [...new Set(detail.claims.map((c) => c.article_id))];
  const reports = el(
    "ol",
    { class: "reports", "data-testid": "reports" },
    ...detail.claims.map((c) =>
      el(
        "li",
        { "data-article": c.article_id },
        el("span", { class: "muted" }, `${c.outlet_id ?? "?"} · ${c.article_id} · ${c.published ?? ""} `),
        articles.length > 1 ? button("Split this report off", `split-${c.article_id}`, actions.canEdit, () => actions.split(c.article_id)) : null,
        arabic(c.evidence.text, "p"),
      ),
    ),
  );
  return el("article", { class: "card", "data-event": detail.event_id }, head, buttons, form, el("h3", {}, "Reports"), reports);
}

function button(label: string, testId: string, enabled: boolean, onClick: () => void): HTMLButtonElement {
  const b = el("button", { type: "button", "data-testid": testId }, label);
  b.disabled = !enabled;
  b.addEventListener("click", onClick);
  return b;
}

export function historyList(detail: ReviewDetail, canEdit: boolean, revert: (id: number) => void): HTMLElement {
  const items = detail.history.map((d) => {
    const change = d.after && typeof d.after === "object" && "fields" in d.after ? ` ${JSON.stringify((d.before as { fields?: unknown } | null)?.fields ?? {})} → ${JSON.stringify((d.after as { fields: unknown }).fields)}` : "";
    const li = el("li", { "data-decision": String(d.id), "data-action": d.action, class: d.reverted_by ? "reverted" : "" }, `#${d.id} ${d.at.slice(0, 16).replace("T", " ")} ${d.user_name}: ${d.action}${d.field ? ` ${d.field}` : ""}${change}${d.reverts ? ` (reverts #${d.reverts})` : ""}${d.reason ? ` — ${d.reason}` : ""}${d.reverted_by ? ` (reverted by #${d.reverted_by})` : ""}`);
    if (canEdit && d.reverted_by === null && !["revert", "split", "join"].includes(d.action)) li.append(" ", button("Revert", `revert-${d.id}`, true, () => revert(d.id)));
    return li;
  });
  return el("div", {}, el("h2", {}, "History"), items.length ? el("ol", { "data-testid": "history-items" }, ...items) : el("p", { class: "muted" }, "No decision yet."));
}
