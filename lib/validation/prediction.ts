import { z } from "zod";
import { text } from "./common";
import { describeSum, percentage, sumsToHundred } from "./probabilities";

/** POST /api/v1/forecasts/:id/predictions and the add-prediction form. Scenario ids are checked by the use case. */
export const addPredictionSchema = z
  .object({
    probabilities: z.record(z.string(), percentage, { error: "must map each scenario id to a percentage" }),
    rationale: text({ max: 10_000 }).optional().default(""),
  })
  .superRefine((input, ctx) => {
    const values = Object.values(input.probabilities);
    if (values.length > 0 && !sumsToHundred(values)) {
      ctx.addIssue({ code: "custom", path: ["probabilities"], message: describeSum(values) });
    }
  });

export type AddPredictionInput = z.output<typeof addPredictionSchema>;
