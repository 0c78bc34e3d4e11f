import { distanceKm } from "../places/distance-km.ts";
import { lightStems } from "../text/light-stem.ts";
import { withoutArticle } from "../text/word-forms.ts";
import { normalizeKey } from "../text/normalize.ts";
import { wordJaccard, yearsApart, type ArticleContext } from "./article-context.ts";
import { addDays } from "./date-window.ts";
import type { PairFeature } from "../model/pair-feature.ts";
import type { ReportRecord } from "../model/report-record.ts";

/** A report as the pairwise merge decision sees it: the coded report and what is known of its article. */
export interface PairSide extends ArticleContext {
  readonly report: ReportRecord;
  /** The article's publication day, or null. */
  readonly published: string | null;
  readonly outlet_id: string | null;
  /** The article this one is a near-identical copy of (its syndication root), or null. */
  readonly syndicated_of: string | null;
  /** Place keys of every report of the article: stories told twice share more than one place. */
  readonly places: ReadonlySet<string>;
}

/** Points closer than this are one place (two spellings, two gazetteer entries for one village). */
export const SAME_PLACE_KM = 5;
/** Neighbouring villages: outlets sometimes name the next village for one strike. */
export const NEAR_PLACE_KM = 25;

/**
 * How the places of two reports relate, from the strongest tie to none. `contains`: one report names
 * an area (a district, a front, a governorate: precision 2–3) and the other a place inside it (same
 * governorate, and the same district when both name one).
 */
export type PlaceRelation = "same" | "near" | "close" | "contains" | "none";

export function placeRelation(a: ReportRecord, b: ReportRecord): PlaceRelation {
  if (a.gazetteer_id !== null && a.gazetteer_id === b.gazetteer_id) return "same";
  if (a.place_key !== "" && a.place_key === b.place_key && (a.gazetteer_id === null || b.gazetteer_id === null)) return "same";
  if (a.geo_precision === 1 && b.geo_precision === 1 && a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    const km = distanceKm(a.lat, a.lon, b.lat, b.lon);
    if (km <= SAME_PLACE_KM) return "near";
    if (km <= NEAR_PLACE_KM) return "close";
    return "none";
  }
  if (a.geo_precision !== b.geo_precision && a.admin1 !== null && a.admin1 === b.admin1) {
    if (a.admin2 !== null && b.admin2 !== null && a.admin2 !== b.admin2) return "none";
    return "contains";
  }
  if (a.geo_precision >= 2 && b.geo_precision >= 2 && a.admin1 !== null && a.admin1 === b.admin1) return "contains";
  return "none";
}

/**
 * The place evidence of a pair, with a place inside an area told by how large the area is. A village
 * beside the front area around it ("سرمين" and "ريف إدلب الشرقي") is the weekly pattern of a front:
 * roundups name the area, single reports the village, and most such pairs are two shellings. A
 * village beside its whole governorate is more often one large event that a distant outlet places
 * only by province ("تفجير في السويداء"). Two areas of one governorate, neither inside the other as
 * far as the reports tell, are mostly two events (on the train story pairs 0 of 18 were one).
 *
 *   سرمين (1) and ريف إدلب (2) → place:inside-area;  تيما (1) and السويداء (3) → place:inside-region
 */
export function placeFeature(a: ReportRecord, b: ReportRecord): PairFeature {
  const relation = placeRelation(a, b);
  if (relation !== "contains") return `place:${relation}`;
  const [finer, wider] = [Math.min(a.geo_precision, b.geo_precision), Math.max(a.geo_precision, b.geo_precision)];
  if (finer >= 2) return "place:areas";
  return wider >= 3 ? "place:inside-region" : "place:inside-area";
}

/**
 * Day distance of two reports: 0 when their date windows overlap, else the days between them;
 * null when either is undated.
 */
export function dayGap(a: ReportRecord, b: ReportRecord): number | null {
  if (a.date_lo === null || a.date_hi === null || b.date_lo === null || b.date_hi === null) return null;
  if (a.date_lo <= b.date_hi && b.date_lo <= a.date_hi) return 0;
  const [early, late] = a.date_hi < b.date_lo ? [a.date_hi, b.date_lo] : [b.date_hi, a.date_lo];
  let n = 0;
  for (let d = early; d < late && n < 9; d = addDays(d, 1)) n++;
  return n;
}

/**
 * Could the two reports be one event at all? Two reports of one article never are (the extractor
 * split them), nor reports of different ACLED event types, nor places with no tie or two villages
 * more than SAME_PLACE_KM apart, nor dated reports more than a day apart. Everything that passes is weighed by the merge model.
 */
export function pairEligible(a: ReportRecord, b: ReportRecord): boolean {
  if (a.article_id === b.article_id || a.event_type !== b.event_type) return false;
  const gap = dayGap(a, b);
  if (gap !== null && gap > 1) return false;
  // Two villages, each named precisely, kilometres apart are two places: ACLED codes one event per
  // type, place and day, so a shelling of one village and of the next on one day are two events.
  const place = placeRelation(a, b);
  return place !== "none" && place !== "close";
}

/** Two articles sharing fewer of their words than this tell different news (see articlesApart). */
export const MIN_TEXT_OVERLAP = 0.05;

/**
 * Are the two reports' articles plainly about different news, whatever their events look like? Two
 * tellings of one strike share its particulars all through the text — names, numbers, the weapon,
 * the aftermath — so their word sets overlap (Jaccard) well above MIN_TEXT_OVERLAP even when one is
 * a long roundup; two shellings of one village a week apart share little beyond the village and the
 * verbs. And articles that each name years, none in common, are years apart ("… في 3 آذار 2019"
 * beside "… منذ 2024"). On the train story pairs neither rule parted a pair of one story.
 */
export function articlesApart(x: PairSide, y: PairSide): boolean {
  if (x.report.article_id === y.report.article_id) return false;
  return yearsApart(x.years, y.years) || wordJaccard(x.words, y.words) < MIN_TEXT_OVERLAP;
}

/**
 * The named evidence for "these two reports tell one event", each a binary feature the fitted model
 * weighs (data/merge/merge-model.json). Names read as reasons: `place:same`, `toll:killed-equal`.
 * Only evidence is named, never its absence: an unknown actor, an unknown toll or an unknown
 * publication day says nothing about the pair (such features fitted to this corpus's chance mix and
 * did worse under cross-validation). One exception, `day:undated-uncorroborated`: a pair with no day
 * to compare and nothing of UNDATED_CORROBORATION either, so only the kind of event, the place and
 * perhaps the actors tie it — what two shellings of one front-line village a week apart also share.
 *
 *   same day, same village, same killed figure → day:same, type:same-sub, place:same, toll:killed-equal
 *   undated, village and the area around it  → day:undated-both, type:same-sub, place:inside-area, day:undated-uncorroborated
 *   undated, same village, same killed figure → day:undated-both, type:same-sub, place:same, toll:killed-equal
 */
export function pairFeatures(x: PairSide, y: PairSide): PairFeature[] {
  const a = x.report;
  const b = y.report;
  const f: PairFeature[] = [];
  const gap = dayGap(a, b);
  if (gap === null) f.push(a.date_lo === null && b.date_lo === null ? "day:undated-both" : "day:undated-one");
  else f.push(gap === 0 ? "day:same" : "day:next");
  if (gap === 0 && a.date_precision === 1 && b.date_precision === 1) f.push("day:both-exact");
  const pub = publishedGap(x.published, y.published);
  if (pub !== null) f.push(pub <= 1 ? "published:close" : pub > 3 ? "published:far" : "published:within-3");
  f.push(a.sub_event_type === b.sub_event_type ? "type:same-sub" : "type:other-sub");
  f.push(placeFeature(a, b));
  const left = knownActors(a);
  const right = knownActors(b);
  if (left.length > 0 && right.length > 0) f.push(left.some((k) => right.some((m) => sameActor(k, m))) ? "actors:shared" : "actors:disjoint");
  if (identifies(a.actor1) && identifies(b.actor1) && sameActor(a.actor1, b.actor1)) f.push("actors:same-actor1");
  // Who attacked and who was attacked: a named force in a role the other report gives to another
  // named force ("قصفت قوات النظام …" beside "قصفت المعارضة …", or the army's posts beside the
  // opposition's) tells another event, even when the two share an actor in some other role.
  if (otherInRole(a.actor1, b.actor1) || otherInRole(a.actor2, b.actor2)) f.push("actors:other-in-role");
  for (const field of ["killed", "injured"] as const) {
    const p = a[field];
    const q = b[field];
    if (p === null || q === null || (p === 0 && q === 0)) continue;
    if (p === q) f.push(`toll:${field}-equal`);
    else if (field === "killed" && p >= HEAVY_TOLL && q >= HEAVY_TOLL) f.push("toll:both-heavy");
    else if (field === "killed" && (p >= HEAVY_TOLL || q >= HEAVY_TOLL)) f.push("toll:one-heavy");
    else if (Math.abs(p - q) <= Math.max(2, 0.5 * Math.min(p, q))) f.push("toll:close");
    else f.push("toll:differ");
  }
  const words = shingleJaccard(a.evidence_text, b.evidence_text);
  if (words >= 0.3) f.push("wording:close");
  else if (words >= 0.1) f.push("wording:some");
  if (x.syndicated_of !== null || y.syndicated_of !== null) {
    if ((x.syndicated_of ?? a.article_id) === (y.syndicated_of ?? b.article_id)) f.push("article:syndicated");
  }
  if (x.outlet_id !== null && x.outlet_id === y.outlet_id) f.push("article:same-outlet");
  const lead = wordJaccard(x.lead, y.lead);
  if (lead >= 0.15) f.push("lead:close");
  else if (lead >= 0.1) f.push("lead:near");
  else if (lead < 0.07) f.push("lead:apart");
  if (otherPlacesMostlyShared(x, y)) f.push("article:other-places-shared");
  const sourceA = creditedSource(a, x.outlet_id);
  if (sourceA !== null && sourceA === creditedSource(b, y.outlet_id)) f.push("source:same");
  if (gap === null && !f.some((k) => UNDATED_CORROBORATION.has(k))) f.push("day:undated-uncorroborated");
  return f;
}

/**
 * A death toll from which an event is a massacre. Such events are few at any one place, and their
 * tolls rise as the hours pass: one outlet's "17 قتيلاً" and a later "38 قتيلاً" at one town are
 * most likely one bombing (toll:both-heavy), while 20 dead beside 2 dead are two events
 * (toll:one-heavy). On the train report pairs: both heavy 18 of 29 one story, one heavy 3 of 27.
 */
export const HEAVY_TOLL = 10;

/**
 * What corroborates a pair that has no day to compare: a particular of the event told alike (an
 * equal figure, two massacre tolls, shared wording), articles telling the same news (openings sharing words, most other
 * places shared, copies of one text, publication days within one), or the same credited source.
 * Two undated reports of a shelling of one village with none of these are as likely two shellings
 * of it as one: "قصف مدفعي على سرمين" in one article and "قذائف على منازل سرمين" in another,
 * neither dated, are more often two days of one front than one event (train, undated article pairs
 * the articles-apart veto lets through: 9 of the 74 with none of these are of one story, 28 of the
 * 76 with one). A feature, not a rule: the model weighs it against place, actors and figures.
 */
export const UNDATED_CORROBORATION: ReadonlySet<PairFeature> = new Set<PairFeature>([
  "toll:killed-equal",
  "toll:injured-equal",
  "toll:both-heavy",
  "wording:close",
  "wording:some",
  "lead:close",
  "lead:near",
  "article:other-places-shared",
  "article:syndicated",
  "published:close",
  "source:same",
]);

/**
 * Do the two articles report events at mostly the same other places? Two tellings of one strike on
 * several villages name the same villages: at least half of the places the shorter list names beside
 * the pair's own are in the other list. Two roundups of a front on different days also share a
 * village or two, out of many ("shelling on A, B, C, D" beside "shelling on D, E, F"), and on a
 * single front they nearly always do, so one shared place out of many says nothing.
 */
export function otherPlacesMostlyShared(x: PairSide, y: PairSide): boolean {
  const own = [x.report.place_key, y.report.place_key];
  let left = 0;
  let right = 0;
  let shared = 0;
  for (const key of x.places) {
    if (own.includes(key)) continue;
    left++;
    if (y.places.has(key)) shared++;
  }
  for (const key of y.places) if (!own.includes(key)) right++;
  return shared > 0 && 2 * shared >= Math.min(left, right);
}

function knownActors(r: ReportRecord): string[] {
  return [r.actor1, r.actor2].filter(identifies);
}

/**
 * Actor keys that name no one in particular: an unknown attacker, or civilians as the victims. Two
 * shellings of one village "killing civilians" share that actor and are no more one event for it.
 */
const ANONYMOUS_ACTORS: ReadonlySet<string> = new Set(["UNKNOWN", "CIVILIANS"]);

/** Both name someone in this role, and not the same one. */
function otherInRole(p: string | null, q: string | null): boolean {
  return identifies(p) && identifies(q) && !sameActor(p, q);
}

/** Actors outside the catalogue are written OTHER:<the article's name for them>. */
const OTHER_PREFIX = "OTHER:";

/**
 * One actor under two keys? Catalogue keys are equal or not. Actors outside the catalogue are written
 * as each article names them, and two outlets name one group apart: "OTHER:مقاتلي العشائر" and
 * "OTHER:أبناء العشائر العربية", "OTHER:الحوثيين" and "OTHER:ميليشيا الحوثي". Two such names are one
 * actor when they share a word that names the group — not the head noun of a longer name ("قوات",
 * "مقاتلي", "عناصر" open many names), compared without the article and a plural ending.
 *
 *   sameActor("OTHER:قوات الدعم السريع", "OTHER:قوات الجيش السوداني") → false (only the head "قوات")
 */
export function sameActor(p: string, q: string): boolean {
  if (p === q) return true;
  if (!p.startsWith(OTHER_PREFIX) || !q.startsWith(OTHER_PREFIX)) return false;
  const left = nameKeys(p.slice(OTHER_PREFIX.length));
  for (const k of nameKeys(q.slice(OTHER_PREFIX.length))) if (left.has(k)) return true;
  return false;
}

/** The words of a group's name that tell it apart (all but the head of a longer name), each bare and stemmed. */
function nameKeys(name: string): Set<string> {
  const words = normalizeKey(name).split(" ").filter((w) => w !== "");
  const keys = new Set<string>();
  for (const word of words.length > 1 ? words.slice(1) : words) {
    const bare = withoutArticle(word) ?? word;
    if (bare.length >= MIN_NAME_KEY) keys.add(bare);
    for (const s of lightStems(bare)) if (s.tag === "m" && s.stem.length >= MIN_NAME_KEY) keys.add(s.stem);
  }
  return keys;
}

/** Shorter keys ("عرب") meet by chance. */
const MIN_NAME_KEY = 4;

function identifies(k: string | null): k is string {
  return k !== null && !ANONYMOUS_ACTORS.has(k);
}

/** The credited source when it is someone other than the outlet itself, normalised. */
function creditedSource(r: ReportRecord, outlet: string | null): string | null {
  if (r.source === null || r.source === outlet) return null;
  const key = normalizeKey(r.source);
  return key === "" ? null : key;
}

function publishedGap(p: string | null, q: string | null): number | null {
  if (p === null || q === null) return null;
  return Math.abs(Date.parse(`${p}T00:00:00Z`) - Date.parse(`${q}T00:00:00Z`)) / 86_400_000;
}

/**
 * Jaccard similarity of the word-pair shingles of two event sentences: two outlets retelling one
 * wire share phrases ("قصف مدفعي على", "وإصابة ثلاثة آخرين") that two weekly shellings rarely do.
 */
export function shingleJaccard(s: string, t: string): number {
  const left = shingles(s);
  const right = shingles(t);
  if (left.size === 0 || right.size === 0) return 0;
  let both = 0;
  for (const x of left) if (right.has(x)) both++;
  return both / (left.size + right.size - both);
}

function shingles(s: string): Set<string> {
  const words = normalizeKey(s).split(" ").filter((w) => w.length > 1);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

