import "server-only";
import { canRead, type Actor } from "@/lib/auth/policy";
import { extractJudgments } from "@/lib/estimative";
import { Forbidden } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { extractSchema } from "@/lib/validation/report";

/** Key-judgment extraction (SPEC §3): pure, stores nothing. */
export function extractFromText(actor: Actor, rawInput: unknown) {
  if (!canRead(actor)) throw new Forbidden();
  const input = parseOrThrow(extractSchema, rawInput);
  const judgments = extractJudgments(input.text, input.publishedAt);
  return {
    judgments: judgments.map((j) => ({ sentence: j.sentence, terms: j.terms, probability: j.probability, vague: j.vague, horizons: j.horizons.map((h) => ({ text: h.text, date: h.date })) })),
  };
}
