/**
 * Every piece of evidence the merge decision can name for two reports (src/merge/pair-features.ts):
 * the merge model weighs some of them, stored links keep them as reasons, the page words each.
 */
export const PAIR_FEATURES = [
  "day:same",
  "day:next",
  "day:both-exact",
  "day:undated-one",
  "day:undated-both",
  "day:undated-uncorroborated",
  "published:close",
  "published:within-3",
  "published:far",
  "type:same-sub",
  "type:other-sub",
  "place:same",
  "place:near",
  "place:close",
  "place:inside-area",
  "place:inside-region",
  "place:areas",
  "place:none",
  "actors:shared",
  "actors:disjoint",
  "actors:same-actor1",
  "actors:other-in-role",
  "toll:killed-equal",
  "toll:injured-equal",
  "toll:close",
  "toll:differ",
  "wording:close",
  "wording:some",
  "article:syndicated",
  "article:same-outlet",
  "lead:close",
  "lead:near",
  "lead:apart",
  "article:other-places-shared",
  "source:same",
] as const;

export type PairFeature = (typeof PAIR_FEATURES)[number];
