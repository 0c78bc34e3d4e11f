import type { Lexicons } from "./lexicons.ts";

/** A name people gave a known actor in review (the store's user lexicon). */
export interface UserActorAlias {
  readonly alias_ar: string;
  readonly actor_key: string;
}

/**
 * The lexicons with the user lexicon's names added to their actors' aliases, so the next extraction
 * reads a new name ("the Free Hawks Brigade" once a person said it is a known faction) as that actor.
 * A name for a key the catalogue no longer has is skipped; a name already listed is not repeated.
 */
export function mergeUserActorAliases(lexicons: Lexicons, aliases: readonly UserActorAlias[]): Lexicons {
  if (aliases.length === 0) return lexicons;
  const byKey = new Map<string, string[]>();
  for (const a of aliases) byKey.set(a.actor_key, [...(byKey.get(a.actor_key) ?? []), a.alias_ar]);
  const actors = lexicons.actors.actors.map((actor) => {
    const extra = (byKey.get(actor.key) ?? []).filter((name) => !actor.aliases.includes(name));
    return extra.length === 0 ? actor : { ...actor, aliases: [...actor.aliases, ...extra] };
  });
  return { ...lexicons, actors: { ...lexicons.actors, actors } };
}
