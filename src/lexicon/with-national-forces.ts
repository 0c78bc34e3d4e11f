import type { ArabWorldTheatre } from "../places/world/theatre-schema.ts";
import { hasArticle } from "../text/word-forms.ts";
import type { Lexicons } from "./lexicons.ts";

/**
 * The lexicons with the forces of every other country of the theatre, named as news names them: a
 * head of a state's forces and that country's demonym ("الجيش العراقي", "قوات الأمن المصرية",
 * "الشرطة الجزائرية"). Without them the head alone is read and "الجيش" or "قوات الأمن" is taken
 * for the home government; with them the longer name wins and the actor is written
 * OTHER:<name as in the text> (GUIDELINES: any other actor), a state force wherever it is.
 * Listed after the catalogue, so a catalogue name ("القوات التركية" → TUR_MIL) keeps its key.
 *
 *   withNationalForces(lex, theatre, "Syria") reads "قتل عنصران من الجيش اللبناني" as OTHER:الجيش اللبناني
 */
export function withNationalForces(lexicons: Lexicons, theatre: ArabWorldTheatre, home: string): Lexicons {
  const heads = theatre.national_force_heads;
  if (heads.length === 0) return lexicons;
  const forces = theatre.countries
    .filter((c) => c.name_en !== home)
    .map((c) => ({
      key: `NATIONAL_FORCES_${c.iso2}`,
      name_en: `${c.name_en}: state forces`,
      inter: "State forces" as const,
      written_as_other: true,
      affiliations: [],
      aliases: heads.flatMap((head) => c.demonyms_ar.filter(hasArticle).map((demonym) => `${head} ${demonym}`)),
      air_aliases: [],
      artillery_aliases: [],
    }))
    .filter((a) => a.aliases.length > 0);
  return { ...lexicons, actors: { ...lexicons.actors, actors: [...lexicons.actors.actors, ...forces] } };
}
