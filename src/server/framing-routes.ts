/**
 * Framing over HTTP: outlet profiles (merged into GET /api/outlets by build-app), an article's camp
 * reading with its indicator spans, and the side-by-side comparison of a merged event's reports.
 * The lexicon is read once per app; profiles are summed again from the articles' stored framing
 * summaries only when the store's version changes.
 */
import type { CampReading } from "../framing/camp-reading.ts";
import { compareReports, type EventComparison } from "../framing/compare-reports.ts";
import type { FramingLexicon } from "../framing/framing-lexicon-schema.ts";
import { defaultFramingLexicon } from "../framing/load-framing-lexicon.ts";
import { profileOutletSummaries, type OutletProfile } from "../framing/profile-outlets.ts";
import { readArticleFraming, type ArticleFraming } from "../framing/read-article-framing.ts";
import { loadEventClaims, loadFramingSummaries } from "../framing/read-stored-framings.ts";
import { getArticle } from "../store/get-article.ts";
import { getEvent } from "../store/get-event.ts";
import { listOutletNames } from "../store/list-outlets.ts";
import type { Store } from "../store/store.ts";
import { VersionCache } from "../store/version-cache.ts";
import { API_ROUTES } from "./api-contract.ts";
import { ApiError } from "./api-error.ts";
import type { ZodFastify } from "./zod-type-provider.ts";

/** The camp of each outlet that reports the event, so the page can badge every report. */
export interface EventComparisonAnswer extends EventComparison {
  readonly event_id: string;
  readonly outlets: readonly { readonly outlet: string; readonly camp: CampReading; readonly confidence: number; readonly articles: number }[];
}

export interface FramingService {
  /** Profiles of every outlet of the store (cached while the articles are unchanged). */
  profiles(): Promise<readonly OutletProfile[]>;
  article(id: string): Promise<ArticleFraming | null>;
  compare(eventId: string): Promise<EventComparisonAnswer | null>;
}

/** What the framing routes compute, over one store and one lexicon. */
export function framingService(store: Store, lexicon: FramingLexicon = defaultFramingLexicon()): FramingService {
  // Per store version (raised by every write): a worker's ingest in another process is seen too.
  const cache = new VersionCache();
  const profiles = (): Promise<readonly OutletProfile[]> => cache.get(store, "profiles", async () => profileOutletSummaries(await loadFramingSummaries(store, lexicon)));
  return {
    profiles,
    async article(id) {
      const a = await getArticle(store, id);
      if (a === null) return null;
      return readArticleFraming({ id: a.id, url: a.url, outlet: a.outlet_id, published: a.published, title: a.title, text: a.text }, lexicon);
    },
    async compare(eventId) {
      if ((await getEvent(store, eventId)) === null) return null;
      const claims = await loadEventClaims(store, eventId, lexicon);
      const names = await outletNames(store);
      const known = await profiles();
      const reporting = [...new Set(claims.map((c) => c.outlet))];
      const outlets = reporting.map((outlet) => {
        const p = known.find((k) => k.outlet === outlet || k.outlet === names.get(outlet));
        return { outlet, camp: p?.camp ?? ("unclear" as const), confidence: p?.confidence ?? 0, articles: p?.articles ?? 0 };
      });
      return { event_id: eventId, ...compareReports(claims), outlets };
    },
  };
}

async function outletNames(store: Store): Promise<Map<string, string>> {
  return new Map((await listOutletNames(store)).map((r) => [r.id, r.name]));
}

export function registerFramingRoutes(app: ZodFastify, framing: FramingService): void {
  const { articleFraming, compare } = API_ROUTES;
  app.get(articleFraming.path, { schema: { params: articleFraming.params, response: articleFraming.response } }, async (request) => {
    const { id } = request.params;
    const reading = await framing.article(id);
    if (reading === null) throw new ApiError(404, "not-found", `no article ${id}`);
    return reading;
  });

  app.get(compare.path, { schema: { params: compare.params, response: compare.response } }, async (request) => {
    const { id } = request.params;
    const comparison = await framing.compare(id);
    if (comparison === null) throw new ApiError(404, "not-found", `no event ${id}`);
    return comparison;
  });
}

/** The framing fields an outlet gains in GET /api/outlets (null: none of its articles is stored). */
export type OutletFraming = Omit<OutletProfile, "outlet"> | null;

export function outletFraming(profiles: readonly OutletProfile[], outlet: { readonly id: string; readonly name: string }): OutletFraming {
  const p = profiles.find((k) => k.outlet === outlet.name) ?? profiles.find((k) => k.outlet === outlet.id);
  if (p === undefined) return null;
  const { outlet: _outlet, ...rest } = p;
  return rest;
}
