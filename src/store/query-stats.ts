import { dialectOf } from "./store-dialect.ts";
import { queryBuilder, type StoreSession } from "./store-session.ts";
import { EVENT_GRADES, type EventGrade } from "../model/event-grade.ts";
import { type EventType, isEventType } from "../model/conflict-event.ts";
import { type EventFilter, eventFilterCondition } from "./event-filter.ts";
import { versionCacheOf } from "./version-cache.ts";


export interface EventStats {
  readonly events: number;
  readonly articles: number;
  readonly fatalities: number;
  /** Events per day and type (undated events left out), for a stacked timeline. */
  readonly by_day: readonly { readonly date: string; readonly event_type: EventType; readonly count: number }[];
  readonly by_type: readonly { readonly event_type: EventType; readonly count: number }[];
  readonly by_governorate: readonly { readonly admin1: string | null; readonly count: number }[];
  /** actor1 and actor2 together: an event counts once for each actor it names. */
  readonly by_actor: readonly { readonly actor: string; readonly count: number }[];
  readonly by_grade: readonly { readonly grade: EventGrade; readonly count: number }[];
}

/** Counts over the events matching a filter (the web app's dashboard and timeline), computed once per store version and filter. */
export async function queryStats(session: StoreSession, filter: EventFilter = {}): Promise<EventStats> {
  return versionCacheOf(session).get(session, `stats ${JSON.stringify(filter)}`, () => computeStats(session, filter));
}

async function computeStats(session: StoreSession, filter: EventFilter): Promise<EventStats> {
  const db = queryBuilder(session);
  const base = () => db.selectFrom("events").where((eb) => eventFilterCondition(eb, filter, dialectOf(db)));
  const totals = await base()
    .select((eb) => [eb.fn.countAll<number>().as("n"), eb.fn.sum<number>("fatalities").as("f")])
    .executeTakeFirstOrThrow();
  const articles = await db.selectFrom("articles").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const byDay = await base()
    .select((eb) => ["events.date", "events.event_type", eb.fn.countAll<number>().as("count")])
    .where("events.date", "is not", null)
    .groupBy(["events.date", "events.event_type"])
    .orderBy("events.date")
    .orderBy("events.event_type")
    .execute();
  const byType = await base().select((eb) => ["events.event_type", eb.fn.countAll<number>().as("count")]).groupBy("events.event_type").orderBy("count", "desc").execute();
  const byGov = await base().select((eb) => ["events.admin1", eb.fn.countAll<number>().as("count")]).groupBy("events.admin1").orderBy("count", "desc").execute();
  const byGrade = await base().select((eb) => ["events.grade", eb.fn.countAll<number>().as("count")]).groupBy("events.grade").orderBy("count", "desc").execute();
  const actor1 = await base().select((eb) => ["events.actor1 as actor", eb.fn.countAll<number>().as("count")]).where("events.actor1", "is not", null).groupBy("events.actor1").execute();
  const actor2 = await base().select((eb) => ["events.actor2 as actor", eb.fn.countAll<number>().as("count")]).where("events.actor2", "is not", null).groupBy("events.actor2").execute();
  const actors = new Map<string, number>();
  for (const r of [...actor1, ...actor2]) if (r.actor !== null) actors.set(r.actor, (actors.get(r.actor) ?? 0) + Number(r.count));
  return {
    events: Number(totals.n),
    articles: Number(articles.n),
    fatalities: Number(totals.f ?? 0),
    by_day: byDay.flatMap((r) => (isEventType(r.event_type) ? [{ date: r.date!, event_type: r.event_type, count: Number(r.count) }] : [])),
    by_type: byType.flatMap((r) => (isEventType(r.event_type) ? [{ event_type: r.event_type, count: Number(r.count) }] : [])),
    by_governorate: byGov.map((r) => ({ admin1: r.admin1, count: Number(r.count) })),
    by_actor: [...actors.entries()].map(([actor, count]) => ({ actor, count })).sort((a, b) => b.count - a.count || (a.actor < b.actor ? -1 : 1)),
    by_grade: byGrade.flatMap((r) => {
      const grade = EVENT_GRADES.find((g) => g === r.grade);
      return grade === undefined ? [] : [{ grade, count: Number(r.count) }];
    }),
  };
}
