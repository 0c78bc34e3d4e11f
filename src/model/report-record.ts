/**
 * One article's report of one event, as the merge step reads it: the fields of a stored report
 * (table `reports`) without its row id and merged event id.
 */
/** The coded fields a report and a merged event share: type, actors, place, day. */
export interface EventCoding {
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly place_name: string;
  /** normalizeKey(place_name): the place when it is not in the gazetteer. */
  readonly place_key: string;
  /** The place's country in English ("Syria", "Yemen"), as location.country writes it; null when unread. */
  readonly country: string | null;
  readonly admin1: string | null;
  readonly admin2: string | null;
  readonly admin3: string | null;
  readonly pcode: string | null;
  readonly gazetteer_id: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geo_precision: number;
  readonly date: string | null;
  readonly date_precision: number | null;
}

export interface ReportRecord extends EventCoding {
  readonly report_key: string;
  readonly article_id: string;
  readonly ordinal: number;
  readonly local_event_id: string;
  readonly date_lo: string | null;
  readonly date_hi: string | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly casualties: number | null;
  readonly source: string | null;
  readonly evidence_start: number;
  readonly evidence_end: number;
  readonly evidence_text: string;
  readonly note: string | null;
  readonly provenance_json: string;
}

/** What the merge needs to know of a report's article: who published it and what it copies. */
export interface ReportArticle {
  readonly id: string;
  readonly outlet_id: string | null;
  readonly syndicated_of: string | null;
}
