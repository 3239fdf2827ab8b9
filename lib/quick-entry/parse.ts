import { parseProbabilityInput, type ScaleId } from "@/lib/estimative";
import { findHorizons } from "@/lib/estimative/horizons";
import { parseIsoDate } from "@/lib/estimative/dates";

export type QuickEntry =
  | { ok: true; question: string; horizon: string; horizonText: string; probability: number }
  | { ok: false; message: string };

/** The question ends at its question mark; what follows is the probability ("70%", "70", "likely"). */
const SPLIT = /^(.*\?)\s*(.*)$/s;
/** Without a question mark, a trailing percentage still counts: "… before 1 March 2027 70%". */
const TRAILING_PERCENT = /^(.*?)[\s,:;–-]+(\d{1,2}(?:\.\d)?\s*%)\s*$/s;

/**
 * One line — "Iran's proxies attack US forces in Syria before 1 March 2027? 70%" — read as a
 * yes/no question, its horizon (the last day the words allow, as in report extraction) and the
 * probability of Yes. `today` is YYYY-MM-DD: a horizon must lie after it.
 */
export function parseQuickEntry(text: string, today: string, scale: ScaleId = "icd203"): QuickEntry {
  const line = text.trim().replace(/\s+/g, " ");
  if (line === "") return { ok: false, message: "Type a question, its horizon and your probability, such as “Will X happen before 1 March 2027? 70%”." };
  const split = SPLIT.exec(line) ?? TRAILING_PERCENT.exec(line);
  const question = (split?.[1] ?? line).trim();
  const rest = (split?.[2] ?? "").trim();
  if (rest === "") return { ok: false, message: "Add your probability after the question, such as “? 70%” or “? likely”." };
  const probability = parseProbabilityInput(rest, scale);
  if (!probability.ok) {
    return {
      ok: false,
      message:
        probability.reason === "vague"
          ? `“${rest}” has no agreed probability: give a number such as 70%.`
          : probability.reason === "out_of_range"
            ? "The probability must be from 0.1% to 99.9%."
            : probability.reason === "too_precise"
              ? "The probability takes at most one decimal, such as 67.5%."
              : `“${rest}” is not a probability: give a number such as 70% or words such as “likely”.`,
    };
  }
  const horizon = findHorizons(question, parseIsoDate(today)).find((h) => h.date !== null && h.date > today);
  if (!horizon?.date) return { ok: false, message: "Say by when, such as “before 1 March 2027” or “by the end of 2027”: the horizon must be a date after today." };
  return { ok: true, question, horizon: horizon.date, horizonText: horizon.text, probability: probability.value };
}
