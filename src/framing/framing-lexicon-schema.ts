/**
 * Schema of data/lexicon/framing.json: the words by which an outlet shows which side of the war it
 * stands with. Checked when loaded, so a typo in a camp name fails at start-up instead of silently
 * scoring nothing.
 */
import { z } from "zod";

/** The camps a framing indicator can mark. A reading may also be "unclear" (see CampReading). */
export const CAMPS = ["government", "opposition", "kurdish", "neutral"] as const;
export type Camp = (typeof CAMPS)[number];

const arabic = z.string().min(1);
/** Positive: the term marks the camp. Negative: the camp's own outlets avoid the term (counter-evidence). */
const weight = z.number().min(-3).max(5).refine((w) => w !== 0, "a weight of 0 says nothing; drop the camp");
const campWeights = z.partialRecord(z.enum(CAMPS), weight);

export const FramingLexiconSchema = z.object({
  about: z.string().optional(),
  /** The axes along which outlets differ (naming of government forces, territorial verbs …). */
  dimensions: z.array(z.object({ id: z.string().regex(/^[a-z_]+$/), name_en: z.string(), why: z.string().optional() })).min(1),
  terms: z.array(
    z.object({
      id: z.string().regex(/^[a-z_.]+$/),
      dimension: z.string(),
      /** Camps whose register the term marks, with a weight (1 typical, 3 near-unmistakable). */
      camps: campWeights,
      /** The term is how this camp names itself: scare-quoted, it signals distance from that camp. */
      self_description_of: z.enum(CAMPS).optional(),
      forms: z.array(arabic).min(1),
      /** Longer phrases that contain a form but do not carry its meaning (هيئة تحرير الشام for تحرير). */
      exclude: z.array(arabic).default([]),
    }),
  ),
  /** For each camp: what scare-quoting its self-description signals. */
  scare_quote_signals: z.partialRecord(z.enum(CAMPS), campWeights),
  speech: z.object({
    /** How much an indicator inside reported speech counts against the outlet's own voice. */
    reported_weight: z.number().min(0).max(1),
    /** A quotation of at most this many words around a term is a quoted name, not speech. */
    quoted_name_max_words: z.number().int().positive(),
    /** How much a term set alone in quotation marks counts: quoting a label keeps it at a distance. */
    quoted_name_factor: z.number().min(0).max(1),
    verbs: z.array(arabic).min(1),
    complementizers: z.array(arabic).min(1),
    max_words_to_complementizer: z.number().int().positive(),
    /**
     * Speakers whose indirect speech stays in the outlet's voice: its correspondent (مراسلنا), and "لـ"
     * as in "مصدر ميداني لـ«الوطن»", a source talking to the outlet, whose words it paraphrases.
     */
    own_voice_speakers: z.array(arabic),
  }),
  /** Kinds of sources an outlet may credit (army statements, the Observatory, local sources …). */
  sources: z.array(z.object({ id: z.string().regex(/^[a-z_]+$/), name_en: z.string(), forms: z.array(arabic).min(1) })),
  /** Words that announce a credited source (بحسب، نقلا عن، قال …). */
  attribution_cues: z.array(arabic).min(1),
}).superRefine((lex, ctx) => {
  const dims = new Set(lex.dimensions.map((d) => d.id));
  const ids = new Set<string>();
  lex.terms.forEach((t, i) => {
    if (!dims.has(t.dimension)) ctx.addIssue({ code: "custom", path: ["terms", i, "dimension"], message: `unknown dimension "${t.dimension}"` });
    if (ids.has(t.id)) ctx.addIssue({ code: "custom", path: ["terms", i, "id"], message: `duplicate term id "${t.id}"` });
    ids.add(t.id);
  });
});
export type FramingLexicon = z.infer<typeof FramingLexiconSchema>;
export type FramingTerm = FramingLexicon["terms"][number];
export type CampWeights = Partial<Record<Camp, number>>;
