import "server-only";
import { canRead, type Actor } from "@/lib/auth/policy";
import { extractJudgments, type Judgment } from "@/lib/estimative";
import { Forbidden } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { extractSchema } from "@/lib/validation/report";

/**
 * One judgment in the shape of SPEC §6. `range` is an extra field, present only when the author
 * stated a range ("30-40%"); `probability` is then its midpoint, so clients that ignore `range`
 * still get a number.
 */
function toExtractedJudgment(j: Judgment) {
  return {
    sentence: j.sentence,
    terms: j.terms,
    probability: j.probability,
    vague: j.vague,
    horizons: j.horizons.map((h) => ({ text: h.text, date: h.date })),
    ...(j.range ? { range: { low: j.range.low, high: j.range.high } } : {}),
  };
}

/** Key-judgment extraction (SPEC §3): pure, stores nothing. */
export function extractFromText(actor: Actor, rawInput: unknown) {
  if (!canRead(actor)) throw new Forbidden();
  const input = parseOrThrow(extractSchema, rawInput);
  return { judgments: extractJudgments(input.text, input.publishedAt).map(toExtractedJudgment) };
}
