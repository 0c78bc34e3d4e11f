import type { Coding } from "./coding.ts";
import type { CodingRule, RuleInput } from "./coding-rule.ts";
import { CODING_RULES } from "./coding-rules.ts";

/** Run the policy table in order; null when a rule drops the clause. */
export function applyCodingPolicy(coding: Coding, input: RuleInput, rules: readonly CodingRule[] = CODING_RULES): Coding | null {
  let c = coding;
  for (const rule of rules) {
    if (!rule.when(c, input)) continue;
    const next = rule.then(c, input);
    if (next === "drop") return null;
    c = next;
  }
  return c;
}
