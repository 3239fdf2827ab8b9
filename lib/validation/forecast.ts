import { z } from "zod";
import { confidence, idString, isoHorizon, tagList, text } from "./common";
import { describeSum, percentage, sumsToHundred } from "./probabilities";

export const MIN_SCENARIOS = 2;
export const MAX_SCENARIOS = 12;

export const scenarioInput = z.object({
  label: text({ min: 1, max: 200 }),
  description: text({ max: 2000 }).optional().default(""),
  baseline: z.boolean({ error: "must be true or false" }).optional().default(false),
});

/** POST /api/v1/forecasts, the new-forecast form, the example workspace. */
export const createForecastSchema = z
  .object({
    title: text({ min: 1, max: 200 }),
    statement: text({ min: 1, max: 5000 }),
    resolutionCriteria: text({ min: 1, max: 5000 }),
    closesAt: isoHorizon,
    confidence: confidence.nullish().transform((value) => value ?? null),
    tags: tagList.optional().default([]),
    teamId: idString.nullish().transform((value) => value ?? null),
    reportId: idString.nullish().transform((value) => value ?? null),
    excerpt: text({ max: 5000 }).nullish().transform((value) => value || null),
    scenarios: z
      .array(scenarioInput, { error: "must be a list of scenarios" })
      .min(MIN_SCENARIOS, `needs at least ${MIN_SCENARIOS} scenarios`)
      .max(MAX_SCENARIOS, `allows at most ${MAX_SCENARIOS} scenarios`),
    probabilities: z.array(percentage, { error: "must be a list of percentages, one per scenario" }),
    rationale: text({ max: 10_000 }).optional().default(""),
  })
  .superRefine((input, ctx) => {
    checkScenarios(input.scenarios, ctx);
    if (input.probabilities.length !== input.scenarios.length) {
      ctx.addIssue({
        code: "custom",
        path: ["probabilities"],
        message: `needs one percentage per scenario (${input.scenarios.length}), got ${input.probabilities.length}`,
      });
    } else if (!sumsToHundred(input.probabilities)) {
      ctx.addIssue({ code: "custom", path: ["probabilities"], message: describeSum(input.probabilities) });
    }
  });

export type CreateForecastInput = z.output<typeof createForecastSchema>;
export type CreateForecastRequest = z.input<typeof createForecastSchema>;

/** Exactly one baseline, and no label twice: the scenario rules every way of making a forecast shares (form, API, import). */
export function checkScenarios(scenarios: { label: string; baseline: boolean }[], ctx: z.RefinementCtx): void {
  const baselines = scenarios.filter((scenario) => scenario.baseline).length;
  if (baselines !== 1) {
    ctx.addIssue({ code: "custom", path: ["scenarios"], message: `exactly one scenario must be the baseline (found ${baselines})` });
  }
  const labels = scenarios.map((scenario) => scenario.label.toLowerCase());
  labels.forEach((label, index) => {
    if (label && labels.indexOf(label) !== index) {
      ctx.addIssue({ code: "custom", path: ["scenarios", index, "label"], message: "repeats another scenario's label" });
    }
  });
}
