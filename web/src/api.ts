/** Types of the API's answers that the page reads, and the fetch helpers. */

export interface EventProperties {
  readonly event_id: string;
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly place_name: string;
  readonly admin1: string | null;
  readonly date: string | null;
  readonly date_precision: number | null;
  readonly geo_precision: number;
  readonly fatalities: number | null;
  readonly n_reports: number;
  readonly n_outlets: number;
  readonly grade: string;
  readonly grade_reason: string;
  readonly outlets: readonly string[];
}

export interface EventFeature {
  readonly type: "Feature";
  readonly id: string;
  readonly geometry: { readonly type: "Point"; readonly coordinates: [number, number] } | null;
  readonly properties: EventProperties;
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Claim {
  readonly article_id: string;
  readonly outlet_id: string | null;
  readonly article_title: string | null;
  readonly published: string | null;
  readonly syndicated_of: string | null;
  readonly source: string | null;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly place_name: string;
  readonly date: string | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly sub_event_type: string;
  readonly evidence: Span;
  readonly sentence: Span;
  readonly provenance: readonly { readonly field: string; readonly rule: string; readonly entry?: string; readonly evidence: Span | null }[];
}

export interface EventDetail extends EventProperties {
  readonly lat: number | null;
  readonly lon: number | null;
  readonly sources: readonly string[];
  readonly claims: readonly Claim[];
}

export interface ArticleSpan extends Span {
  readonly kind: string;
  readonly value: string | null;
  readonly rule: string;
  readonly event_ids: readonly string[];
}

export interface ArticleDetail {
  readonly id: string;
  readonly url: string | null;
  readonly outlet_id: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly spans: readonly ArticleSpan[];
}

export type Camp = "government" | "opposition" | "kurdish" | "neutral" | "unclear";

/** An outlet's framing profile over its stored articles (GET /api/outlets). */
export interface OutletFraming {
  readonly articles: number;
  readonly camp: Camp;
  readonly confidence: number;
  readonly terms: readonly { readonly term: string; readonly dimension: string; readonly camp: Camp; readonly count: number; readonly forms: readonly string[] }[];
  readonly sources: readonly { readonly kind: string; readonly articles: number; readonly share: number }[];
}

export interface Outlet {
  readonly id: string;
  readonly name: string;
  readonly articles: number;
  readonly events: number;
  readonly framing: OutletFraming | null;
}

/** One report of a merged event as compared with the others (GET /api/events/:id/compare). */
export interface ComparedReport {
  readonly outlet: string;
  readonly article_id: string;
  readonly camp?: Camp;
  readonly actors: readonly { readonly role: "actor1" | "actor2"; readonly key: string | null; readonly as_written: string | null }[];
  readonly source: string | null;
  readonly killed: number | null;
  readonly injured: number | null;
}

export interface EventComparison {
  readonly event_id: string;
  readonly reports: readonly ComparedReport[];
  readonly omissions: readonly { readonly outlet: string; readonly article_id: string; readonly field: string; readonly stated_by: readonly string[] }[];
  readonly outlets: readonly { readonly outlet: string; readonly camp: Camp; readonly confidence: number; readonly articles: number }[];
}

/** An article's framing indicators (GET /api/articles/:id/framing). */
export interface ArticleFraming {
  readonly camp: Camp;
  readonly confidence: number;
  readonly indicators: readonly (Span & { readonly dimension: string; readonly term: string; readonly camp: Camp; readonly voice: string })[];
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export const api = {
  events: (params: URLSearchParams) => getJson<{ features: EventFeature[]; total: number }>(`api/events?format=geojson&limit=5000&${params}`),
  event: (id: string) => getJson<EventDetail>(`api/events/${encodeURIComponent(id)}`),
  article: (id: string) => getJson<ArticleDetail>(`api/articles/${encodeURIComponent(id)}`),
  compare: (id: string) => getJson<EventComparison>(`api/events/${encodeURIComponent(id)}/compare`),
  articleFraming: (id: string) => getJson<ArticleFraming>(`api/articles/${encodeURIComponent(id)}/framing`),
  outlets: () => getJson<{ items: Outlet[] }>("api/outlets"),
  stats: () => getJson<{ by_actor: { actor: string; count: number }[]; by_governorate: { admin1: string | null; count: number }[] }>("api/stats"),
};
