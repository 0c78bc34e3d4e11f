/** ACLED event types with their English and Arabic names and map colours (one per type). */
export const EVENT_TYPES: readonly { readonly en: string; readonly ar: string; readonly color: string }[] = [
  { en: "Battles", ar: "معارك", color: "#d62728" },
  { en: "Explosions/Remote violence", ar: "انفجارات وعنف عن بُعد", color: "#ff7f0e" },
  { en: "Violence against civilians", ar: "عنف ضد المدنيين", color: "#9467bd" },
  { en: "Protests", ar: "احتجاجات", color: "#2ca02c" },
  { en: "Riots", ar: "أعمال شغب", color: "#8c564b" },
  { en: "Strategic developments", ar: "تطورات استراتيجية", color: "#1f77b4" },
];

export const OTHER_COLOR = "#7f7f7f";

export function typeColor(type: string): string {
  return EVENT_TYPES.find((t) => t.en === type)?.color ?? OTHER_COLOR;
}

export function typeArabic(type: string): string {
  return EVENT_TYPES.find((t) => t.en === type)?.ar ?? "";
}

/** Span kinds of the article view, with their labels. */
export const SPAN_KINDS: Readonly<Record<string, { readonly en: string; readonly ar: string }>> = {
  actor: { en: "actor", ar: "فاعل" },
  place: { en: "place", ar: "مكان" },
  date: { en: "date", ar: "تاريخ" },
  number: { en: "number", ar: "عدد" },
  casualty: { en: "casualties", ar: "ضحايا" },
  trigger: { en: "trigger", ar: "حدث" },
  source: { en: "source", ar: "مصدر" },
  negation: { en: "negation", ar: "نفي" },
};

export const GRADES: readonly { readonly en: string; readonly ar: string }[] = [
  { en: "single source", ar: "مصدر واحد" },
  { en: "corroborated", ar: "مؤكَّد" },
  { en: "contested", ar: "متنازع عليه" },
];

/** What a precision code means, for dates and places (ACLED's 1–3 scale). */
export function precisionLabel(kind: "date" | "place", precision: number | null): string {
  if (precision === null) return kind === "date" ? "undated" : "unknown";
  const names = kind === "date" ? ["exact day", "within a week", "within a month"] : ["exact place", "near the place", "district/region"];
  return `${names[precision - 1] ?? "?"} (${precision})`;
}

/** Framing camps (issue 6) with their labels and badge colours. */
export const CAMP_LABELS: Readonly<Record<string, { readonly en: string; readonly ar: string; readonly color: string }>> = {
  government: { en: "government-aligned", ar: "موالية للحكومة", color: "#b3261e" },
  opposition: { en: "opposition-aligned", ar: "معارضة", color: "#1b7f3b" },
  kurdish: { en: "Kurdish / SDF-aligned", ar: "كردية / قسد", color: "#c77c02" },
  neutral: { en: "neutral / international", ar: "محايدة / دولية", color: "#1f5fa8" },
  unclear: { en: "unclear", ar: "غير واضح", color: "#6b7280" },
};

/** Kinds of credited sources (data/lexicon/framing.json ids) in words. */
export const SOURCE_KIND_LABELS: Readonly<Record<string, string>> = {
  army_statement: "army statements",
  observatory: "Syrian Observatory",
  local_sources: "local sources",
  state_agency: "state agencies",
  own_correspondent: "own correspondent",
  civil_defence: "civil defence",
  opposition_bodies: "opposition bodies",
  kurdish_bodies: "Kurdish bodies",
  wire_agency: "wire agencies",
  russian_sources: "Russian sources",
  turkish_sources: "Turkish sources",
};

/** What a report can leave out that another states, in words. */
export const OMISSION_LABELS: Readonly<Record<string, { readonly en: string; readonly ar: string }>> = {
  attacker: { en: "the attacker", ar: "المهاجم" },
  target: { en: "the target", ar: "المستهدف" },
  civilian_victims: { en: "civilian victims", ar: "ضحايا مدنيون" },
  killed: { en: "the death toll", ar: "عدد القتلى" },
  injured: { en: "the injured", ar: "عدد الجرحى" },
  source: { en: "a credited source", ar: "المصدر" },
};
