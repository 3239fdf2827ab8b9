import { z } from "zod";
import { idString, isoInstant, text } from "./common";

/**
 * POST /api/v1/forecasts/:id/resolution and the resolve form: the scenario that occurred, or
 * `annulled: true`; when the outcome became known (a date alone is the start of that day, UTC);
 * why; and the events that show it.
 */
export const resolveForecastSchema = z
  .object({
    outcomeScenarioId: idString.optional(),
    annulled: z.boolean({ error: "must be true or false" }).optional().default(false),
    outcomeKnownAt: isoInstant,
    rationale: text({ min: 1, max: 5000 }),
    eventIds: z.array(idString, { error: "must be a list of event ids" }).max(50, "at most 50 events").optional().default([]),
  })
  .superRefine((value, context) => {
    if (value.annulled && value.outcomeScenarioId) {
      context.addIssue({ code: "custom", path: ["outcomeScenarioId"], message: "must be left out when the forecast is annulled" });
    }
    if (!value.annulled && !value.outcomeScenarioId) {
      context.addIssue({ code: "custom", path: ["outcomeScenarioId"], message: "is required: the scenario that occurred (or send annulled: true)" });
    }
  });
export type ResolveForecastInput = z.output<typeof resolveForecastSchema>;

/** POST /api/v1/forecasts/:id/reopen (admins): why the resolution was wrong. */
export const reopenForecastSchema = z.object({ reason: text({ min: 1, max: 2000 }) });
