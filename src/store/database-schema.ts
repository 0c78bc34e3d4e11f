import type { ColumnType, Generated } from "kysely";

/**
 * The tables of the store, as Kysely sees them. Dates are ISO strings (TEXT) and JSON is TEXT, so the
 * same schema works on PostgreSQL with another dialect; only full-text search (articles_fts) is
 * SQLite-specific and lives behind src/store/article-search.ts.
 */
export interface Database {
  outlets: OutletTable;
  articles: ArticleTable;
  article_urls: ArticleUrlTable;
  article_bands: ArticleBandTable;
  band_roots: BandRootTable;
  reports: ReportTable;
  spans: SpanTable;
  events: EventTable;
  places: PlaceTable;
  feeds: FeedTable;
  feed_items: FeedItemTable;
  merge_overrides: MergeOverrideTable;
  place_aliases: PlaceAliasTable;
  ingest_turns: IngestTurnTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  signing_keys: SigningKeyTable;
  login_failures: LoginFailureTable;
  decisions: DecisionTable;
  event_reviews: EventReviewTable;
  actor_aliases: ActorAliasTable;
  store_version: StoreVersionTable;
  article_framings: ArticleFramingTable;
}

export interface OutletTable {
  /** The domain without "www." when known ("npasyria.com"), else the outlet name as given. */
  id: string;
  name: string;
  first_seen: string;
}

export interface ArticleTable {
  id: string;
  url: string | null;
  outlet_id: string | null;
  published: string | null;
  title: string | null;
  text: string;
  /** sha256 of the normalised text: the same content from the same outlet is stored once. */
  content_hash: string;
  /** Id of the first article (by published, then id) of a group of near-identical texts, or null. */
  syndicated_of: string | null;
  /** MinHash signature of the text's word shingles, JSON array of 64 integers. */
  signature: string;
  /** Where it came from: "jsonl", "txt", "html", "url", "feed". */
  source_kind: string;
  ingested_at: string;
}

export interface ArticleUrlTable {
  url: string;
  article_id: string;
}

/** A MinHash band of an article, keyed (article_id, band): read one article at a time (0013). */
export interface ArticleBandTable {
  band: string;
  article_id: string;
}

/** A syndication group (by its root article) with a member that has the MinHash band `band` (0011). */
export interface BandRootTable {
  band: string;
  root: string;
}

/** One article's report of one event: an extracted ConflictEvent, with the merged event it belongs to. */
export interface ReportTable {
  id: Generated<number>;
  /** content hash prefix + ordinal in the article: stable whatever the article id or ingest order. */
  report_key: string;
  article_id: string;
  ordinal: number;
  local_event_id: string;
  event_id: string | null;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  place_name: string;
  place_key: string;
  /** Country in English (migration 0014; null on rows stored before it, until `rasd reprocess`). */
  country: ColumnType<string | null, string | null | undefined, string | null>;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  pcode: string | null;
  gazetteer_id: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number;
  date: string | null;
  date_precision: number | null;
  /** The days the report's date can mean (precision 2 and 3 widen it); null when undated. */
  date_lo: string | null;
  date_hi: string | null;
  killed: number | null;
  injured: number | null;
  casualties: number | null;
  source: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  note: string | null;
  provenance_json: string;
}

export interface SpanTable {
  id: Generated<number>;
  article_id: string;
  ordinal: number;
  kind: string;
  start: number;
  end: number;
  text: string;
  value: string | null;
  rule: string;
  /** JSON array of the article-local event ids (reports.local_event_id) the span supports. */
  event_ids_json: string;
}

export interface EventTable {
  event_id: string;
  event_type: string;
  sub_event_type: string;
  actor1: string | null;
  actor2: string | null;
  place_name: string;
  place_key: string;
  /** Country in English (migration 0014; null on rows stored before it, until `rasd reprocess`). */
  country: ColumnType<string | null, string | null | undefined, string | null>;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  pcode: string | null;
  gazetteer_id: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number;
  date: string | null;
  date_precision: number | null;
  /** ACLED's conservative figure: the lowest killed count any report gives. */
  fatalities: number | null;
  killed_min: number | null;
  killed_max: number | null;
  injured_min: number | null;
  injured_max: number | null;
  casualties_min: number | null;
  casualties_max: number | null;
  n_reports: number;
  n_articles: number;
  /** Independent outlets: syndicated copies and several articles of one outlet count once. */
  n_outlets: number;
  outlets_json: string;
  sources_json: string;
  grade: string;
  grade_reason: string;
  /** JSON array of merge/attach-report.ts MergeReason: why the event's reports were joined. */
  merge_reasons_json: Generated<string>;
  updated_at: string;
}

/**
 * A place: seen in a report (ingest writes the first seven columns), or imported / added by a user
 * (migration 0002's columns, with `origin` telling them apart).
 */
export interface PlaceTable {
  gazetteer_id: string;
  name_ar: string;
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
  lat: number | null;
  lon: number | null;
  name_en: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON array of Arabic aliases. */
  aliases_json: ColumnType<string | null, string | null | undefined, string | null>;
  kind: ColumnType<string | null, string | null | undefined, string | null>;
  admin1_ar: ColumnType<string | null, string | null | undefined, string | null>;
  pcode: ColumnType<string | null, string | null | undefined, string | null>;
  population: ColumnType<number | null, number | null | undefined, number | null>;
  source: ColumnType<string | null, string | null | undefined, string | null>;
  /** "import:geonames", "import:ocha", "import:opensyria", "user"; null = only seen in a report. */
  origin: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Another Arabic spelling a user recorded for a gazetteer entry (built-in or stored). */
export interface PlaceAliasTable {
  gazetteer_id: string;
  alias_ar: string;
  added_at: string;
}

export interface FeedTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_checked: string | null;
  /** ISO timestamp before which the feed is not polled again (backoff after failures). */
  next_check: string | null;
  failures: number;
  last_status: number | null;
  last_error: string | null;
}

export interface FeedItemTable {
  feed_url: string;
  /** guid, else link, else title: what makes an item "already seen" across restarts. */
  item_key: string;
  article_id: string | null;
  seen_at: string;
}

/** A hand correction of the merge: "split" keeps report_key on its own; "join" keeps the events of report_key and other_key together. */
export interface MergeOverrideTable {
  id: Generated<number>;
  kind: "split" | "join";
  report_key: string;
  other_key: string | null;
  created_at: string;
}

/** The commit order of queued articles (migration 0006): workers merge turn by turn. */
export interface IngestTurnTable {
  turn: number;
  /** 1 once its article was stored, found a duplicate, refused, or its job failed for good. */
  done: ColumnType<number, number | undefined, number>;
  /** The queued article's id and where it came from (file:line, URL), for `rasd worker --failed` (migration 0009). */
  article_id: ColumnType<string | null, string | null | undefined, string | null>;
  source: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why its job was given up (the last error), null while open or once done well (migration 0009). */
  failure: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A local account (migration 0004). `password_hash` is scrypt's "scrypt$N$r$p$salt$hash" (review/password-hash.ts). */
export interface UserTable {
  name: string;
  role: "viewer" | "editor" | "admin";
  password_hash: string;
  created_at: string;
  password_changed_at: string;
}

/** A login: the sha-256 of the random session id the signed cookie carries. */
export interface SessionTable {
  id_hash: string;
  user_name: string;
  created_at: string;
  expires_at: string;
}

/** A token for scripts (Authorization: Bearer), stored as its sha-256. */
export interface ApiTokenTable {
  token_hash: string;
  user_name: string;
  label: string;
  created_at: string;
}

/** Secrets the server signs with ("cookie"), created once and kept across restarts. */
export interface SigningKeyTable {
  purpose: string;
  secret: string;
  created_at: string;
}

/** Wrong passwords in a row for one account name, and until when it is locked. */
export interface LoginFailureTable {
  user_name: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

/** One act of a person on an event: append-only. `reverts` names the decision a revert cancels. */
export interface DecisionTable {
  id: Generated<number>;
  event_id: string;
  /** The event's anchor report when decided: it finds the event again after re-merging. */
  anchor_key: string;
  user_name: string;
  at: string;
  action: string;
  field: string | null;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  reverts: number | null;
}

/** An event's current review, folded from its decisions (review/fold-decisions.ts). */
export interface EventReviewTable {
  anchor_key: string;
  event_id: string;
  status: "machine" | "reviewed" | "corrected" | "rejected";
  reviewer: string | null;
  reviewed_at: string | null;
  /** JSON object: corrected field → value. */
  overrides_json: string;
  /** JSON object: the machine's reading of every correctable field when the person decided. */
  machine_json: string;
  /** JSON array of the fields whose machine reading changed since (reprocess, new extractor). */
  disagrees_json: string;
  /** JSON array of the anchors the review had before a split moved it (its decisions carry those). */
  former_keys_json: string;
}

/** The user lexicon: another Arabic name of a known actor. */
export interface ActorAliasTable {
  alias_ar: string;
  actor_key: string;
  added_by: string;
  added_at: string;
}

/**
 * One row (id 1): a counter every write transaction raises (migration 0008), so readers cache counts
 * and stats per version. SQLite also has events_rtree (R*Tree of event points, kept by triggers),
 * read only through raw SQL in query-events.ts.
 */
/** An article's framing summary (migrations/0012-article-framings.ts), by the lexicon version that read it. */
export interface ArticleFramingTable {
  article_id: string;
  /** The article's outlet_id (an article's outlet never changes). */
  outlet_id: string | null;
  lexicon_version: string;
  /** A CampReading: government, opposition, kurdish, neutral or unclear. */
  camp: string;
  government: number;
  opposition: number;
  kurdish: number;
  neutral: number;
  /** JSON array of own-voice terms by form, in order of first use, each [term, dimension, camp, weight, form, hits]. */
  own_terms_json: string;
  /** JSON array of source kind ids, in order of first credit. */
  source_kinds_json: string;
}

export interface StoreVersionTable {
  id: number;
  version: ColumnType<number | string, number, number>;
}
