import type { Theatre } from "./theatre.ts";
import type { Coding, CodingFacts } from "./coding.ts";

/** The inputs every rule sees: the facts of the clause and the theatre's defaults. */
export interface RuleInput {
  readonly facts: CodingFacts;
  readonly theatre: Theatre;
}

/**
 * One named decision of the coding policy (compromise's `reason`): `when` it applies, `then` the
 * new coding, or "drop" when the clause codes no event. The id lands in provenance.
 */
export interface CodingRule {
  readonly id: string;
  /** One line: the general phenomenon, with an invented example. */
  readonly description: string;
  readonly when: (c: Coding, input: RuleInput) => boolean;
  readonly then: (c: Coding, input: RuleInput) => Coding | "drop";
}
