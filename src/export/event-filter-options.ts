import { RasdError } from "../errors/rasd-error.ts";
import { EVENT_GRADES, type EventGrade } from "../merge/grade-event.ts";
import type { EventFilter } from "../store/event-filter.ts";

/** Filter options shared by `rasd events` and `rasd export`, declared once. */
export const EVENT_FILTER_OPTIONS = {
  from: { type: "string", placeholder: "YYYY-MM-DD", description: "Events on or after this day" },
  to: { type: "string", placeholder: "YYYY-MM-DD", description: "Events on or before this day" },
  type: { type: "string", placeholder: "TYPE", description: 'ACLED event type ("Battles")' },
  "sub-type": { type: "string", placeholder: "SUBTYPE", description: 'ACLED sub-event type ("Air/drone strike")' },
  actor: { type: "string", placeholder: "KEY", description: "Actor key as actor1 or actor2 of any report (SYR_GOV, HTS …)" },
  governorate: { type: "string", placeholder: "NAME", description: "Governorate (admin1) in English (Idlib)" },
  place: { type: "string", placeholder: "NAME", description: "Place name in Arabic, or gazetteer id" },
  outlet: { type: "string", placeholder: "DOMAIN", description: "Outlet of any report (npasyria.com)" },
  grade: { type: "string", choices: EVENT_GRADES, placeholder: "GRADE", description: `Grade: ${EVENT_GRADES.join(", ")}` },
  query: { type: "string", short: "q", placeholder: "WORDS", description: "Words in the reports' articles (Arabic, normalised)" },
} as const;

type FilterValues = { readonly [K in keyof typeof EVENT_FILTER_OPTIONS]: string | undefined };

/** The store filter from parsed option values; bad days are usage errors. */
export function toEventFilter(values: FilterValues): EventFilter {
  for (const key of ["from", "to"] as const) {
    const v = values[key];
    if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new RasdError("usage", `--${key} must be a day YYYY-MM-DD (got "${v}")`);
  }
  const filter: Record<string, string> = {};
  const set = (key: keyof EventFilter, value: string | undefined) => {
    if (value !== undefined && value !== "") filter[key] = value;
  };
  set("dateFrom", values.from);
  set("dateTo", values.to);
  set("eventType", values.type);
  set("subEventType", values["sub-type"]);
  set("actor", values.actor);
  set("governorate", values.governorate);
  set("place", values.place);
  set("outlet", values.outlet);
  set("grade", values.grade as EventGrade | undefined);
  set("q", values.query);
  return filter as EventFilter;
}
