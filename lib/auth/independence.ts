import { hasAnyRole, type Actor } from "./policy";

export interface IndependenceFacts {
  /** The installation's switch (SPEC §2; on unless an admin turned it off). */
  ruleOn: boolean;
  /** The forecast still takes predictions: past its horizon nobody can anchor any more. */
  open: boolean;
  /** The reader has made a prediction of their own on this forecast. */
  hasPredicted: boolean;
}

/**
 * SPEC §2's independent first forecast: until an analyst has made their own first prediction,
 * other analysts' probabilities are hidden from them so they don't anchor on them. Reviewers and
 * managers always see everything; once the forecast stops taking predictions there is nothing
 * left to anchor, so everyone sees its numbers.
 */
export function othersNumbersHidden(actor: Actor, facts: IndependenceFacts): boolean {
  if (!facts.ruleOn || !facts.open || facts.hasPredicted) return false;
  return !hasAnyRole(actor, ["reviewer", "manager"]);
}
