import type { Extractor } from "../../src/extract/create-extractor.ts";
import type { Article } from "../../src/model/article.ts";
import type { ConflictEvent } from "../../src/model/conflict-event.ts";
import { type EventSpec, makeEvent } from "../merge/make-event.ts";

/**
 * Invented reports of one shelling of Sarmin by three outlets (one a syndicated copy of another),
 * and an unrelated clash. Written for these tests in the style of news reports.
 */
const SHELLING_A =
  "قصفت قوات النظام السوري صباح اليوم بلدة سرمين في ريف إدلب الشرقي بقذائف المدفعية الثقيلة. وقال الدفاع المدني إن القصف أدى إلى مقتل ثلاثة مدنيين بينهم طفل وإصابة خمسة آخرين بجروح متفاوتة. وأضاف أن فرقه عملت على إخماد الحرائق التي اندلعت في منازل المدنيين وسط البلدة.";
const SHELLING_B =
  "قُتل أربعة مدنيين وجُرح آخرون بقصف مدفعي لقوات النظام استهدف الأحياء السكنية في مدينة سرمين شرقي إدلب. وذكر مراسلنا أن القذائف سقطت قرب سوق الخضار في ساعات الصباح الأولى، فيما هرعت سيارات الإسعاف لنقل الجرحى إلى المشافي القريبة.";
const SHELLING_B_COPY = `${SHELLING_B} وتتعرض المنطقة لقصف متكرر منذ أشهر.`;
const CLASH =
  "اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام على محور جبل الزاوية جنوبي إدلب، استخدم فيها الطرفان الأسلحة الرشاشة الثقيلة. ولم ترد أنباء عن خسائر بشرية حتى ساعة إعداد هذا الخبر.";

export interface FixtureArticle {
  readonly article: Article;
  readonly events: readonly EventSpec[];
}

export const FIXTURE: readonly FixtureArticle[] = [
  {
    article: { id: "fx-a", url: "https://alpha.example/news/1", outlet: "alpha.example", published: "2024-03-05", title: "قصف على سرمين", text: SHELLING_A },
    events: [{ killed: 3, injured: 5, source: "الدفاع المدني", text: SHELLING_A }],
  },
  {
    article: { id: "fx-b", url: "https://beta.example/a/2", outlet: "beta.example", published: "2024-03-06", title: null, text: SHELLING_B },
    events: [{ date: "2024-03-05", killed: 4, source: "مراسلنا", text: SHELLING_B }],
  },
  {
    article: { id: "fx-c", url: "https://gamma.example/x", outlet: "gamma.example", published: "2024-03-06", title: null, text: SHELLING_B_COPY },
    events: [{ date: "2024-03-06", killed: 4, source: "مراسلنا", text: SHELLING_B_COPY }],
  },
  {
    article: { id: "fx-d", url: null, outlet: "alpha.example", published: "2024-03-07", title: "اشتباكات في جبل الزاوية", text: CLASH },
    events: [{ sub: "Armed clash", actor1: "OPPOSITION", actor2: "SYR_GOV", place: "zawiya", date: "2024-03-07", precision: 1, killed: 0, text: CLASH }],
  },
];

/**
 * An extractor that returns the hand-written events of the fixture articles (found by text), so
 * store and merge tests do not depend on the rule pipeline's progress.
 */
export function fixtureExtractor(fixture: readonly FixtureArticle[] = FIXTURE): Extractor {
  const byText = new Map(fixture.map((f) => [f.article.text, f.events]));
  return (article) => {
    const specs = byText.get(article.text) ?? [];
    const events: ConflictEvent[] = specs.map((spec, i) => makeEvent({ ...spec, article: article.id, id: `${article.id}-e${i}`, text: article.text }));
    return { article_id: article.id, events, mentions: events.map((e) => ({ kind: "trigger" as const, start: e.evidence.start, end: e.evidence.start + 3, text: article.text.slice(e.evidence.start, e.evidence.start + 3), value: e.sub_event_type, rule: "test", event_ids: [e.event_id] })) };
  };
}
