import type { DatePrecision, SubEventType } from "../../model/conflict-event.ts";
import type { Provenance } from "../../model/evidence.ts";
import type { PlaceMention } from "../read/place-mention.ts";

/** An event before article-level merging: normalised-text spans, provenance as it accrues. */
export interface EventDraft {
  readonly sentence: number;
  readonly sub: SubEventType;
  /** The trigger itself names the kind of violence (not a generic "استهدف", "الهجوم" or a death alone). */
  readonly firmType: boolean;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly place: PlaceMention;
  readonly admin1: string | null;
  readonly date: string | null;
  /** With no date: the undated day the text names (see DateReading.undated), so today and yesterday stay apart. */
  readonly undated: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly casualties: number | null;
  readonly source: string | null;
  /** Normalised-text span of the evidence. */
  readonly evStart: number;
  readonly evEnd: number;
  /** Provenance with normalised spans; converted to original offsets at the end. */
  readonly provenance: ReadonlyArray<Omit<Provenance, "evidence"> & { readonly span: readonly [number, number] | null }>;
  readonly note?: string;
}
