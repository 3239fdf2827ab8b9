import "server-only";
import { getDb } from "@/db/client";
import { readScale } from "@/db/queries/scale";
import { canRead, type Actor } from "@/lib/auth/policy";
import { extractKeyJudgments, type Judgment } from "@/lib/estimative";
import { Forbidden } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { extractSchema } from "@/lib/validation/report";

/**
 * One judgment in the shape of SPEC §6, with extra fields clients may ignore: `range`, present
 * when the author stated a range ("30-40%") or the word comes from the other scale (PHIA's
 * "realistic possibility" on an ICD 203 installation is 40–50), `probability` being then its
 * midpoint; `needsNumber` for a judgment carried by a verb or a confidence statement alone ("We
 * assess with moderate confidence that..."); `scale` naming the word's scale when it is not the
 * installation's.
 */
function toExtractedJudgment(j: Judgment) {
  return {
    sentence: j.sentence,
    terms: j.terms,
    probability: j.probability,
    vague: j.vague,
    horizons: j.horizons.map((h) => ({ text: h.text, date: h.date })),
    ...(j.range ? { range: { low: j.range.low, high: j.range.high } } : {}),
    ...(j.group === "needs-number" ? { needsNumber: true } : {}),
    ...(j.wordScale ? { scale: j.wordScale } : {}),
  };
}

/**
 * Key-judgment extraction (SPEC §3): stores nothing. `judgments` is the main list; `unhedged`
 * the forecasts stated without a likelihood, off the main count. The installation's scale
 * decides a word both scales share.
 */
export async function extractFromText(actor: Actor, rawInput: unknown) {
  if (!canRead(actor)) throw new Forbidden();
  const input = parseOrThrow(extractSchema, rawInput);
  const { judgments, unhedged } = extractKeyJudgments(input.text, input.publishedAt, await readScale(getDb()));
  return { judgments: judgments.map(toExtractedJudgment), unhedged: unhedged.map(toExtractedJudgment) };
}
