import "server-only";
import { canCreateForecast, type Actor } from "@/lib/auth/policy";
import { forecastTitle } from "@/lib/estimative";
import { RuleViolation, Forbidden } from "@/lib/errors";
import { isoDay } from "@/lib/format/dates";
import { parseQuickEntry } from "@/lib/quick-entry/parse";
import { currentScale } from "../settings/set-scale";
import { createForecast } from "./create-forecast";

/**
 * The list page's one-line entry: "Will X happen before 1 March 2027? 70%" becomes a yes/no
 * forecast (Yes the baseline) with the author's first prediction; the rest is edited on its page.
 */
export async function quickForecast(actor: Actor, text: unknown, now: number): Promise<{ id: string }> {
  if (!canCreateForecast(actor)) throw new Forbidden("Only analysts can create forecasts.");
  const parsed = parseQuickEntry(typeof text === "string" ? text : "", isoDay(now), await currentScale());
  if (!parsed.ok) throw new RuleViolation([{ field: "text", message: parsed.message }]);
  const yes = parsed.probability;
  const created = await createForecast(
    actor,
    {
      title: forecastTitle(parsed.question.replace(/\?$/, "")),
      statement: parsed.question,
      resolutionCriteria: `Resolves Yes if this happens by the horizon (${parsed.horizonText}); No otherwise.`,
      closesAt: parsed.horizon,
      scenarios: [{ label: "Yes", baseline: true }, { label: "No" }],
      probabilities: [yes, Math.round((100 - yes) * 10) / 10],
      rationale: "Quick entry from the forecast list.",
    },
    now,
  );
  return { id: created.id };
}
