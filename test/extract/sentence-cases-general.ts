/**
 * Sentence cases for rules that hold across fronts and outlets: the reference day of an undated
 * article, places written as the guidelines want, places between two villages, strikes from afar,
 * an attack told again. Invented examples in the style of news reports; no real article is quoted.
 */
import type { SentenceCase } from "./sentence-cases.ts";

const P = "2024-05-15";

export const GENERAL_CASES: SentenceCase[] = [
  { id: "gen-reference-day", label: "an undated article dates 'today' from the full date it writes", published: null,
    text: "شنّت طائرات حربية روسية اليوم الأحد 5 أيار 2024 غارات على مدينة كفرنبل.\nوقال ناشطون إن قوات النظام قصفت صباح اليوم بلدة سرمين بقذائف المدفعية.",
    expect: [
      { sub_event_type: "Air/drone strike", actor1: "RUS_MIL", place: "كفرنبل", date: "2024-05-05" },
      { sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", place: "سرمين", date: "2024-05-05" },
    ] },
  { id: "gen-reference-none", label: "an undated article with no year leaves 'today' undated", published: null,
    text: "قصفت قوات النظام صباح اليوم بلدة سرمين بقذائف المدفعية.",
    expect: [{ sub_event_type: "Shelling/artillery/missile attack", place: "سرمين", date: null }] },
  { id: "gen-governorate-word", label: "the word محافظة is not part of the written name", published: P,
    text: "اندلعت اشتباكات بين قوات النظام ومسلحين من تنظيم داعش في محافظة درعا.",
    expect: [{ sub_event_type: "Armed clash", place: "درعا", admin1: "Daraa" }] },
  { id: "gen-badiya", label: "a desert area keeps its head word, even beside a known town", published: P,
    text: "هاجم عناصر من تنظيم داعش رتلاً لقوات النظام في بادية تدمر.",
    expect: [{ sub_event_type: "Armed clash", actor1: "ISIS", actor2: "SYR_GOV", place: "بادية تدمر" }] },
  { id: "gen-between", label: "a strike between two villages is coded at the first", published: P,
    text: "قُتل مدنيان جراء قصف إسرائيلي استهدف سيارة بين بلدتي كفرنبل وحاس.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "ISR_MIL", actor2: "CIVILIANS", place: "كفرنبل", killed: 2 }] },
  { id: "gen-remote-air-force", label: "strikes of a force that strikes from the air are air strikes", published: P,
    text: "استهدفت ضربات إسرائيلية مواقع عسكرية في محيط مدينة مصياف بريف حماة.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "ISR_MIL", place: "مصياف", admin1: "Hama" }] },
  { id: "gen-attack-noun-israeli", label: "an Israeli 'aggression' on a site is an air strike by Israel", published: P,
    text: "قُتل ثلاثة عناصر من قوات النظام جراء عدوان إسرائيلي استهدف مواقع عسكرية في محيط مدينة مصياف بريف حماة.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "ISR_MIL", place: "مصياف", killed: 3 }] },
  { id: "gen-attack-noun-us", label: "a US attack named by a noun is an air strike by the coalition", published: P,
    text: "أدى هجوم أمريكي على مقر لتنظيم داعش في بلدة الشعفة بريف دير الزور إلى مقتل قيادي في التنظيم.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "USA_COAL", actor2: "ISIS", place: "الشعفة" }] },
  { id: "gen-attack-noun-told-first", label: "'the Israeli attacks' told first are air strikes", published: P,
    text: "قالت مصادر محلية إن الهجمات الإسرائيلية على ريف مصياف أسفرت عن مقتل خمسة عسكريين.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "ISR_MIL", killed: 5 }] },
  { id: "gen-attack-noun-ground", label: "an attack by a force on the ground stays a clash", published: P,
    text: "شن مقاتلو تنظيم داعش هجوماً على حاجز لقوات النظام في بادية تدمر.",
    expect: [{ sub_event_type: "Armed clash", actor1: "ISIS", actor2: "SYR_GOV", place: "بادية تدمر" }] },
  { id: "gen-aggression-other", label: "'aggression' by a force that fights on the ground names no event", published: P, expect: [],
    text: "قالت مصادر إن القوات التركية صعدت عدوانها على قرية عين عيسى." },
  { id: "gen-air-defence-repel", label: "air defences repelling an air attack tell the strike, not a clash", published: P,
    text: "قالت وكالة سانا إن الدفاعات الجوية السورية تصدت لعدوان إسرائيلي استهدف مواقع عسكرية في محيط مدينة مصياف.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "ISR_MIL", place: "مصياف" }] },
  { id: "gen-attack-verb-israeli", label: "Israeli 'targeting' with no weapon named is an air strike", published: P,
    text: "استهدف الجيش الإسرائيلي سيارة مدنية قرب بلدة حضر في ريف القنيطرة.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "ISR_MIL" }] },
  { id: "gen-attack-told-again", label: "'the attack' tells the event just reported once more", published: P,
    text: "قصفت قوات النظام بالمدفعية بلدة سرمين شرق إدلب. وأسفر الهجوم عن مقتل مدنيين اثنين.",
    expect: [{ sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", place: "سرمين", killed: 2 }] },

  { id: "gen-carry-same-type", label: "a place of the last sentence carries only to an event of the same type", published: P,
    text: "قصفت قوات النظام بالمدفعية قرية الفطيرة جنوبي إدلب. وفي سياق آخر، اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام.",
    expect: [{ sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", place: "الفطيرة" }] },
  { id: "gen-carry-same-type-kept", label: "a place of the last sentence carries to a second telling of its type", published: P,
    text: "شنت طائرات حربية روسية غارات جوية على بلدة كفرنبل صباح اليوم. وعادت الطائرات الروسية لتشن غارات جديدة بعد الظهر.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "RUS_MIL", place: "كفرنبل" }] },

  { id: "gen-told-again-after-capture", label: "a generic 'targeted' after a capture is fighting, not another capture", published: P,
    text: "سيطرت فصائل المعارضة على قرية الحاكورة في سهل الغاب. واستهدفت الفصائل حاجزاً لقوات النظام في قرية الكركات.",
    expect: [
      { sub_event_type: "Non-state actor overtakes territory", actor1: "OPPOSITION", place: "الحاكورة" },
      { sub_event_type: "Armed clash", actor1: "OPPOSITION", actor2: "SYR_GOV", place: "الكركات" },
    ] },
  { id: "gen-told-again-after-development", label: "a generic 'targeted' after reinforcements keeps its own type", published: P,
    text: "أرسلت قوات النظام تعزيزات عسكرية إلى بلدة سراقب. واستهدفت فصائل المعارضة مواقع قوات النظام في بلدة سرمين.",
    expect: [
      { sub_event_type: "Other", actor1: "SYR_GOV", place: "سراقب" },
      { sub_event_type: "Armed clash", actor1: "OPPOSITION", actor2: "SYR_GOV", place: "سرمين" },
    ] },

  { id: "gen-partial-capture", label: "taking parts of a town is fighting there, not its capture", published: P,
    text: "سيطرت فصائل المعارضة على أجزاء واسعة من بلدة كفرنبودة بريف حماة بعد اشتباكات مع قوات النظام.",
    expect: [{ sub_event_type: "Armed clash", actor1: "OPPOSITION", actor2: "SYR_GOV", place: "كفرنبودة" }] },
  { id: "gen-partial-capture-points", label: "taking positions around a village is fighting there", published: P,
    text: "سيطرت هيئة تحرير الشام على عدة نقاط لقوات النظام في محيط قرية الحاكورة.",
    expect: [{ sub_event_type: "Armed clash", actor1: "HTS", place: "الحاكورة" }] },

  { id: "gen-raid-speaker-side", label: "a strike told by a side's source stays a strike, not that side's raid", published: P,
    text: "قال مصدر في قوات سوريا الديمقراطية إن الغارة التركية استهدفت سيارة في مدينة القامشلي.",
    expect: [{ sub_event_type: "Air/drone strike", place: "القامشلي" }] },
  { id: "gen-raid-by-fighters", label: "a 'raid' that fighters launch is a ground attack", published: P,
    text: "شن مقاتلو فصائل المعارضة غارة على مواقع قوات النظام في قرية الحاكورة.",
    expect: [{ sub_event_type: "Armed clash", actor1: "OPPOSITION", actor2: "SYR_GOV", place: "الحاكورة" }] },

  { id: "gen-car-bomb-mined", label: "a 'mined' car that explodes is a car bomb", published: P,
    text: "قالت مصادر محلية إن سيارة ملغومة انفجرت في سوق مزدحمة بمدينة سرمين اليوم ما أسفر عن مقتل خمسة مدنيين.",
    expect: [{ sub_event_type: "Remote explosive/landmine/IED", place: "سرمين", killed: 5 }] },

  { id: "gen-headline-toll", label: "the headline's toll counts for the event the report tells", published: P,
    text: "مقتل ثلاثة مدنيين بقصف على سرمين\nقصفت قوات النظام بالمدفعية بلدة سرمين شرق إدلب صباح اليوم.",
    expect: [{ sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", place: "سرمين", killed: 3 }] },
  { id: "gen-later-toll", label: "a later sentence that updates the toll fills the count", published: P,
    text: "قصفت قوات النظام بالمدفعية بلدة سرمين شرق إدلب صباح اليوم. وارتفعت حصيلة القتلى إلى خمسة مدنيين.",
    expect: [{ sub_event_type: "Shelling/artillery/missile attack", place: "سرمين", killed: 5 }] },

  { id: "gen-bg-pluperfect", label: "what had happened before ('وكانت … قد') is background", published: P, expect: [],
    text: "وكانت قوات النظام قد قصفت بلدة سرمين بالمدفعية حينها." },
  { id: "gen-bg-pluperfect-today", label: "a pluperfect with a day of the news cycle is news", published: P,
    text: "وكانت قوات النظام قد قصفت صباح اليوم بلدة سرمين بالمدفعية.",
    expect: [{ sub_event_type: "Shelling/artillery/missile attack", place: "سرمين", date: P }] },
  { id: "gen-bg-past-month", label: "a month named as past dates background", published: P, expect: [],
    text: "قصفت قوات النظام في آذار الماضي بلدة سرمين بالمدفعية." },
  { id: "gen-bg-last-month", label: "last month is background", published: P, expect: [],
    text: "قصفت قوات النظام الشهر الماضي بلدة سرمين بالمدفعية." },
  { id: "gen-bg-last-year", label: "last year is background", published: P, expect: [],
    text: "قصفت قوات النظام بلدة سرمين بالمدفعية العام الماضي." },

  { id: "gen-bg-over-years", label: "strikes tallied over the past years are background", published: P, expect: [],
    text: "وعلى مدى السنوات الماضية، شنت الطائرات الإسرائيلية مئات الغارات على مواقع في محيط مدينة مصياف." },

  { id: "gen-undated-days-apart", label: "with no publication day, today and yesterday stay two events", published: null,
    text: "قصفت قوات النظام أمس بلدة سرمين بالمدفعية. وقصفت قوات النظام اليوم بلدة سرمين بالمدفعية مجدداً.",
    expect: [
      { sub_event_type: "Shelling/artillery/missile attack", place: "سرمين", date: null },
      { sub_event_type: "Shelling/artillery/missile attack", place: "سرمين", date: null },
    ] },
  { id: "gen-air-beside-shelling", label: "an air strike and a shelling of one village on one day are two events", published: P,
    text: "شنت طائرات حربية روسية غارات جوية على بلدة سرمين، فيما قصفت قوات النظام البلدة ذاتها بالمدفعية الثقيلة صباح اليوم.",
    expect: [
      { sub_event_type: "Air/drone strike", actor1: "RUS_MIL", place: "سرمين" },
      { sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", place: "سرمين" },
    ] },

  { id: "gen-clause-tolls", label: "two events of one sentence count the figures of their own clause", published: P,
    text: "قصفت الطائرات الحربية الروسية مدينة سرمين ما أدى لمقتل امرأة، كما شنت غارات على مدينة كفرنبل ما أسفر عن مقتل ثلاثة مدنيين.",
    expect: [
      { sub_event_type: "Air/drone strike", actor1: "RUS_MIL", place: "سرمين", killed: 1 },
      { sub_event_type: "Air/drone strike", actor1: "RUS_MIL", place: "كفرنبل", killed: 3 },
    ] },
  { id: "gen-generic-verb-typed", label: "a generic 'targeted' is typed by the aircraft that did it", published: P,
    text: "استهدفت الطائرات الحربية الروسية بالصواريخ بلدة سرمين صباح اليوم.",
    expect: [{ sub_event_type: "Air/drone strike", actor1: "RUS_MIL", place: "سرمين" }] },

  { id: "gen-list-kull-min", label: "unknown villages listed after 'كل من' with no head word", published: P,
    text: "قصفت قوات النظام بالمدفعية الثقيلة كل من كفر الريحان ودير السنديان صباح اليوم.",
    expect: [
      { sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", place: "كفر الريحان" },
      { sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", place: "دير السنديان" },
    ] },
  { id: "gen-head-word-as-name", label: "a definite head word right after a head is a village's name", published: P,
    text: "انسحبت قوات النظام من قريتي المزرعة وكفر الريحان صباح اليوم.",
    expect: [
      { sub_event_type: "Non-violent transfer of territory", actor1: "SYR_GOV", place: "المزرعة" },
      { sub_event_type: "Non-violent transfer of territory", actor1: "SYR_GOV", place: "كفر الريحان" },
    ] },

  { id: "gen-patrol-route", label: "a patrol from one village to another is coded at its start", published: P,
    text: "سيّرت القوات التركية والروسية دورية مشتركة انطلاقاً من قرية كفر الريحان وصولاً إلى قرية دير السنديان.",
    expect: [{ sub_event_type: "Other", actor1: "TUR_MIL", place: "كفر الريحان" }] },

  { id: "gen-name-abu", label: "a village name whose second part opens with أبو is not cut", published: P,
    text: "قصفت قوات النظام بالمدفعية قرية جب أبو علي صباح اليوم.",
    expect: [{ sub_event_type: "Shelling/artillery/missile attack", place: "جب أبو علي" }] },

  { id: "gen-weekday-not-place", label: "a weekday that a gazetteer also lists as a village is the day", published: P,
    text: "شنت طائرات التحالف العربي الخميس غارات جوية على مدينة صعدة شمالي اليمن.",
    expect: [{ sub_event_type: "Air/drone strike", place: "صعدة", admin1: "Saada", date: "2024-05-09" }] },

  { id: "gen-common-word-not-village", label: "a common noun after 'near' is no village's name", published: P,
    text: "اندلعت اشتباكات بين قوات النظام ومسلحين في محيط السجن المركزي بمدينة إدلب صباح اليوم.",
    expect: [{ sub_event_type: "Armed clash", place: "إدلب" }] },

  { id: "gen-claimed-attack", label: "a bombing by no one named is the group that claimed it", published: P,
    text: "انفجرت سيارة مفخخة صباح اليوم في مدينة الباب شرقي حلب ما أدى لمقتل ثلاثة مدنيين.\nوأعلن تنظيم داعش في بيان مسؤوليته عن التفجير.",
    expect: [{ sub_event_type: "Remote explosive/landmine/IED", actor1: "ISIS", actor2: "CIVILIANS", place: "الباب", killed: 3 }] },
  { id: "gen-unclaimed-attack", label: "with no claim, the bombing stays unidentified", published: P,
    text: "انفجرت سيارة مفخخة صباح اليوم في مدينة الباب شرقي حلب ما أدى لمقتل ثلاثة مدنيين.",
    expect: [{ sub_event_type: "Remote explosive/landmine/IED", actor1: "UNKNOWN", place: "الباب", killed: 3 }] },

  { id: "gen-unlisted-group", label: "an armed group the catalogue does not list is written as in the text", published: P,
    text: "هاجم مقاتلو العشائر العربية مواقع لقوات سوريا الديمقراطية في بلدة ذيبان بريف دير الزور الشرقي صباح اليوم.",
    expect: [{ sub_event_type: "Armed clash", actor1: "OTHER:مقاتلو العشائر العربية", actor2: "SDF", place: "ذيبان" }] },
  { id: "gen-unlisted-group-partitive", label: "a group named after a partitive (مجموعات من …)", published: P,
    text: "اندلعت اشتباكات بين مجموعات من عشائر البدو وقوات النظام في بلدة المزرعة بريف السويداء الغربي.",
    expect: [{ sub_event_type: "Armed clash", actor1: "OTHER:عشائر البدو", actor2: "SYR_GOV" }] },

  { id: "gen-shelling-beside-battle", label: "a shelling told beside a battle at the same place is an event of its own", published: P,
    text: "دارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في بلدة كفرنبل صباح اليوم، وقصفت قوات النظام البلدة بالمدفعية الثقيلة.",
    expect: [
      { sub_event_type: "Armed clash", actor1: "SYR_GOV", place: "كفرنبل" },
      { sub_event_type: "Shelling/artillery/missile attack", actor1: "SYR_GOV", place: "كفرنبل" },
    ] },
];
