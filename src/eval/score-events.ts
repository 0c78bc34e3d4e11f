import { actorEqual, kilometres, valueEqual } from "./event-comparison.ts";
import { matchEvents } from "./match-events.ts";
import { ATTRIBUTES, type Attribute, type GoldArticle, type ScoredEvent, type ScoreResult } from "./scoring-types.ts";
import { storyPairs } from "./story-pairs.ts";

export interface Scoring {
  readonly result: ScoreResult;
  /** One line per missed, partly wrong or extra event (what --verbose prints). */
  readonly details: readonly string[];
}

/**
 * Score system events against a gold set with the metrics of ../shared/eval/score.mjs: event P/R/F1
 * (type + place + date ±1 day), attribute accuracy on matched events, full-record recall, geocoding
 * within 10 km, article relevance and cross-article dedup pairs. System events of articles outside
 * the gold set are ignored.
 */
export function scoreEvents(gold: readonly GoldArticle[], system: readonly ScoredEvent[]): Scoring {
  const goldIds = new Set(gold.map((g) => g.id));
  const byArticle = new Map<unknown, ScoredEvent[]>();
  for (const e of system) {
    if (!goldIds.has(e.article_id)) continue;
    const list = byArticle.get(e.article_id) ?? [];
    if (list.length === 0) byArticle.set(e.article_id, list);
    list.push(e);
  }
  let tp = 0, fp = 0, fn = 0, geoN = 0, geoOk = 0, relTp = 0, relFp = 0, relFn = 0;
  const attr = Object.fromEntries(ATTRIBUTES.map((k) => [k, 0])) as Record<Attribute, number>;
  const details: string[] = [];
  for (const g of gold) {
    const sEvents = byArticle.get(g.id) ?? [];
    const sysRelevant = sEvents.length > 0;
    if (g.relevant && sysRelevant) relTp++;
    else if (!g.relevant && sysRelevant) relFp++;
    else if (g.relevant && !sysRelevant) relFn++;
    const { matched, missed, extra } = matchEvents(g.events ?? [], sEvents);
    // Details keep the gold event order of score.mjs: each gold event is a MISS or a match, then EXTRAs.
    const missedSet = new Set(missed);
    const matchOf = new Map(matched.map((m) => [m.gold, m.system]));
    for (const ge of g.events ?? []) {
      if (missedSet.has(ge)) {
        fn++;
        details.push(`MISS ${g.id} ${ge.sub_event_type} @ ${ge.location?.name_ar} ${ge.date ?? ""}`);
        continue;
      }
      const se = matchOf.get(ge)!;
      tp++;
      const ok: Record<Attribute, boolean> = {
        sub_event_type: se.sub_event_type === ge.sub_event_type,
        actor1: actorEqual(se.actor1, ge.actor1),
        actor2: actorEqual(se.actor2, ge.actor2),
        admin1: valueEqual(se.location?.admin1, ge.location?.admin1),
        date: valueEqual(se.date, ge.date),
        killed: valueEqual(se.killed, ge.killed),
        injured: valueEqual(se.injured, ge.injured),
        all: false,
      };
      ok.all = ATTRIBUTES.every((k) => k === "all" || ok[k]);
      if (typeof ge.location?.lat === "number") {
        geoN++;
        const sl = se.location ?? {};
        if (typeof sl.lat === "number" && typeof sl.lon === "number" && kilometres({ lat: ge.location.lat, lon: Number(ge.location.lon) }, { lat: sl.lat, lon: sl.lon }) <= 10) geoOk++;
      }
      for (const k of ATTRIBUTES) attr[k] += ok[k] ? 1 : 0;
      const wrong = ATTRIBUTES.filter((k) => k !== "all" && !ok[k]).map((k) => {
        const gv = k === "admin1" ? ge.location?.admin1 : (ge as Record<string, unknown>)[k];
        const sv = k === "admin1" ? se.location?.admin1 : (se as Record<string, unknown>)[k];
        return `${k}: gold ${JSON.stringify(gv)} got ${JSON.stringify(sv)}`;
      });
      if (wrong.length) details.push(`PART ${g.id} ${ge.sub_event_type} @ ${ge.location?.name_ar}: ${wrong.join("; ")}`);
    }
    for (const se of extra) {
      fp++;
      details.push(`EXTRA ${g.id} ${se.sub_event_type} @ ${se.location?.name_ar} ${se.date ?? ""}`);
    }
  }

  const goldStories = new Map<unknown, unknown[]>();
  for (const g of gold) if (g.story) push(goldStories, g.story, g.id);
  const sysStories = new Map<unknown, unknown[]>();
  for (const e of system) {
    if (!goldIds.has(e.article_id) || e.event_id == null) continue;
    push(sysStories, e.event_id, e.article_id);
  }
  const gp = storyPairs(goldStories);
  const sp = storyPairs(sysStories);
  let pairTp = 0;
  for (const p of sp) if (gp.has(p)) pairTp++;

  const P = ratio(tp, tp + fp), R = ratio(tp, tp + fn);
  const relP = ratio(relTp, relTp + relFp), relR = ratio(relTp, relTp + relFn);
  const dupP = ratio(pairTp, sp.size), dupR = ratio(pairTp, gp.size);
  const result: ScoreResult = {
    gold_events: tp + fn,
    system_events: tp + fp,
    matched: tp,
    precision: P,
    recall: R,
    f1: f1(P, R),
    attribute_accuracy: Object.fromEntries(ATTRIBUTES.map((k) => [k, tp ? attr[k] / tp : 0])) as Record<Attribute, number>,
    full_record_recall: ratio(attr.all, tp + fn),
    relevance: { precision: relP, recall: relR, f1: f1(relP, relR) },
    dedup_pairs: { gold: gp.size, system: sp.size, precision: dupP, recall: dupR, f1: f1(dupP, dupR) },
    geo_within_10km: { events: geoN, share: ratio(geoOk, geoN) },
  };
  return { result, details };
}

function ratio(a: number, b: number): number {
  return b ? a / b : 0;
}

function f1(p: number, r: number): number {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

function push(map: Map<unknown, unknown[]>, key: unknown, value: unknown): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
