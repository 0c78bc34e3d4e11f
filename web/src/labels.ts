/**
 * Every word the page shows, in Arabic and English, in one table. The tables over the model's unions
 * are `Record`s of those unions, so adding an event type, sub-event type, grade, grade reason, camp,
 * omission or span kind fails the build until it has its labels here.
 */
import type { OmittedField } from "../../src/framing/compare-reports.ts";
import type { EventGrade, GradeReason } from "../../src/merge/grade-event.ts";
import type { PairFeature } from "../../src/model/pair-feature.ts";
import type { EventType, SubEventType } from "../../src/model/conflict-event.ts";
import type { MentionKind } from "../../src/model/mention.ts";
import type { CampAnswer } from "../../src/server/api-contract.ts";

export type Lang = "ar" | "en";
export interface Label {
  readonly ar: string;
  readonly en: string;
}

export const EVENT_TYPE_LABELS: Readonly<Record<EventType, Label & { readonly color: string }>> = {
  Battles: { en: "Battles", ar: "معارك", color: "#d62728" },
  "Explosions/Remote violence": { en: "Explosions/Remote violence", ar: "انفجارات وعنف عن بُعد", color: "#ff7f0e" },
  "Violence against civilians": { en: "Violence against civilians", ar: "عنف ضد المدنيين", color: "#9467bd" },
  Protests: { en: "Protests", ar: "احتجاجات", color: "#2ca02c" },
  Riots: { en: "Riots", ar: "أعمال شغب", color: "#8c564b" },
  "Strategic developments": { en: "Strategic developments", ar: "تطورات استراتيجية", color: "#1f77b4" },
};

export const SUB_EVENT_TYPE_LABELS: Readonly<Record<SubEventType, Label>> = {
  "Armed clash": { en: "Armed clash", ar: "اشتباك مسلح" },
  "Government regains territory": { en: "Government regains territory", ar: "استعادة الحكومة السيطرة على منطقة" },
  "Non-state actor overtakes territory": { en: "Non-state actor overtakes territory", ar: "سيطرة جماعة مسلحة على منطقة" },
  "Air/drone strike": { en: "Air/drone strike", ar: "غارة جوية أو بمسيّرة" },
  "Shelling/artillery/missile attack": { en: "Shelling/artillery/missile attack", ar: "قصف مدفعي أو صاروخي" },
  "Suicide bomb": { en: "Suicide bomb", ar: "تفجير انتحاري" },
  "Remote explosive/landmine/IED": { en: "Remote explosive/landmine/IED", ar: "عبوة ناسفة أو لغم" },
  Grenade: { en: "Grenade", ar: "قنبلة يدوية" },
  "Chemical weapon": { en: "Chemical weapon", ar: "سلاح كيميائي" },
  Attack: { en: "Attack", ar: "هجوم" },
  "Abduction/forced disappearance": { en: "Abduction/forced disappearance", ar: "اختطاف أو إخفاء قسري" },
  "Sexual violence": { en: "Sexual violence", ar: "عنف جنسي" },
  "Peaceful protest": { en: "Peaceful protest", ar: "احتجاج سلمي" },
  "Protest with intervention": { en: "Protest with intervention", ar: "احتجاج مع تدخل" },
  "Excessive force against protesters": { en: "Excessive force against protesters", ar: "قوة مفرطة ضد المحتجين" },
  "Violent demonstration": { en: "Violent demonstration", ar: "مظاهرة عنيفة" },
  "Mob violence": { en: "Mob violence", ar: "عنف جماعي" },
  Agreement: { en: "Agreement", ar: "اتفاق" },
  Arrests: { en: "Arrests", ar: "اعتقالات" },
  "Change to group/activity": { en: "Change to group/activity", ar: "تغيّر في جماعة أو نشاط" },
  "Disrupted weapons use": { en: "Disrupted weapons use", ar: "إحباط استخدام سلاح" },
  "Headquarters or base established": { en: "Headquarters or base established", ar: "إنشاء مقر أو قاعدة" },
  "Looting/property destruction": { en: "Looting/property destruction", ar: "نهب أو تدمير ممتلكات" },
  "Non-violent transfer of territory": { en: "Non-violent transfer of territory", ar: "انتقال سلمي للسيطرة" },
  Other: { en: "Other", ar: "أخرى" },
};

export const GRADE_LABELS: Readonly<Record<EventGrade, Label>> = {
  "single source": { en: "single source", ar: "مصدر واحد" },
  corroborated: { en: "corroborated", ar: "مؤكَّد من عدة وسائل" },
  contested: { en: "contested", ar: "متنازع عليه" },
};

type ReasonOf<K extends GradeReason["kind"]> = Extract<GradeReason, { kind: K }>;

/** Grade reasons in words: each kind of reason a sentence in each language. */
export const GRADE_REASON_LABELS: { readonly [K in GradeReason["kind"]]: (reason: ReasonOf<K>, lang: Lang) => string } = {
  "perpetrators-disagree": (r, lang) =>
    lang === "ar"
      ? `تختلف التقارير في الفاعل: ${r.actors.map((a) => `${actorLabel(a.key, "ar")} (${a.reports})`).join("، ")}`
      : `reports disagree on who did it: ${r.actors.map((a) => `${actorLabel(a.key, "en")} (${a.reports})`).join(" vs ")}`,
  "figures-differ": (r, lang) =>
    lang === "ar" ? `أعداد ${r.field === "killed" ? "القتلى" : "الجرحى"} متباعدة: ${r.low}–${r.high}` : `${r.field} figures differ widely: ${r.low}–${r.high}`,
  "independent-outlets": (r, lang) => (lang === "ar" ? `نقلته ${r.outlets.length} وسائل مستقلة: ${r.outlets.join("، ")}` : `reported by ${r.outlets.length} independent outlets: ${r.outlets.join(", ")}`),
  "single-outlet": (r, lang) => (lang === "ar" ? `لم ينقله إلا ${r.outlet}` : `only ${r.outlet} reports it`),
  "outlet-unknown": (_r, lang) => (lang === "ar" ? "تقرير واحد من وسيلة غير معروفة" : "one report, outlet unknown"),
};

export function gradeReasonText<K extends GradeReason["kind"]>(reason: ReasonOf<K> & { readonly kind: K }, lang: Lang): string {
  const kind: K = reason.kind;
  const say: (r: ReasonOf<K>, l: Lang) => string = GRADE_REASON_LABELS[kind];
  return say(reason, lang);
}

/** The merge model's pair features (src/merge/pair-features.ts) in words: why two reports were joined. */
export const MERGE_FEATURE_LABELS: Readonly<Record<PairFeature, Label>> = {
  "day:same": { en: "same day", ar: "اليوم نفسه" },
  "day:next": { en: "consecutive days", ar: "يومان متتاليان" },
  "day:both-exact": { en: "both give the exact day", ar: "كلاهما يحدد اليوم بدقة" },
  "day:undated-one": { en: "one report has no date", ar: "أحد التقريرين بلا تاريخ" },
  "day:undated-both": { en: "neither report has a date", ar: "التقريران بلا تاريخ" },
  "day:undated-uncorroborated": { en: "no date and nothing else told alike", ar: "بلا تاريخ ولا شيء آخر يؤكد أنهما حدث واحد" },
  "published:close": { en: "published within a day", ar: "نُشرا بفارق يوم على الأكثر" },
  "published:within-3": { en: "published 2–3 days apart", ar: "نُشرا بفارق يومين أو ثلاثة" },
  "published:far": { en: "published more than 3 days apart", ar: "نُشرا بفارق أكثر من ثلاثة أيام" },
  "type:same-sub": { en: "same kind of event", ar: "النوع الفرعي نفسه" },
  "type:other-sub": { en: "another kind of event", ar: "نوع فرعي مختلف" },
  "place:same": { en: "same place", ar: "المكان نفسه" },
  "place:near": { en: "places under 5 km apart", ar: "مكانان بينهما أقل من 5 كم" },
  "place:close": { en: "places 5–25 km apart", ar: "مكانان بينهما 5 إلى 25 كم" },
  "place:inside-area": { en: "an area and a place inside it", ar: "منطقة ومكان داخلها" },
  "place:inside-region": { en: "a governorate and a place inside it", ar: "محافظة ومكان داخلها" },
  "place:areas": { en: "two areas of one governorate", ar: "منطقتان في محافظة واحدة" },
  "place:none": { en: "places not related", ar: "لا صلة بين المكانين" },
  "actors:shared": { en: "an actor in common", ar: "فاعل مشترك" },
  "actors:disjoint": { en: "no actor in common", ar: "لا فاعل مشترك" },
  "actors:same-actor1": { en: "same attacker", ar: "المهاجم نفسه" },
  "actors:other-in-role": { en: "another attacker or another side attacked", ar: "مهاجم آخر أو طرف مستهدف آخر" },
  "toll:killed-equal": { en: "same number killed", ar: "عدد القتلى نفسه" },
  "toll:injured-equal": { en: "same number injured", ar: "عدد الجرحى نفسه" },
  "toll:both-heavy": { en: "both tell of 10 or more killed", ar: "كلاهما يذكر 10 قتلى أو أكثر" },
  "toll:one-heavy": { en: "10 or more killed in one, far fewer in the other", ar: "10 قتلى أو أكثر في أحدهما وأقل بكثير في الآخر" },
  "toll:close": { en: "figures close", ar: "أعداد متقاربة" },
  "toll:differ": { en: "figures differ", ar: "أعداد متباعدة" },
  "wording:close": { en: "nearly the same wording", ar: "صياغة شبه متطابقة" },
  "wording:some": { en: "similar wording", ar: "صياغة متشابهة" },
  "article:syndicated": { en: "copies of one text", ar: "نسختان من نص واحد" },
  "article:same-outlet": { en: "same outlet", ar: "الوسيلة نفسها" },
  "lead:close": { en: "openings share many words", ar: "مطلعا المقالين متقاربان" },
  "lead:near": { en: "openings share some words", ar: "مطلعا المقالين متشابهان بعض الشيء" },
  "lead:apart": { en: "openings share few words", ar: "مطلعا المقالين مختلفان" },
  "article:other-places-shared": { en: "most other places reported are shared", ar: "معظم الأماكن الأخرى المذكورة مشتركة" },
  "source:same": { en: "same credited source", ar: "المصدر المنسوب إليه نفسه" },
};

/**
 * A stored merge reason ("lead:close +0.94": feature and weight) in words, with its sign; a feature
 * the page has no words for (a link stored by an older model) shows as stored.
 */
export function mergeFeatureText(reason: string, lang: Lang): MergeFeatureText {
  const match = /^(\S+) ([+−-])(\d+(?:\.\d+)?)$/.exec(reason);
  if (match === null) return { text: reason, weight: null };
  const feature = match[1]!;
  const weight = (match[2] === "+" ? 1 : -1) * Number(match[3]);
  return { text: isPairFeature(feature) ? MERGE_FEATURE_LABELS[feature][lang] : feature, weight };
}

/** A merge reason in words and its weight (null when the stored text was not "feature ±weight"). */
export interface MergeFeatureText {
  readonly text: string;
  readonly weight: number | null;
}

const isPairFeature = (name: string): name is PairFeature => Object.hasOwn(MERGE_FEATURE_LABELS, name);

/**
 * Actors of the catalogue (data/lexicon/actors.json) by key. The English names are the catalogue's
 * (a test keeps them equal); the Arabic ones are display names chosen among its aliases.
 */
export const ACTOR_LABELS: Readonly<Record<string, Label>> = {
  SYR_GOV: { en: "Syrian government forces", ar: "القوات الحكومية السورية" },
  RUS_MIL: { en: "Military Forces of Russia", ar: "القوات الروسية" },
  TUR_MIL: { en: "Military Forces of Turkey", ar: "الجيش التركي" },
  IRN_MIL: { en: "Military Forces of Iran and Iran-backed militias", ar: "القوات الإيرانية والميليشيات المدعومة من إيران" },
  HEZBOLLAH: { en: "Hezbollah", ar: "حزب الله" },
  USA_COAL: { en: "US-led coalition", ar: "التحالف الدولي بقيادة الولايات المتحدة" },
  ISR_MIL: { en: "Military Forces of Israel", ar: "الجيش الإسرائيلي" },
  HTS: { en: "Hayat Tahrir al-Sham", ar: "هيئة تحرير الشام" },
  TAWHID: { en: "Jamaat al-Tawhid", ar: "جماعة التوحيد" },
  NLF: { en: "National Front for Liberation", ar: "الجبهة الوطنية للتحرير" },
  SNA: { en: "Syrian National Army", ar: "الجيش الوطني السوري" },
  AHRAR: { en: "Ahrar al-Sham", ar: "حركة أحرار الشام" },
  TIP: { en: "Turkistan Islamic Party", ar: "الحزب الإسلامي التركستاني" },
  HURRAS: { en: "Hurras al-Din", ar: "حراس الدين" },
  ANSAR_TAWHID: { en: "Ansar al-Tawhid", ar: "أنصار التوحيد" },
  AJNAD_KAVKAZ: { en: "Ajnad al-Kavkaz", ar: "أجناد القوقاز" },
  REMNANTS: { en: "Remnants of the former Syrian regime", ar: "فلول النظام البائد" },
  FATH_MUBIN: { en: "Al-Fath al-Mubin Operations Room", ar: "غرفة عمليات الفتح المبين" },
  OPPOSITION: { en: "Opposition rebels (unspecified)", ar: "فصائل المعارضة" },
  ISIS: { en: "Islamic State", ar: "تنظيم الدولة الإسلامية (داعش)" },
  SDF: { en: "Syrian Democratic Forces", ar: "قوات سوريا الديمقراطية (قسد)" },
  CIVILIANS: { en: "Civilians", ar: "مدنيون" },
  UNKNOWN: { en: "Unidentified armed group", ar: "مسلحون مجهولون" },
};

/** An actor key in words; keys outside the catalogue ("OTHER:name") show the name they carry. */
export function actorLabel(key: string, lang: Lang): string {
  const known = ACTOR_LABELS[key];
  if (known !== undefined) return known[lang];
  return key.startsWith("OTHER:") ? key.slice(6) : key;
}

export const CAMP_LABELS: Readonly<Record<CampAnswer, Label & { readonly color: string }>> = {
  government: { en: "government-aligned", ar: "موالية للحكومة", color: "#b3261e" },
  opposition: { en: "opposition-aligned", ar: "معارضة", color: "#1b7f3b" },
  kurdish: { en: "Kurdish / SDF-aligned", ar: "كردية / قسد", color: "#c77c02" },
  neutral: { en: "neutral / international", ar: "محايدة / دولية", color: "#1f5fa8" },
  unclear: { en: "unclear", ar: "غير واضح", color: "#6b7280" },
};

export const OMISSION_LABELS: Readonly<Record<OmittedField, Label>> = {
  attacker: { en: "the attacker", ar: "المهاجم" },
  target: { en: "the target", ar: "المستهدف" },
  civilian_victims: { en: "civilian victims", ar: "الضحايا المدنيين" },
  killed: { en: "the death toll", ar: "عدد القتلى" },
  injured: { en: "the injured", ar: "عدد الجرحى" },
  source: { en: "a credited source", ar: "المصدر" },
};

export const MENTION_KIND_LABELS: Readonly<Record<MentionKind, Label>> = {
  actor: { en: "actor", ar: "فاعل" },
  place: { en: "place", ar: "مكان" },
  date: { en: "date", ar: "تاريخ" },
  number: { en: "number", ar: "عدد" },
  casualty: { en: "casualties", ar: "ضحايا" },
  trigger: { en: "event word", ar: "حدث" },
  source: { en: "source", ar: "مصدر" },
  negation: { en: "negation", ar: "نفي" },
};

/** Kinds of credited sources (the ids of data/lexicon/framing.json's `sources`). */
export const SOURCE_KIND_LABELS: Readonly<Record<string, Label>> = {
  army_statement: { en: "army statements", ar: "بيانات الجيش" },
  observatory: { en: "Syrian Observatory", ar: "المرصد السوري" },
  local_sources: { en: "local sources", ar: "مصادر محلية" },
  state_agency: { en: "state media", ar: "الإعلام الرسمي" },
  own_correspondent: { en: "own correspondent", ar: "مراسل الوسيلة" },
  wire_agency: { en: "wire agencies", ar: "وكالات الأنباء" },
  civil_defence: { en: "civil defence", ar: "الدفاع المدني" },
  kurdish_bodies: { en: "Kurdish bodies", ar: "جهات كردية" },
  russian_sources: { en: "Russian sources", ar: "مصادر روسية" },
  turkish_sources: { en: "Turkish sources", ar: "مصادر تركية" },
  opposition_bodies: { en: "opposition bodies", ar: "جهات معارضة" },
};

export const PRECISION_LABELS: Readonly<Record<"date" | "place", Readonly<Record<1 | 2 | 3, Label>>>> = {
  date: { 1: { en: "exact day", ar: "اليوم نفسه" }, 2: { en: "within a week", ar: "خلال أسبوع" }, 3: { en: "within a month", ar: "خلال شهر" } },
  place: { 1: { en: "exact place", ar: "المكان نفسه" }, 2: { en: "near the place", ar: "قرب المكان" }, 3: { en: "district or region", ar: "المنطقة أو المحافظة" } },
};

/** The page's own words. */
export const UI = {
  title: { en: "rasd — conflict events from Arabic news", ar: "رصد — أحداث النزاع من الأخبار العربية" },
  appName: { en: "rasd", ar: "رصد" },
  switchLanguage: { en: "العربية", ar: "English" },
  switchLanguageTitle: { en: "اعرض الصفحة بالعربية", ar: "Show the page in English" },
  outlets: { en: "Outlets", ar: "الوسائل" },
  filters: { en: "Filters", ar: "التصفية" },
  type: { en: "Type", ar: "النوع" },
  actor: { en: "Actor", ar: "الفاعل" },
  governorate: { en: "Governorate", ar: "المحافظة" },
  outlet: { en: "Outlet", ar: "الوسيلة" },
  grade: { en: "Grade", ar: "التقييم" },
  words: { en: "Words", ar: "كلمات" },
  wordsPlaceholder: { en: "words in the articles", ar: "كلمات في المقالات" },
  any: { en: "any", ar: "الكل" },
  apply: { en: "Apply", ar: "تطبيق" },
  clearFilters: { en: "Clear all", ar: "مسح الكل" },
  tabMap: { en: "Map", ar: "الخريطة" },
  tabList: { en: "Events", ar: "الأحداث" },
  tabEvent: { en: "Event", ar: "الحدث" },
  legend: { en: "Legend", ar: "دليل الألوان" },
  cluster: { en: "several events (number inside)", ar: "عدة أحداث (العدد داخلها)" },
  sizeNote: { en: "circle size = deaths", ar: "حجم الدائرة = عدد القتلى" },
  selected: { en: "selected event", ar: "الحدث المحدد" },
  fitResults: { en: "Fit to results", ar: "ملاءمة النتائج" },
  onlineTiles: { en: "Online map tiles", ar: "خريطة من الإنترنت" },
  onlineTilesNote: { en: "fetches OpenStreetMap tiles from the internet", ar: "تُجلب صور الخريطة من OpenStreetMap عبر الإنترنت" },
  eventsCount: { en: "events", ar: "حدثاً" },
  of: { en: "of", ar: "من" },
  eventsHeading: { en: "Events", ar: "الأحداث" },
  unplaced: { en: "no coordinates: not on the map", ar: "بلا إحداثيات: ليس على الخريطة" },
  killed: { en: "killed", ar: "قتلى" },
  killedLabel: { en: "Killed", ar: "القتلى" },
  injuredLabel: { en: "Injured", ar: "الجرحى" },
  asWritten: { en: "as the outlet wrote it", ar: "كما كتبتها الوسيلة" },
  reportOne: { en: "report", ar: "تقرير" },
  outletOne: { en: "outlet", ar: "وسيلة" },
  injured: { en: "injured", ar: "جرحى" },
  reports: { en: "reports", ar: "تقارير" },
  outletsShort: { en: "outlets", ar: "وسائل" },
  loading: { en: "Loading events…", ar: "جارٍ تحميل الأحداث…" },
  emptyTitle: { en: "The database has no events yet", ar: "لا أحداث في قاعدة البيانات بعد" },
  emptyHint: { en: "Run `rasd ingest --db FILE ARTICLES…` to add articles, then reload this page.", ar: "شغّل ‎`rasd ingest --db FILE ARTICLES…`‎ لإضافة مقالات، ثم أعد تحميل الصفحة." },
  noMatchTitle: { en: "No event matches these filters", ar: "لا حدث يطابق هذه المعايير" },
  noMatchHint: { en: "Clear a filter or the date range to see more.", ar: "امسح أحد المعايير أو النطاق الزمني لعرض المزيد." },
  errorTitle: { en: "The events could not be loaded", ar: "تعذّر تحميل الأحداث" },
  retry: { en: "Try again", ar: "أعد المحاولة" },
  close: { en: "Close", ar: "إغلاق" },
  who: { en: "Who", ar: "من" },
  what: { en: "What", ar: "ماذا" },
  where: { en: "Where", ar: "أين" },
  when: { en: "When", ar: "متى" },
  versus: { en: "against", ar: "ضد" },
  undated: { en: "undated", ar: "غير مؤرخ" },
  unknownActor: { en: "not named", ar: "غير مسمّى" },
  whyGrade: { en: "Why", ar: "السبب" },
  reportsHeading: { en: "Reports", ar: "التقارير" },
  source: { en: "Credits", ar: "المصدر" },
  attacker: { en: "Attacker as written", ar: "الفاعل كما ورد" },
  target: { en: "Target as written", ar: "المستهدف كما ورد" },
  openArticle: { en: "Open the article", ar: "فتح المقال" },
  copyOf: { en: "copy of", ar: "نسخة من" },
  permalink: { en: "Link to this event", ar: "رابط هذا الحدث" },
  copied: { en: "Link copied", ar: "نُسخ الرابط" },
  comparison: { en: "How each outlet told it", ar: "كيف روت كل وسيلة الحدث" },
  omits: { en: "Leaves out", ar: "يغفل" },
  omitsNothing: { en: "nothing the others state", ar: "لا شيء مما تذكره الوسائل الأخرى" },
  statedBy: { en: "stated by", ar: "تذكره" },
  article: { en: "Article", ar: "المقال" },
  timelineLabel: { en: "Events per day by type — drag to choose days", ar: "الأحداث يومياً حسب النوع — اسحب لاختيار الأيام" },
  clearDates: { en: "All dates", ar: "كل التواريخ" },
  dateRange: { en: "Days", ar: "الأيام" },
  outletsHeading: { en: "Outlets", ar: "الوسائل" },
  outletsIntro: { en: "How each outlet frames the war, read from the words of its stored articles. Choose one to see its events.", ar: "كيف تؤطّر كل وسيلة الحرب، مقروءاً من كلمات مقالاتها المخزنة. اختر وسيلة لعرض أحداثها." },
  articlesCount: { en: "articles", ar: "مقالات" },
  confidence: { en: "confidence", ar: "الثقة" },
  credits: { en: "Credits", ar: "تنسب إلى" },
  mergeHeading: { en: "Why these reports are one event", ar: "لماذا جُمعت هذه التقارير في حدث واحد" },
  mergeSupports: { en: "for", ar: "يدعم" },
  mergeAgainst: { en: "against", ar: "يعارض" },
  mergeProbability: { en: "probability of one event", ar: "احتمال أنهما حدث واحد" },
  mergeAgreement: { en: "fit with the event's other reports", ar: "التوافق مع بقية تقارير الحدث" },
  mergeJoinedByHand: { en: "joined by hand", ar: "ضُمّ يدوياً" },
  mergeSplitByHand: { en: "split off by hand", ar: "فُصل يدوياً" },
} as const satisfies Readonly<Record<string, Label>>;

export type UiKey = keyof typeof UI;

let current: Lang = "ar";

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** A label in the page's language. */
export function t(key: UiKey | Label): string {
  return (typeof key === "string" ? UI[key] : key)[current];
}
