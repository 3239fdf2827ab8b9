import { z } from "zod";
import { httpUrl, isoInstant } from "./common";

export const LIKELIHOOD_PRESETS = [
  { label: "Weak", value: 1.5 },
  { label: "Moderate", value: 3 },
  { label: "Strong", value: 10 },
] as const;

/*
 * The messages below are read by people beside the form's fields ("When did it happen?" →
 * "Enter a date.") and by API clients in `details`, where the field path names the field; so
 * each is a whole sentence that does not need the field's name.
 */

const keepTo = (what: string, max: number) => `Keep ${what} to ${max.toLocaleString("en-GB")} characters or fewer.`;

/** Text that must be given: `missing` when empty or not text at all. */
const requiredText = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, { error: missing, abort: true }).max(max, tooLong);

const optionalText = (max: number, tooLong: string) => z.string({ error: "Write it as text." }).trim().max(max, tooLong);

const choice = (what: string) => z.string({ error: `Choose ${what}.` }).min(1, { error: `Choose ${what}.`, abort: true }).max(100, `That is not a known ${what}.`);

/** `isoInstant` in a person's words (a date input only ever sends "" or a valid day). */
const dateOrInstant = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing, abort: true })
    .refine((value) => isoInstant.safeParse(value).success, "Enter a date such as 2021-12-31, or a date and time such as 2021-12-31T12:00:00Z.")
    .transform((value) => Date.parse(value));

const LINK = "Enter a link that starts with http:// or https://.";

/** `httpUrl` in a person's words: only http and https links (a javascript: link would run in a reader's browser). */
const sourceLink = z
  .string({ error: LINK })
  .trim()
  .max(2000, { error: keepTo("the link", 2000), abort: true })
  .refine((value) => httpUrl.safeParse(value).success, LINK);

const RATIO = "Enter a number greater than 1 (1.5 weak, 3 moderate, 10 strong).";

/** POST /api/v1/forecasts/:id/indicators and the add-indicator form. `expectedBy` must not be before the forecast was made (checked by the use case). */
export const addIndicatorSchema = z.object({
  scenarioId: choice("the scenario it bears on"),
  description: requiredText(500, "Describe something observable that would bear on a scenario.", keepTo("the indicator", 500)),
  direction: z.enum(["for", "against"], { error: "Choose “for” (makes the scenario more likely) or “against” (less likely)." }),
  likelihoodRatio: z.number({ error: RATIO }).finite(RATIO).gt(1, RATIO).max(1000, "Enter a ratio of 1,000 or less."),
  expectedBy: dateOrInstant("Enter a date, or leave it empty.").nullish().transform((value) => value ?? null),
});
export type AddIndicatorInput = z.output<typeof addIndicatorSchema>;

export const RELIABILITY = ["A", "B", "C", "D", "E", "F"] as const;

/** Said beside an event's date by the form (reader's clock) and the use case (server's clock). */
export const EVENT_IN_FUTURE = "That day has not come yet: enter the day it happened.";

/** POST /api/v1/events and the record-event form. `occurredAt` must not be in the future (checked with the clock by the use case). */
export const recordEventSchema = z.object({
  occurredAt: dateOrInstant("Enter a date."),
  title: requiredText(200, "Say what happened, in a short title.", keepTo("the title", 200)),
  description: optionalText(5000, keepTo("the details", 5000)).optional().default(""),
  sourceUrl: sourceLink.nullish().transform((value) => value || null),
  sourceReliability: z.enum(RELIABILITY, { error: "Choose a grade from A to F." }).nullish().transform((value) => value ?? null),
  infoCredibility: z
    .number({ error: "Choose a grade from 1 to 6." })
    .int("Choose a grade from 1 to 6.")
    .min(1, "Choose a grade from 1 to 6.")
    .max(6, "Choose a grade from 1 to 6.")
    .nullish()
    .transform((value) => value ?? null),
  indicatorIds: z
    .array(choice("an indicator"), { error: "Give the indicators as a list of ids." })
    .max(50, "Attach it to 50 indicators or fewer at once.")
    .optional()
    .default([]),
  note: optionalText(1000, keepTo("the note", 1000)).optional().default(""),
});
export type RecordEventInput = z.output<typeof recordEventSchema>;

/** POST /api/v1/events/:id/links */
export const linkEventSchema = z.object({
  indicatorId: choice("an indicator"),
  note: optionalText(1000, keepTo("the note", 1000)).optional().default(""),
});

/** The forecast page's "attach an event": one event, several distinct indicators, one note. */
export const linkEventManySchema = z.object({
  indicatorIds: z
    .array(choice("an indicator"), { error: "Choose at least one indicator." })
    .min(1, "Choose at least one indicator.")
    .max(200, "Choose at most 200 indicators.")
    .refine((ids) => new Set(ids).size === ids.length, "Choose each indicator once."),
  note: linkEventSchema.shape.note,
});
