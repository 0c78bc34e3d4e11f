import type { Selectable } from "kysely";
import type { MergeReason } from "../model/merge-reason.ts";
import type { EventGrade } from "../model/event-grade.ts";
import { type EventType, isEventType, isSubEventType, type SubEventType } from "../model/conflict-event.ts";
import type { Provenance } from "../model/evidence.ts";
import type { EventTable, ReportTable } from "./database-schema.ts";

/** A merged event as the query layer returns it: the `events` row with its JSON columns parsed. */
export interface StoredEvent extends Omit<Selectable<EventTable>, "outlets_json" | "sources_json" | "grade" | "event_type" | "sub_event_type" | "merge_reasons_json"> {
  readonly event_type: EventType;
  readonly sub_event_type: SubEventType;
  readonly grade: EventGrade;
  /** Independent outlets ("a.com = b.com" for a syndicated pair). */
  readonly outlets: readonly string[];
  /** Credited sources, most cited first. */
  readonly sources: readonly string[];
}

/** One report of a merged event: what one article said, with its evidence and its article's outlet. */
export interface Claim extends Omit<Selectable<ReportTable>, "provenance_json" | "evidence_start" | "evidence_end" | "evidence_text" | "event_type" | "sub_event_type"> {
  readonly event_type: EventType;
  readonly sub_event_type: SubEventType;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly provenance: readonly Provenance[];
  readonly outlet_id: string | null;
  readonly article_title: string | null;
  readonly article_url: string | null;
  readonly published: string | null;
  /** The article this one is a near-identical copy of, or null. */
  readonly syndicated_of: string | null;
}

/** A merged event with every report of it, and why they were joined. */
export interface EventDetail extends StoredEvent {
  readonly claims: readonly Claim[];
  readonly merge_reasons: readonly MergeReason[];
}

export function toStoredEvent(row: Selectable<EventTable>): StoredEvent {
  const { outlets_json, sources_json, grade, event_type, sub_event_type, merge_reasons_json: _reasons, ...rest } = row;
  return { ...rest, ...typesOf(row), grade: grade as EventGrade, outlets: JSON.parse(outlets_json) as string[], sources: JSON.parse(sources_json) as string[] };
}

export function toClaim(row: Selectable<ReportTable> & { outlet_id: string | null; article_title: string | null; article_url: string | null; published: string | null; syndicated_of: string | null }): Claim {
  const { provenance_json, evidence_start, evidence_end, evidence_text, event_type, sub_event_type, ...rest } = row;
  return { ...rest, ...typesOf(row), evidence: { start: evidence_start, end: evidence_end, text: evidence_text }, provenance: JSON.parse(provenance_json) as Provenance[] };
}

/** The stored type names, checked: the store only ever holds names of the ACLED taxonomy. */
function typesOf(row: { readonly event_type: string; readonly sub_event_type: string }): { event_type: EventType; sub_event_type: SubEventType } {
  const { event_type, sub_event_type } = row;
  if (!isEventType(event_type) || !isSubEventType(sub_event_type)) throw new Error(`stored event has unknown type "${event_type}" / "${sub_event_type}"`);
  return { event_type, sub_event_type };
}
