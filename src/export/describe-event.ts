import type { SubEventType } from "../model/conflict-event.ts";
import type { StoredEvent } from "../store/stored-event.ts";

/**
 * What the first actor did, per sub-event type, with the second actor (or null): the verb phrase of
 * an ACLED-style note. A table, so a new sub-event type fails the build until it has its phrase.
 */
const DID: Readonly<Record<SubEventType, (target: string | null) => string>> = {
  "Armed clash": (t) => (t ? `clashed with ${t}` : "fought an armed clash"),
  "Government regains territory": (t) => (t ? `regained territory from ${t}` : "regained territory"),
  "Non-state actor overtakes territory": (t) => (t ? `took territory from ${t}` : "took territory"),
  "Air/drone strike": (t) => (t ? `carried out an air or drone strike on ${t}` : "carried out an air or drone strike"),
  "Shelling/artillery/missile attack": (t) => (t ? `shelled ${t}` : "shelled the area"),
  "Suicide bomb": (t) => (t ? `carried out a suicide bombing against ${t}` : "carried out a suicide bombing"),
  "Remote explosive/landmine/IED": (t) => (t ? `detonated an explosive device against ${t}` : "detonated an explosive device"),
  Grenade: (t) => (t ? `threw a grenade at ${t}` : "threw a grenade"),
  "Chemical weapon": (t) => (t ? `used a chemical weapon against ${t}` : "used a chemical weapon"),
  Attack: (t) => (t ? `attacked ${t}` : "carried out an attack"),
  "Abduction/forced disappearance": (t) => (t ? `abducted ${t}` : "abducted people"),
  "Sexual violence": (t) => (t ? `committed sexual violence against ${t}` : "committed sexual violence"),
  "Peaceful protest": () => "held a peaceful protest",
  "Protest with intervention": (t) => (t ? `protested and were dispersed by ${t}` : "protested and were dispersed"),
  "Excessive force against protesters": (t) => (t ? `used excessive force against ${t}` : "used excessive force against protesters"),
  "Violent demonstration": () => "held a violent demonstration",
  "Mob violence": (t) => (t ? `attacked ${t} as a mob` : "engaged in mob violence"),
  Agreement: (t) => (t ? `reached an agreement with ${t}` : "reached an agreement"),
  Arrests: (t) => (t ? `arrested ${t}` : "made arrests"),
  "Change to group/activity": () => "changed its activity",
  "Disrupted weapons use": (t) => (t ? `disrupted weapons of ${t}` : "defused or seized weapons"),
  "Headquarters or base established": () => "established a base",
  "Looting/property destruction": (t) => (t ? `looted or destroyed property of ${t}` : "looted or destroyed property"),
  "Non-violent transfer of territory": (t) => (t ? `took over territory from ${t} without fighting` : "took over territory without fighting"),
  Other: (t) => (t ? `acted against ${t}` : "was reported active"),
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-11-27" → "27 November 2024", with the precision ACLED notes use for vaguer dates. */
function dayInWords(date: string | null, precision: number | null): string {
  if (date === null) return "On an unknown date";
  const [year, month, day] = date.split("-").map(Number);
  const monthName = MONTHS[(month ?? 1) - 1] ?? "";
  if (precision === 3) return `In ${monthName} ${year}`;
  const words = `${day} ${monthName} ${year}`;
  return precision === 2 ? `Around ${words}` : `On ${words}`;
}

export interface DescribeOptions {
  /** An actor key's English name ("SYR_GOV" → "Syrian government forces"). */
  readonly actorName: (key: string) => string;
  /** The event's place in English. */
  readonly placeName: string;
}

/**
 * One English sentence from the coded fields, as ACLED's `notes` read: when, who did what to whom,
 * where, and the toll. "On 27 November 2024, Hayat Tahrir al-Sham took territory from Syrian
 * government forces in Qabtan al-Jabal (Aleppo), killing 37."
 */
export function describeEvent(e: StoredEvent, options: DescribeOptions): string {
  const who = e.actor1 === null ? "Unidentified actors" : options.actorName(e.actor1);
  const target = e.actor2 === null ? null : options.actorName(e.actor2);
  const where = e.admin1 && e.admin1 !== options.placeName ? `${options.placeName} (${e.admin1})` : options.placeName;
  const toll: string[] = [];
  if (e.fatalities !== null && e.fatalities > 0) toll.push(`killing ${e.fatalities}`);
  if (e.injured_min !== null && e.injured_min > 0) toll.push(`injuring ${e.injured_min}`);
  const tail = toll.length > 0 ? `, ${toll.join(" and ")}` : "";
  return `${dayInWords(e.date, e.date_precision)}, ${who} ${DID[e.sub_event_type](target)} in ${where}${tail}.`;
}
