/**
 * Schema of data/lexicon/triggers.json: words that announce an event, mapped to ACLED sub-event
 * types, and the context words that refine or cancel them.
 */
import { z } from "zod";
import { EVENT_TYPES } from "../model/conflict-event.ts";

const SUB_EVENT_TYPES = Object.values(EVENT_TYPES).flat() as [string, ...string[]];
const arabic = z.string().min(1);

export const TriggerEntrySchema = z.object({
  /** Stable id, shown in provenance ("trig:shelling-verb"). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  sub_event_type: z.enum(SUB_EVENT_TYPES),
  /** Surface forms (inflections), normalised at load. Multi-word forms allowed. */
  forms: z.array(arabic).min(1),
  pos: z.enum(["verb", "noun"]),
  /** passive: the grammatical subject is the victim (قُتل، استُهدف، تعرض لـ). */
  voice: z.enum(["active", "passive"]).default("active"),
  /** Sub-event type to use when an air cue (طائرات، غارات، الطيران) is in the clause. */
  with_air: z.enum(SUB_EVENT_TYPES).optional(),
  /**
   * Sub-event type when the verb's subject, right after it, is aircraft ("هاجمت طائرة مسيرة موقعاً"):
   * the aircraft attacked, unlike a clash with air support around it ("اشتبكت الفصائل … بمساندة الطيران").
   */
  air_subject: z.enum(SUB_EVENT_TYPES).optional(),
  /** Sub-event type to use when an explosive cue (عبوة، لغم، مفخخة) is in the clause. */
  with_explosive: z.enum(SUB_EVENT_TYPES).optional(),
  /** Sub-event type to use when an artillery cue (قذائف، صواريخ، مدفعية) is in the clause. */
  with_artillery: z.enum(SUB_EVENT_TYPES).optional(),
  /**
   * Sub-event type of an attack named by a noun ("هجوم إسرائيلي", "عدوان أمريكي") when its actor1 is a
   * force the theatre lists as fighting from the air (theatre `attack_noun_air_forces`).
   */
  by_air_force: z.enum(SUB_EVENT_TYPES).optional(),
  /** The noun tells an event only by such a force ("عدوان", "اعتداء"): by anyone else it codes nothing. */
  air_force_only: z.boolean().default(false),
  /** Weak triggers only make an event with a place or actor of their own in the clause. */
  weak: z.boolean().default(false),
  /** Casualty-only triggers (مقتل، قتل): the event type comes from another trigger if one is present. */
  casualty: z.boolean().default(false),
  /** Territorial triggers: Government regains territory when actor1 is a state force, else Non-state actor overtakes territory. */
  territory: z.boolean().default(false),
  /** This trigger gives way when a trigger of one of these sub-event types is in the same sentence ("داهمت … واعتقلت" is an arrest, not a clash). */
  yields_to: z.array(z.enum(SUB_EVENT_TYPES)).default([]),
  /** A generic verb (استهدف) with no cue of its own takes the sub-event type of the article's last event. */
  inherits: z.boolean().default(false),
  /** A movement along a route (a patrol from X to Y): coded once, at the first place it names (its start). */
  route: z.boolean().default(false),
  /** The trigger names a person as its victim (اغتيال، إعدام): with no victim named, civilians (GUIDELINES). */
  victim_implied: z.boolean().default(false),
  /** Phrases that contain a trigger word but name no event ("خطوط الاشتباك": the front lines). */
  ignore: z.boolean().default(false),
  /**
   * The phrase intercepts what is fired ("الدفاعات الجوية تصدت لعدد من الصواريخ"): a missile, shell or drone
   * named right after it is what was shot at, no strike of its own.
   */
  intercepts: z.boolean().default(false),
});
export type TriggerEntry = z.infer<typeof TriggerEntrySchema>;

export const TriggerLexiconSchema = z.object({
  triggers: z.array(TriggerEntrySchema),
  /** Cues that make a shelling an air strike, and similar refinements. */
  cues: z.object({
    air: z.array(arabic),
    explosive: z.array(arabic),
    suicide: z.array(arabic),
    artillery: z.array(arabic),
    /** Missiles and rockets: fired by guns or by aircraft, so they type a shelling only when no aircraft is named. */
    missile: z.array(arabic).default([]),
    /** Protest words: violence in their sentence is a riot or force against protesters. */
    protesters: z.array(arabic),
    /** A part of a place (أجزاء، أحياء، نقاط، أطراف): a capture of it is fighting, not a capture of the place. */
    partial: z.array(arabic).default([]),
    /** Small arms (الأسلحة الرشاشة، الأسلحة الخفيفة): a shell or grenade listed with them is a weapon of a direct assault, not a remote attack. */
    small_arms: z.array(arabic).default([]),
    /** A military site named as a strike's object (مواقع عسكرية، مطار عسكري، مستودع أسلحة): it belongs to an armed side, not to civilians. */
    military_site: z.array(arabic).default([]),
  }),
  /** Words that cancel an event in their clause (threats, plans, denials, hypotheticals). */
  modality: z.object({
    future: z.array(arabic),
    threat: z.array(arabic),
    denial: z.array(arabic),
    hypothetical: z.array(arabic),
    /** What a side does as a rule, not on a day ("كثيراً ما يشنون هجمات على X"): a habit is no event. */
    habitual: z.array(arabic).default([]),
    /** Tallies over weeks or months ("منذ مطلع العام", "وثقت"): not one event. */
    aggregate: z.array(arabic),
  }),
  /** Casualty words: killed, injured, both (مقتل وإصابة), none (دون وقوع إصابات). */
  casualties: z.object({
    killed: z.array(arabic),
    injured: z.array(arabic),
    both: z.array(arabic),
    none: z.array(arabic),
    unknown: z.array(arabic),
    /** Singular person nouns: "مقتل مدني" with no number means one. */
    persons: z.array(arabic),
    /** Victim words that make actor2 CIVILIANS (مدنيين، أطفال، نساء). */
    civilian_victims: z.array(arabic),
    /**
     * Plural nouns of people who bear no arms and name no side ("فلسطينيين", "لاجئين", "ركاب"): right
     * after a toll's count ("مقتل ثلاثة فلسطينيين") they make its victims civilians. Not counted as
     * one person, as the singular persons are, and not read further from the count ("مقتل خمسة
     * مقاتلين سوريين" stays fighters).
     */
    counted_people: z.array(arabic).default([]),
    /** "مقتله", "إصابتها": one person killed or injured. */
    killed_one: z.array(arabic),
    injured_one: z.array(arabic),
    /** "سقوط قتيل وثلاثة جرحى": a singular casualty noun with no number before or after it means one. */
    killed_singular: z.array(arabic).default([]),
    injured_singular: z.array(arabic).default([]),
    /**
     * Verbs of dying that are a toll only with their victims counted beside them: "قضى مدنيان",
     * "قضت امرأة", "طفلان قضيا" against "قضت الفصائل على مجموعة" (wiped out) or "قضت المحكمة" (ruled).
     */
    killed_with_victims: z.array(arabic).default([]),
  }),
});
export type TriggerLexicon = z.infer<typeof TriggerLexiconSchema>;
