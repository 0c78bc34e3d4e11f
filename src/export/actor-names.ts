/** English name and ACLED interaction type of an actor key, from the actor catalogue when loaded. */
export interface ActorName {
  readonly name_en: string;
  readonly inter: string;
}

export type ActorNames = ReadonlyMap<string, ActorName>;

/** ACLED's name for an actor key: the catalogue's English name, "Civilians (Syria)", or the key itself. */
export function actorLabel(key: string | null, names: ActorNames): string {
  if (key === null) return "";
  if (key === "CIVILIANS") return "Civilians (Syria)";
  if (key === "UNKNOWN") return "Unidentified Armed Group (Syria)";
  if (key.startsWith("OTHER:")) return key.slice(6);
  return names.get(key)?.name_en ?? key;
}

export function actorInter(key: string | null, names: ActorNames): string {
  if (key === null) return "";
  if (key === "CIVILIANS") return "Civilians";
  if (key === "UNKNOWN") return "Political militia";
  return names.get(key)?.inter ?? "";
}
