import type { ConflictEvent, SubEventType } from "../../src/model/conflict-event.ts";
import { eventTypeOf } from "../../src/model/conflict-event.ts";

/** Places of the invented test events: gazetteer-like ids with real-looking coordinates. */
export const PLACES = {
  sarmin: { name_ar: "سرمين", admin1: "Idlib", lat: 35.905, lon: 36.725, precision: 1 as const, gazetteer_id: "test:sarmin" },
  sarminEast: { name_ar: "شرق سرمين", admin1: "Idlib", lat: 35.915, lon: 36.75, precision: 1 as const, gazetteer_id: "test:sarmin-east" },
  ariha: { name_ar: "أريحا", admin1: "Idlib", lat: 35.81, lon: 36.61, precision: 1 as const, gazetteer_id: "test:ariha" },
  zawiya: { name_ar: "جبل الزاوية", admin1: "Idlib", lat: 35.7, lon: 36.55, precision: 2 as const, gazetteer_id: "test:zawiya" },
  idlibSouth: { name_ar: "ريف إدلب الجنوبي", admin1: "Idlib", lat: 35.6, lon: 36.6, precision: 2 as const, gazetteer_id: "test:idlib-south" },
  idlib: { name_ar: "إدلب", admin1: "Idlib", lat: 35.93, lon: 36.63, precision: 3 as const, gazetteer_id: "test:idlib" },
  nowhere: { name_ar: "تلة الصنوبر", admin1: null, lat: null, lon: null, precision: 2 as const, gazetteer_id: null },
};

export interface EventSpec {
  readonly article?: string;
  readonly id?: string;
  readonly sub?: SubEventType;
  readonly actor1?: string | null;
  readonly actor2?: string | null;
  readonly place?: keyof typeof PLACES;
  readonly date?: string | null;
  readonly precision?: 1 | 2 | 3 | null;
  readonly killed?: number | null;
  readonly injured?: number | null;
  readonly source?: string | null;
  /** Article text the evidence points into; the evidence is its first sentence. */
  readonly text?: string;
}

/** A hand-built ConflictEvent for merge tests (the real extractor is not needed to test merging). */
export function makeEvent(spec: EventSpec): ConflictEvent {
  const sub = spec.sub ?? "Shelling/artillery/missile attack";
  const text = spec.text ?? "قصفت قوات النظام بلدة سرمين بالمدفعية الثقيلة.";
  const end = Math.max(1, text.indexOf(".") + 1 || text.length);
  const date = spec.date === undefined ? "2024-03-05" : spec.date;
  return {
    article_id: spec.article ?? "a1",
    event_id: spec.id ?? "e1",
    event_type: eventTypeOf(sub),
    sub_event_type: sub,
    actor1: spec.actor1 === undefined ? "SYR_GOV" : spec.actor1,
    actor2: spec.actor2 === undefined ? "CIVILIANS" : spec.actor2,
    location: PLACES[spec.place ?? "sarmin"],
    date,
    date_precision: date === null ? null : spec.precision === undefined ? 1 : spec.precision,
    killed: spec.killed ?? null,
    injured: spec.injured ?? null,
    source: spec.source ?? null,
    evidence: { start: 0, end, text: text.slice(0, end) },
    provenance: [{ field: "event_type", rule: "test", evidence: null }],
  };
}
