/**
 * Training examples for the learned decisions, read from a gold set of ../shared: the article is
 * run through the rules' first stages (prepare, annotate, places) and each candidate is labelled by
 * the gold events whose evidence overlaps its sentence.
 */
import { readFileSync } from "node:fs";
import { annotateSentence } from "../../src/extract/annotate/annotate-sentence.ts";
import { compileLexicons } from "../../src/extract/prepare/compiled-lexicons.ts";
import { findPlaces } from "../../src/extract/read/find-places.ts";
import { prepareDocument } from "../../src/extract/prepare/prepare-document.ts";
import { placeMatch } from "../../src/eval/place-match.ts";
import { placeFeatures } from "../../src/learn/place-features.ts";
import type { Example } from "../../src/learn/train-logistic.ts";
import { triggerFeatures } from "../../src/learn/trigger-features.ts";
import type { TriggerEntry } from "../../src/lexicon/trigger-schema.ts";
import type { Article } from "../../src/model/article.ts";
import { eventTypeOf, type SubEventType } from "../../src/model/conflict-event.ts";
import { createGeocoder } from "../../src/places/create-geocoder.ts";
import type { Resources } from "../../src/resources/resources.ts";
import { normalize, originalSpan } from "../../src/text/normalize.ts";

export interface GoldEvent {
  readonly event_type: string;
  readonly sub_event_type: string;
  readonly location?: { readonly name_ar?: string | null } | null;
  readonly evidence?: string | null;
  readonly date?: string | null;
}
export interface GoldArticle {
  readonly id: string;
  readonly events?: readonly GoldEvent[];
}

export interface ArticleExamples {
  readonly article: Article;
  readonly eventness: Example[];
  /** Trigger candidates with a gold event: the gold sub-event types (several when one clause codes two). */
  readonly subType: Array<{ readonly features: readonly string[]; readonly labels: readonly string[]; readonly rule: string }>;
  readonly placeRole: Array<Example & { readonly ruleTarget: boolean }>;
  readonly evidenceFound: number;
  readonly evidenceMissing: number;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Examples of every article of a set (`dir` holds articles.jsonl and gold.jsonl). */
export function goldExamples(dir: string, resources: Resources): ArticleExamples[] {
  return examplesOf(readJsonl<Article>(`${dir}/articles.jsonl`), new Map(readJsonl<GoldArticle>(`${dir}/gold.jsonl`).map((g) => [g.id, g])), resources);
}

/** Examples of the given articles against their gold (an article without gold has no events). */
export function examplesOf(articles: readonly Article[], gold: ReadonlyMap<string, GoldArticle>, resources: Resources): ArticleExamples[] {
  const { lexicons, gazetteer, placeNames } = resources;
  const lex = compileLexicons(lexicons, gazetteer, placeNames.notPlaceNames, placeNames.countryside, placeNames.aliasQualifiers);
  const geocode = createGeocoder(gazetteer);
  return articles.map((article) => {
    const events = gold.get(article.id)?.events ?? [];
    const spans = events.map((e) => evidenceSpan(article.text, e.evidence ?? ""));
    const doc = prepareDocument(article, lex);
    const out: ArticleExamples = { article, eventness: [], subType: [], placeRole: [], evidenceFound: spans.filter(Boolean).length, evidenceMissing: spans.filter((x) => !x).length };
    const admin1Counts = new Map<string, number>();
    for (const sentence of doc.sentences) {
      const s = annotateSentence(sentence, lex);
      const hint = [...admin1Counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      const places = findPlaces(s, { geocode, rules: placeNames, text: doc.norm.text, admin1Hint: hint });
      for (const p of places) if (p.admin1) admin1Counts.set(p.admin1, (admin1Counts.get(p.admin1) ?? 0) + 1);
      const o = originalSpan(doc.norm, sentence.start, sentence.end);
      const here = events.filter((_, i) => spans[i] && spans[i]!.start < o.end && o.start < spans[i]!.end);
      // A gold event told again in this sentence (its place named here) counts too: the gold's evidence
      // is its shortest telling, but a retelling that the extractor merges with it is no error.
      const told = events.filter((e) => !here.includes(e) && places.some((p) => placeMatch(p.key, e.location?.name_ar)));
      const triggerFamilies: Array<ReadonlySet<string> | "any"> = [];
      for (const a of s.annotations) {
        if (a.value.kind !== "trigger" || a.value.entry.ignore) continue;
        const families = reachableFamilies(a.value.entry);
        triggerFamilies.push(families);
        const fits = (e: GoldEvent): boolean => families === "any" || families.has(e.event_type);
        const fitting = here.filter(fits);
        const retold = told.filter(fits);
        const features = triggerFeatures(doc, s, a);
        out.eventness.push({ features, label: fitting.length > 0 || retold.length > 0 });
        if (fitting.length) out.subType.push({ features, labels: [...new Set(fitting.map((e) => e.sub_event_type))].sort(), rule: a.value.entry.sub_event_type });
      }
      for (const p of places) {
        if (p.rule === "place:none") continue;
        const label = here.some((e) => placeMatch(p.key, e.location?.name_ar)) ||
          told.some((e) => placeMatch(p.key, e.location?.name_ar) && triggerFamilies.some((f) => f === "any" || f.has(e.event_type)));
        out.placeRole.push({ features: placeFeatures(doc, s, p), label, ruleTarget: p.role === "target" });
      }
    }
    return out;
  });
}

/** Original offsets of a gold evidence string: exact, else after normalisation, else its first words. */
function evidenceSpan(text: string, evidence: string): { start: number; end: number } | null {
  if (!evidence) return null;
  const i = text.indexOf(evidence);
  if (i >= 0) return { start: i, end: i + evidence.length };
  const norm = normalize(text);
  const e = normalize(evidence).text.trim();
  for (const probe of [e, e.slice(0, 40)]) {
    const j = probe.length >= 10 ? norm.text.indexOf(probe) : -1;
    if (j >= 0) return originalSpan(norm, j, Math.min(norm.text.length, j + e.length));
  }
  return null;
}

/** Event types a trigger can end up coding once cues and actors have refined it. */
function reachableFamilies(e: TriggerEntry): ReadonlySet<string> | "any" {
  if (e.casualty || e.inherits || e.weak) return "any";
  const subs = [e.sub_event_type, e.with_air, e.with_artillery, e.with_explosive].filter((x): x is string => !!x) as SubEventType[];
  const families = new Set<string>(subs.map((x) => eventTypeOf(x)));
  // Attacks on armed sides are clashes and clashes on civilians attacks; protests turn riots.
  if (families.has("Battles") || families.has("Violence against civilians")) families.add("Battles").add("Violence against civilians");
  if (families.has("Protests") || families.has("Riots")) families.add("Protests").add("Riots");
  if (e.territory) families.add("Battles");
  return families;
}
