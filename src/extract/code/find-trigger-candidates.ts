import { formSetOf } from "../../text/form-set.ts";
import { ofKind, type AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import type { CasualtyReading } from "../read/read-casualties.ts";
import { ARMED_VICTIM_REACH } from "./read-roles.ts";
import type { ActorAnnotation, TriggerAnnotation } from "./sentence-context.ts";

const NO_WORDS: ReadonlySet<string> = new Set();
/** How far (in tokens) after an interception phrase the weapon it intercepts is named ("لعدد من الصواريخ"). */
const INTERCEPT_REACH = 4;
const REMOTE_TYPES: ReadonlySet<string> = new Set(["Shelling/artillery/missile attack", "Air/drone strike"]);

/** How far (in tokens) before an aggregate phrase a superlative ranks the event against it. */
const SUPERLATIVE_REACH = 8;

/** How far (in tokens) a specific trigger reaches to make a generic one give way. */
const YIELD_WINDOW = 10;


/**
 * The triggers that may code an event in a sentence. A casualty-only trigger ("قتل") counts only
 * when no stronger trigger is present and civilians are its victims ("قُتل مدني", "قتل مجهولون
 * الشاب"), or an armed side right after it (or right before it) killed fighters named after that
 * side ("قتلت القوات الأمريكية خمسة مسلحين": a battle told by its toll); a trigger that yields to a more specific one in the sentence ("داهمت … واعتقلت" is an
 * arrest) is dropped. A sentence that tallies weeks or months ("منذ مطلع العام") has none, nor
 * one that only updates a toll.
 */
export function findTriggerCandidates(s: AnnotatedSentence, cas: CasualtyReading, tollWords: ReadonlySet<string> = new Set(), coincidenceWords: ReadonlySet<string> = NO_WORDS, armedVictimNouns: ReadonlySet<string> = NO_WORDS, superlatives: ReadonlySet<string> = NO_WORDS): { candidates: TriggerAnnotation[]; strong: TriggerAnnotation[] } {
  const all = ofKind(s, "trigger") as TriggerAnnotation[];
  // "الدفاعات الجوية تصدت لعدد من الصواريخ": the missiles shot at are the strike's, told again, not a strike of their own.
  const intercepts = all.filter((t) => t.value.entry.intercepts);
  const intercepted = (t: TriggerAnnotation): boolean =>
    intercepts.some((i) => t.first > i.last && t.first - i.last <= INTERCEPT_REACH) && REMOTE_TYPES.has(t.value.entry.sub_event_type);
  const triggers = all.filter((t) => !t.value.entry.ignore && !intercepted(t));
  if (!triggers.length) return { candidates: [], strong: [] };
  // "في اعتداء هو الأكثر دموية الذي يضرب المدينة منذ بداية العام": an aggregate phrase shortly after a
  // superlative ranks the event told against the period; the sentence is no tally.
  const ranking = superlatives.size > 0 ? formSetOf(superlatives) : null;
  const ranks = (first: number): boolean => {
    if (!ranking) return false;
    for (let k = Math.max(0, first - SUPERLATIVE_REACH); k < first; k++) if (ranking.has(s.sentence.tokens[k]!)) return true;
    return false;
  };
  if (ofKind(s, "modality").some((m) => m.value.mode === "aggregate" && !ranks(m.first))) return { candidates: [], strong: [] };
  const strong = triggers.filter((t) => !t.value.entry.casualty);
  // "ارتفعت حصيلة القتلى إلى خمسة": a toll update tells no new event (its figure is lent to the last one).
  // (An empty set, the default, gets no form set: each would take a memo slot of its own.)
  const tolls = tollWords.size > 0 ? formSetOf(tollWords) : null;
  // So is a figure read as a toll's ("عدد القتلى بلغ 52", "ارتفع إلى 11 عدد القتلى").
  const update = cas.spans.some((c) => /:toll-(to|verb|rise)$/.test(c.rule));
  if (!strong.length && (update || (tolls && s.sentence.tokens.some((t) => tolls.has(t))))) return { candidates: [], strong: [] };
  const actors = ofKind(s, "actor") as ActorAnnotation[];
  const civilianAfter = (i: number): boolean => s.annotations.some((a) => a.value.kind === "civilian" && a.first > i);
  const toks = s.sentence.tokens;
  const armedNouns = armedVictimNouns.size > 0 ? formSetOf(armedVictimNouns) : null;
  const armedVictimAfter = (i: number): boolean => {
    if (!armedNouns) return false;
    for (let k = i + 1; k < Math.min(toks.length, i + 1 + ARMED_VICTIM_REACH); k++) if (armedNouns.has(toks[k]!)) return true;
    return false;
  };
  const pool = strong.length
    ? strong
    : triggers.filter((t) => {
        if (cas.civilians) return true;
        const agent = actors.find((a) => a.value.key !== "CIVILIANS" && a.first > t.last && a.first - t.last <= 2);
        if (agent && (civilianAfter(t.last) || armedVictimAfter(agent.last))) return true;
        // "أن القوات الأمريكية قتلت 11 مسلحاً": the side right before the verb, its victims right after it.
        return actors.some((a) => a.value.key !== "CIVILIANS" && a.last < t.first && t.first - a.last <= 1) && armedVictimAfter(t.last);
      });
  // A generic trigger yields to a specific one that tells the same happening: near it, not anywhere in
  // a long sentence ("استهدفت الطائرات قرية X …، كما شنت غارات على Y" is two events).
  // Nor across a word that tells a coinciding happening ("فجر انتحاري نفسه في السوق بالتزامن مع هجوم
  // على قرية قريبة": the attack is no suicide bombing).
  const coincidence = formSetOf(coincidenceWords);
  const apart = (a: TriggerAnnotation, b: TriggerAnnotation): boolean => {
    for (let k = Math.min(a.last, b.last) + 1; k < Math.max(a.first, b.first); k++) if (coincidence.has(toks[k]!)) return true;
    return false;
  };
  const near = (a: TriggerAnnotation, b: TriggerAnnotation): boolean => Math.abs(a.first - b.first) <= YIELD_WINDOW && !apart(a, b);
  const candidates = pool.filter((trig) => {
    const y = trig.value.entry.yields_to;
    return !(y.length && pool.some((t) => t !== trig && t.value.entry.id !== trig.value.entry.id && y.includes(t.value.entry.sub_event_type) && near(t, trig)));
  });
  return { candidates, strong };
}

/** Threats, plans, denials and hypotheticals just before the trigger, or a future prefix on its verb, cancel it. */
export function isCancelled(s: AnnotatedSentence, trig: TriggerAnnotation): boolean {
  // "دعا متظاهرون أمام مقر الصحيفة إلى الإفراج عن …": protesters right after a demand verb are its
  // subject, who demanded; the demand is what they protested for, not a plan ("دعا ناشطون إلى التظاهر").
  const protestersAsSubject = (m: { readonly last: number }): boolean =>
    trig.first - m.last === 1 && trig.value.entry.sub_event_type === "Peaceful protest" && s.annotations.some((a) => a.value.kind === "cue" && a.value.cue === "protesters" && a.first === trig.first);
  if (ofKind(s, "modality").some((m) => m.last < trig.first && trig.first - m.last <= 8 && !protestersAsSubject(m))) return true;
  const entry = trig.value.entry;
  const word = s.sentence.tokens[trig.first]!.text;
  return entry.pos === "verb" && /^(س|ست|سي)/.test(word) && !entry.forms.some((f) => f.startsWith("س"));
}
