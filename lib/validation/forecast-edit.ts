import { z } from "zod";
import { isoHorizon, text } from "./common";

/** PATCH /api/v1/forecasts/:id and the edit-question form: what may change, and why. */
export const editForecastSchema = z
  .object({
    title: text({ min: 1, max: 200 }).optional(),
    statement: text({ min: 1, max: 5000 }).optional(),
    resolutionCriteria: text({ min: 1, max: 5000 }).optional(),
    closesAt: isoHorizon.optional(),
    addScenarios: z
      .array(z.object({ label: text({ min: 1, max: 200 }), description: text({ max: 2000 }).optional().default("") }), { error: "must be a list of scenarios" })
      .max(10, "allows at most 10 new scenarios at once")
      .optional()
      .default([]),
    /**
     * With new scenarios: true carries every standing prediction over with 0 for them; otherwise
     * (the default) each predictor is asked to update theirs.
     */
    carryOver: z.boolean({ error: "must be true or false" }).optional().default(false),
    reason: text({ min: 1, max: 1000 }),
  })
  .superRefine((input, ctx) => {
    const labels = input.addScenarios.map((s) => s.label.toLowerCase());
    labels.forEach((label, index) => {
      if (label && labels.indexOf(label) !== index) ctx.addIssue({ code: "custom", path: ["addScenarios", index, "label"], message: "repeats another new scenario's label" });
    });
  });

export type EditForecastInput = z.output<typeof editForecastSchema>;
