/**
 * Sentence cases the extractor is known to fail, id → reason. They stay in the table and run as
 * skipped tests, so a fix shows up as a case to move out of here rather than a case to write.
 */
export const BACKLOG: Record<string, string> = {
  "sub-air-2": "actor after 'تابعة لـ' (the drone's owner) is read as the target; civilians named only as 'سيارة مدنية'",
  "sub-sexual-2": "agent 'على يد عناصر حاجز لقوات النظام' is four words from the marker; actor1 falls back to UNKNOWN",
  "sub-interv-1": "'الشرطة العسكرية' alone is not in the actor catalogue (ambiguous: Russian or SNA), so actor2 stays null",
  "sub-interv-2": "'منعت … بالقوة مظاهرة' (prevented by force) has no intervention trigger",
  "sub-riot-2": "'معبر باب السلامة الحدودي': the crossing's two-word name after a head word is not delimited",
  "sub-mob-1": "mob violence ('حشد من الأهالي') has no lexicon cue distinguishing it from an attack",
  "sub-mob-2": "mob violence by 'عشرات الشبان الغاضبين' is read as a violent demonstration",
  "sub-agree-1": "the agreement's place 'في محافظة إدلب' comes after 'لوقف إطلاق النار'; no place is kept for it",
  "sub-agree-2": "'سد تشرين' (a dam) has no place word and is not in the gazetteer",
  "sub-change-2": "'انفصالها عن' (split from) is not a change-to-group trigger",
  "sub-disrupt-1": "actor after 'التابعة لـ' is not taken as the agent of 'فككت'",
  "sub-disrupt-2": "the drone's owner after 'لقوات النظام' is not read as actor2",
  "sub-loot-1": "'منازل المدنيين' as object does not make actor2 CIVILIANS when the actor comes after 'عناصر من'",
  "sub-loot-2": "'فجّرت … منازل' is read as an explosive (IED) rather than property destruction",
  "act-usa-hurras": "the target 'قيادي في تنظيم حراس الدين' is two nouns from 'على'",
  "act-other": "OTHER:<name> for actors outside the catalogue is not produced: unknown armed groups are not delimited yet",
  "src-afad": "'دمرت آلية' (destroyed a vehicle) is no longer a disrupted-weapons trigger, so no event comes out",
};
