import { z } from "zod";
import { httpUrl, idString, isoInstant, text } from "./common";

export const LIKELIHOOD_PRESETS = [
  { label: "Weak", value: 1.5 },
  { label: "Moderate", value: 3 },
  { label: "Strong", value: 10 },
] as const;

/** POST /api/v1/forecasts/:id/indicators and the add-indicator form. */
export const addIndicatorSchema = z.object({
  scenarioId: idString,
  description: text({ min: 1, max: 500 }),
  direction: z.enum(["for", "against"], { error: "must be “for” or “against”" }),
  likelihoodRatio: z
    .number({ error: "must be a number greater than 1 (1.5 weak, 3 moderate, 10 strong)" })
    .finite("must be a finite number")
    .gt(1, "must be greater than 1 (1.5 weak, 3 moderate, 10 strong)")
    .max(1000, "must be at most 1,000"),
  expectedBy: isoInstant.nullish().transform((value) => value ?? null),
});
export type AddIndicatorInput = z.output<typeof addIndicatorSchema>;

export const RELIABILITY = ["A", "B", "C", "D", "E", "F"] as const;

/** POST /api/v1/events and the record-event form. `occurredAt` must not be in the future (checked with the clock by the use case). */
export const recordEventSchema = z.object({
  occurredAt: isoInstant,
  title: text({ min: 1, max: 200 }),
  description: text({ max: 5000 }).optional().default(""),
  sourceUrl: httpUrl.nullish().transform((value) => value || null),
  sourceReliability: z.enum(RELIABILITY, { error: "must be a letter from A to F" }).nullish().transform((value) => value ?? null),
  infoCredibility: z
    .number({ error: "must be a whole number from 1 to 6" })
    .int("must be a whole number from 1 to 6")
    .min(1, "must be from 1 to 6")
    .max(6, "must be from 1 to 6")
    .nullish()
    .transform((value) => value ?? null),
  indicatorIds: z.array(idString, { error: "must be a list of indicator ids" }).max(50, "at most 50 indicators").optional().default([]),
  note: text({ max: 1000 }).optional().default(""),
});
export type RecordEventInput = z.output<typeof recordEventSchema>;

/** POST /api/v1/events/:id/links */
export const linkEventSchema = z.object({
  indicatorId: idString,
  note: text({ max: 1000 }).optional().default(""),
});
