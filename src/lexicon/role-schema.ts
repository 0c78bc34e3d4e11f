/** Schema of data/lexicon/roles.json: words that mark an actor's role and a sentence's relation to the last. */
import { z } from "zod";

export const RoleRulesSchema = z.object({
  /** Nouns before an actor that make it the target when it follows the trigger (مواقع، نقاط، معاقل). */
  target_markers: z.array(z.string().min(1)),
  /** Prepositions and verbs before an actor that make it the target wherever it stands (على، ضد، استهداف). */
  target_prepositions: z.array(z.string().min(1)),
  /** Before an actor: it is the agent of a passive or noun trigger (من قبل، على يد). */
  agent_markers: z.array(z.string().min(1)),
  /** Trigger forms where the actor after the verb is the attacker being repelled (تصدت … لهجوم X). */
  repel_triggers: z.array(z.string().min(1)),
  /** وأضاف، وأوضح: the sentence continues the last attribution. */
  continuation_cues: z.array(z.string().min(1)),
  /** Words before a year (عام 2020) that date background. */
  year_markers: z.array(z.string().min(1)),
  /** Words that open a new clause ("فيما", "بينما"): a trigger's places and subject stay on its side. */
  clause_breaks: z.array(z.string().min(1)),
  /**
   * Words that tell a second happening as coinciding with the first ("بالتزامن مع", "تزامناً مع", a
   * verb "تزامن … مع"): the places after the second happening's trigger are its own, not the first's.
   */
  coincidence_words: z.array(z.string().min(1)).default([]),
  /**
   * Superlatives ("الأكثر دموية", "الأعنف", "الأول من نوعه"): an aggregate phrase after one ("الأعنف منذ
   * بداية العام") ranks the event told, it does not make the sentence a tally.
   */
  superlative_words: z.array(z.string().min(1)).default([]),
  /** Words that give the cause of what comes before them ("انسحبت القوات بعد تعرضها للقصف", "على خلفية هجوم", "إثر اشتباكات"). */
  cause_markers: z.array(z.string().min(1)).default([]),
  /**
   * Trigger phrases of a one-sided attack ("هاجم", "شن هجوماً"), unlike those of fighting between two
   * sides ("اشتبك", "معارك"): an attack on civilians' place with no armed side named is an attack on civilians.
   */
  attack_phrases: z.array(z.string().min(1)).default([]),
  /**
   * Nouns of a part of a side before "من" ("مع مجموعة من فلول النظام", "على عناصر من التنظيم"): the
   * marker before them marks the side after them.
   */
  side_part_nouns: z.array(z.string().min(1)).default([]),
  /** "بتهمة التعامل مع النظام": the sides named in an accusation after the trigger are no parties to it. */
  accusation_words: z.array(z.string().min(1)).default([]),
  /**
   * "مناطق سيطرة X": the areas a side holds stand for it after a marker ("قذائف مصدرها مناطق سيطرة
   * قسد": the shells came from the side).
   */
  control_area_words: z.array(z.string().min(1)).default([]),
  /** "قيادياً في هيئة تحرير الشام": a member of a side named after the trigger; the side is the one hit. */
  member_nouns: z.array(z.string().min(1)).default([]),
  /** The preposition that introduces what a coincidence verb's subject coincided with ("مع"). */
  coincidence_with: z.array(z.string().min(1)).default([]),
  /** "قبل خمس سنوات": a unit after "before + number" dates history. */
  background_units: z.array(z.string().min(1)),
  background_before: z.array(z.string().min(1)),
  /** Words that end an anonymous source's name ("مراسل حلب اليوم إن …"). */
  source_name_stops: z.array(z.string().min(1)),
  /** "ثلاثة من عناصرها قتلوا": the word between a count and the noun it counts. */
  partitive: z.array(z.string().min(1)),
  /** "ارتفع إلى 11 عدد القتلى": the word before a toll's new figure. */
  toll_to: z.array(z.string().min(1)),
  /** "عدد القتلى بلغ 52": the verb between a toll and its figure. */
  toll_verbs: z.array(z.string().min(1)).default([]),
  /** "قتل ستة بينهم طفلان": after these words a count is part of the toll just given. */
  subcount_markers: z.array(z.string().min(1)).default([]),
  /** "وكانت القوات قد …": an auxiliary that, with the particle a few words on, tells what had happened before. */
  pluperfect_auxiliaries: z.array(z.string().min(1)).default([]),
  pluperfect_particles: z.array(z.string().min(1)).default([]),
  /** "حينها", "آنذاك": with a pluperfect, the sentence tells a time before the news. */
  pluperfect_time_words: z.array(z.string().min(1)).default([]),
  /**
   * Armed units named by their own name: a unit head ("لواء", "الفرقة", "فوج", "كتيبة") followed by
   * a number, a quoted name or one definite word ("لواء الفتح", "الفرقة 47") is an armed group the
   * catalogue may not list, written OTHER:<name as in the text> unless the text says whose it is.
   */
  armed_unit_heads: z.array(z.string().min(1)).default([]),
  /** Words after a unit head that are no unit's name ("اللواء الركن" is a rank, "فرقة الإطفاء" firemen). */
  armed_unit_name_stops: z.array(z.string().min(1)).default([]),
  /** "التابع لقوات النظام": the words that say whose a named unit is. */
  armed_unit_owner_words: z.array(z.string().min(1)).default([]),
  /**
   * Named military operations: an operation head ("معركة", "عملية") followed by a quoted name, or a
   * naming word ("تسمى", "أطلق عليها اسم") before a head and its name ("معركة «فجر النصر»", "ما يسمى
   * معارك نصر الله"). The words of the name are no strike, no clash and no place.
   */
  operation_heads: z.array(z.string().min(1)).default([]),
  operation_naming_words: z.array(z.string().min(1)).default([]),
  /** Naming verbs, after which the name may stand unquoted ("ما يسمى معارك نصر الله"); "باسم عمليات X" is "on behalf of". */
  operation_naming_verbs: z.array(z.string().min(1)).default([]),
  /** "في آذار الماضي": a month named with one of these words is a past month (background). */
  past_words: z.array(z.string().min(1)).default([]),
  /** "ميليشيات متخاصمة", "اقتتال": fighting within one side, coded with the same actor on both sides. */
  infighting_words: z.array(z.string().min(1)).default([]),
  /** "تبنى التنظيم الهجوم", "الانتحاري عضو في …": the armed group named with one of these claimed or carried out the article's attack. */
  claim_words: z.array(z.string().min(1)).default([]),
  /**
   * Armed groups the catalogue does not list, named by what they are and whom they belong to:
   * a head ("مقاتلو", "مجموعات", "أبناء") with an identity word within two words ("العشائر",
   * "الدرزية", "البدو") is an actor written OTHER:<name as in the text>.
   */
  armed_group_heads: z.array(z.string().min(1)).default([]),
  /**
   * Definite nouns that name again a group told earlier in the article ("تنظيم داعش … وقال إن مسلحي
   * التنظيم هاجموا"): the word, the head word of the names it points back to ("تنظيم حراس الدين"), and
   * the keys it points back to whatever their name ("داعش" is "التنظيم" too).
   */
  actor_anaphors: z.array(z.object({ word: z.string().min(1), head: z.string().min(1), keys: z.array(z.string().min(1)).default([]) })).default([]),
  armed_group_identities: z.array(z.string().min(1)).default([]),
  /** One adjective after the identity word stays in the name ("أبناء العشائر العربية"). */
  armed_group_qualifiers: z.array(z.string().min(1)).default([]),
  /** Identity words followed by the group's own name ("أبناء قبيلة الدليم"): the name stays in the group's name. */
  armed_group_named_identities: z.array(z.string().min(1)).default([]),
  /** "في آذار الماضي", "منذ 15 نيسان الماضي": the prepositions that date a sentence to a past month (or to since then). */
  month_prepositions: z.array(z.string().min(1)).default([]),
  /** "ارتفعت حصيلة القتلى": a sentence that only updates the toll of an event already told. */
  toll_words: z.array(z.string().min(1)).default([]),
  /** "بين X وY": X acts, Y is acted upon (clashes, agreements). */
  pair_markers: z.array(z.string().min(1)),
  /**
   * Actor key → the nationality adjectives that name its forces, every form that can qualify a
   * strike or a weapon (masculine, feminine, dual; with and without ال). An adjective qualifying
   * the trigger's noun or the weapon that carries it names actor1 ("غارة جوية روسية", "غارتين
   * روسيتين", "مروحية روسية قصفت"). Human plurals ("أربعة أمريكيين", "الروس") are left out: they
   * name people, often the victims; the forces' own plurals are actor aliases (actors.json).
   */
  nationality_adjectives: z.record(z.string().regex(/^[A-Z_]+$/), z.array(z.string().min(1)).min(1)),
  /**
   * Reported speech: a speech verb ("قال", "أعلنت", "أفاد") and, a few words on, the word that opens
   * the reported clause ("إن", "أن", "بأن"). The speaker and whom it belongs to stand between them;
   * the reported event's actors after. Verbs of accusing (اتهم) are not here: their object is the accused.
   */
  speech_verbs: z.array(z.string().min(1)).default([]),
  /** "مقتل ثلاثة جنود", "أصيب عنصران": victims named as fighters, soldiers or police, whatever side they are on. */
  armed_victim_nouns: z.array(z.string().min(1)).default([]),
  /** "مواقع عسكرية تابعة لـX": the word of belonging between a marker and its actor, passed over when looking for the marker. */
  affiliation_words: z.array(z.string().min(1)).default([]),
  /** "بلدة X الحدودية مع تركيا", "على الحدود مع إسرائيل": a state named after one of these is a neighbour, not a party. */
  border_words: z.array(z.string().min(1)).default([]),
  /** "فصائل المعارضة المدعومة من تركيا", "الميليشيات الموالية لإيران": a state or group named within three words after one of these backs the side before it and is no party to the event. */
  /** "اشتباكات بين فصائل X", "بين فصيلين من X": words for several groups of one side after "بين"; with no second side named, the side fights itself. */
  groups_of_side_words: z.array(z.string().min(1)).default([]),
  /** "بين فصيلي X وY": the duals among groups_of_side_words; a side named only after و is then the other faction's side too. */
  two_groups_words: z.array(z.string().min(1)).default([]),
  /** "بين X من جهة، وY من جهة أخرى": words that announce a second side of a "بين" phrase. */
  side_words: z.array(z.string().min(1)).default([]),
  /** "حاجز للقوات", "رتلاً لقوات النظام": nouns of things a side holds; a side written with لـ after one owns it. */
  possessed_nouns: z.array(z.string().min(1)).default([]),
  /** "مناطق متفرقة", "سلسلة تفجيرات": one or two words telling of attacks spread over places not listed; the sentence's toll is their total. */
  spread_phrases: z.array(z.string().min(1)).default([]),
  backer_words: z.array(z.string().min(1)).default([]),
  speech_complementizers: z.array(z.string().min(1)).default([]),
});
export type RoleLexicon = z.output<typeof RoleRulesSchema>;
