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

export interface Outlet {
  readonly id: string;
  readonly name: string;
  readonly events: number;
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
  outlets: () => getJson<{ items: Outlet[] }>("api/outlets"),
  stats: () => getJson<{ by_actor: { actor: string; count: number }[]; by_governorate: { admin1: string | null; count: number }[] }>("api/stats"),
};
