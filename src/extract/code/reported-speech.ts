import type { AnnotatedSentence } from "../annotate/annotate-sentence.ts";
import { formSetOf } from "../../text/form-set.ts";
import type { RoleRules } from "../read/role-rules.ts";
import type { TriggerAnnotation } from "./sentence-context.ts";

/** Words a speaker phrase may take between the speech verb and "إن"/"أن" ("قال مسؤول عسكري في … لوكالة … إن"). */
const SPEAKER_PHRASE_WORDS = 15;

/** A speaker phrase: from its speech verb to the word that opens the reported clause (token indices). */
export interface SpeakerPhrase {
  readonly verb: number;
  readonly opens: number;
}

/**
 * The speaker phrases of a sentence: a speech verb ("قال", "أعلنت", "وأفاد"; roles.json speech_verbs)
 * and "إن"/"أن" a few words on (speech_complementizers), with no trigger between them. The words
 * between name the speaker and whom it belongs to; the reported event's actors follow.
 *
 *   "قال مسؤول في وزارة الدفاع الروسية إن طائرات مجهولة قصفت بلدة …" → [{ verb: 0, opens: 6 }]
 *   "أعلنت القوات سيطرتها على البلدة بعد أن …"                  → [] (a trigger stands between)
 */
export function speakerPhrases(s: AnnotatedSentence, triggers: readonly TriggerAnnotation[], roles: RoleRules): SpeakerPhrase[] {
  const toks = s.sentence.tokens;
  const verbs = formSetOf(roles.speechVerbs);
  const complementizers = formSetOf(roles.speechComplementizers);
  const inTrigger = (k: number): boolean => triggers.some((t) => t.first <= k && k <= t.last);
  const phrases: SpeakerPhrase[] = [];
  for (let v = 0; v < toks.length; v++) {
    if (toks[v]!.kind !== "word" || !verbs.has(toks[v]!) || inTrigger(v)) continue;
    for (let k = v + 1; k < toks.length && k - v <= SPEAKER_PHRASE_WORDS && !inTrigger(k); k++) {
      if (toks[k]!.kind === "word" && complementizers.has(toks[k]!)) {
        phrases.push({ verb: v, opens: k });
        v = k;
        break;
      }
    }
  }
  return phrases;
}
