/** Framing: how each outlet tells the same war (indicators, article readings, outlet profiles, event comparisons). */
export { CAMPS, FramingLexiconSchema, type Camp, type CampWeights, type FramingLexicon, type FramingTerm } from "./framing-lexicon-schema.ts";
export { loadFramingLexicon, parseFramingLexicon, DEFAULT_FRAMING_LEXICON } from "./load-framing-lexicon.ts";
export type { CampReading, CampScores } from "./camp-reading.ts";
export type { FramingIndicator, Voice } from "./framing-indicator.ts";
export type { CreditedSource } from "./find-credited-sources.ts";
export { readArticleFraming, type ArticleFraming } from "./read-article-framing.ts";
export { profileOutlets, type OutletProfile, type PreferredTerm, type SourceShare } from "./profile-outlets.ts";
export { compareReports, type ReportClaim, type EventComparison, type ActorNaming, type Omission } from "./compare-reports.ts";
