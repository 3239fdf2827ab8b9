import { z } from "zod";
import { formatDayTime } from "@/lib/format/dates";
import { isoInstant, text } from "./common";
import { checkScenarios, createForecastSchema, MAX_SCENARIOS, MIN_SCENARIOS } from "./forecast";
import { describeSum, percentage, sumsToHundred } from "./probabilities";
import { email } from "./user";

/**
 * The track record of SPEC §6 (`POST /api/v1/import`, `npm run cli -- import FILE`, the import
 * page): forecasts "as POST /api/v1/forecasts without probabilities", each with its `createdAt`,
 * its author's email, every prediction (analyst's email, `createdAt`, a percentage per scenario
 * in the scenarios' order) and maybe a resolution (`outcome`: a scenario index from 0, or
 * `annulled: true`). It is the only input that may be dated in the past, so it checks what the
 * clock would otherwise guarantee: nothing in the future, predictions between the forecast's
 * creation and its horizon, an outcome known after the forecast was made.
 *
 * The body is checked one forecast at a time (`importForecastSchema(now)`), so a large file can be
 * checked in slices while the server keeps answering, and every issue's field is prefixed with
 * `forecasts.<index>.` (`forecasts.3.predictions.1.probabilities`).
 */

/** What an import answers (SPEC §6): the counts, and the new forecast's id for each forecast of the file, in order. */
export interface ImportAnswer {
  imported: { forecasts: number; predictions: number; resolutions: number };
  ids: string[];
}

/** A bound on one request, well above ForecastBench's 471 and the 10,000 of the benchmark. */
export const MAX_IMPORT_FORECASTS = 50_000;
/** Per forecast: far more than any real question gets, small enough to refuse a runaway file. */
export const MAX_IMPORT_PREDICTIONS = 20_000;

const forecast = createForecastSchema.shape;

export const importPredictionSchema = z.object({
  analyst: email,
  createdAt: isoInstant,
  probabilities: z.array(percentage, { error: "must be a list of percentages, one per scenario" }),
  rationale: text({ max: 10_000 }).optional().default(""),
});

export const importResolutionSchema = z
  .object({
    outcome: z
      .number({ error: "must be the index of the scenario that occurred (0 for the first)" })
      .int("must be a whole number: the index of the scenario that occurred (0 for the first)")
      .min(0, "must be 0 or more: the index of the scenario that occurred (0 for the first)")
      .optional(),
    annulled: z.boolean({ error: "must be true or false" }).optional().default(false),
    outcomeKnownAt: isoInstant,
    resolver: email.optional(),
    rationale: text({ max: 5000 }).optional(),
  })
  .superRefine(
    (value, ctx) => {
      if (value.annulled === true && value.outcome !== undefined) {
        ctx.addIssue({ code: "custom", path: ["outcome"], message: "must be left out when the forecast is annulled" });
      }
      if (value.annulled !== true && value.outcome === undefined) {
        ctx.addIssue({ code: "custom", path: ["outcome"], message: "is required: the index of the scenario that occurred (or annulled: true)" });
      }
    },
    { when: (payload) => isRecord(payload.value) },
  );

/** One forecast of the file, checked against the clock `now` (epoch ms). */
export function importForecastSchema(now: number) {
  return z
    .object({
      title: forecast.title,
      statement: forecast.statement,
      resolutionCriteria: forecast.resolutionCriteria,
      closesAt: forecast.closesAt,
      confidence: forecast.confidence,
      tags: forecast.tags,
      teamId: forecast.teamId,
      reportId: forecast.reportId,
      excerpt: forecast.excerpt,
      scenarios: z
        .array(forecast.scenarios.element, { error: "must be a list of scenarios" })
        .min(MIN_SCENARIOS, `needs at least ${MIN_SCENARIOS} scenarios`)
        .max(MAX_SCENARIOS, `allows at most ${MAX_SCENARIOS} scenarios`),
      createdAt: isoInstant,
      author: email,
      predictions: z
        .array(importPredictionSchema, { error: "must be a list of predictions (it may be empty)" })
        .max(MAX_IMPORT_PREDICTIONS, `allows at most ${MAX_IMPORT_PREDICTIONS.toLocaleString("en-GB")} predictions per forecast`),
      resolution: importResolutionSchema.nullish().transform((value) => value ?? null),
    })
    // Run even when some fields are bad (a title of the wrong type must not hide a sum that is off
    // elsewhere): every rule reads only the parts that parsed, so each bad item is named once.
    .superRefine((input, ctx) => checkForecastRules(input, now, ctx), { when: (payload) => isRecord(payload.value) });
}

export type ImportForecastInput = z.output<ReturnType<typeof importForecastSchema>>;
export type ImportPredictionInput = z.output<typeof importPredictionSchema>;
export type ImportResolutionInput = z.output<typeof importResolutionSchema>;

/** The whole body at once: for small files and tests. Large ones go forecast by forecast (see above). */
export function importBodySchema(now: number) {
  return z.object({ forecasts: importListSchema.pipe(z.array(importForecastSchema(now))) });
}

/** The envelope alone: `{forecasts: [...]}` with 1 to MAX_IMPORT_FORECASTS items, each left unchecked. */
export const importListSchema = z
  .array(z.unknown(), { error: "must be a list of forecasts" })
  .min(1, "must hold at least one forecast")
  .max(MAX_IMPORT_FORECASTS, `allows at most ${MAX_IMPORT_FORECASTS.toLocaleString("en-GB")} forecasts in one import`);
export const importEnvelopeSchema = z.object({ forecasts: importListSchema }, { error: "must be a JSON object {\"forecasts\": [...]}" });

type Ctx = z.RefinementCtx;
type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === "object" && value !== null && !Array.isArray(value);
/** The rules across fields, on whatever parts of the forecast parsed. */
function checkForecastRules(input: Loose, now: number, ctx: Ctx): void {
  // A time that parsed became epoch ms; one that did not (a number given for a date, a bad string)
  // was already reported at its own path and is left out of the rules below.
  const failed = ctx.issues.map((issue) => issue.path?.map(String).join(".") ?? "");
  const time = (value: unknown, path: string): number | null =>
    typeof value === "number" && !failed.some((f) => f === path || f.startsWith(`${path}.`)) ? value : null;
  const scenarios = Array.isArray(input.scenarios) && input.scenarios.every((s) => isRecord(s) && typeof s.label === "string" && typeof s.baseline === "boolean")
    ? (input.scenarios as { label: string; baseline: boolean }[])
    : null;
  if (scenarios) checkScenarios(scenarios, ctx);
  const forecast = { createdAt: time(input.createdAt, "createdAt"), closesAt: time(input.closesAt, "closesAt"), scenarioCount: scenarios?.length ?? null };
  if (forecast.createdAt !== null && forecast.createdAt > now) ctx.addIssue({ code: "custom", path: ["createdAt"], message: "can't be in the future" });
  if (forecast.createdAt !== null && forecast.closesAt !== null && forecast.closesAt <= forecast.createdAt) {
    ctx.addIssue({ code: "custom", path: ["closesAt"], message: `must be after the forecast was made (${formatDayTime(forecast.createdAt)})` });
  }
  const predictions = Array.isArray(input.predictions) ? input.predictions : [];
  predictions.forEach((prediction, index) => {
    if (isRecord(prediction)) checkPrediction(prediction, index, time(prediction.createdAt, `predictions.${index}.createdAt`), forecast, now, ctx);
  });
  checkSameInstants(predictions, (index) => time((predictions[index] as Loose).createdAt, `predictions.${index}.createdAt`), ctx);
  if (isRecord(input.resolution)) checkResolution(input.resolution, time(input.resolution.outcomeKnownAt, "resolution.outcomeKnownAt"), forecast, now, ctx);
}

interface ForecastFacts {
  createdAt: number | null;
  closesAt: number | null;
  scenarioCount: number | null;
}

function checkPrediction(prediction: Loose, index: number, createdAt: number | null, forecast: ForecastFacts, now: number, ctx: Ctx): void {
  const at = (field: string) => ["predictions", index, field];
  const { probabilities } = prediction;
  if (Array.isArray(probabilities) && probabilities.every((p) => typeof p === "number") && forecast.scenarioCount !== null) {
    if (probabilities.length !== forecast.scenarioCount) {
      ctx.addIssue({ code: "custom", path: at("probabilities"), message: `needs one percentage per scenario (${forecast.scenarioCount}), got ${probabilities.length}` });
    } else if (!sumsToHundred(probabilities)) {
      ctx.addIssue({ code: "custom", path: at("probabilities"), message: describeSum(probabilities) });
    }
  }
  if (createdAt === null) return;
  if (createdAt > now) ctx.addIssue({ code: "custom", path: at("createdAt"), message: "can't be in the future" });
  if (forecast.createdAt !== null && createdAt < forecast.createdAt) {
    ctx.addIssue({ code: "custom", path: at("createdAt"), message: `is before the forecast was made (${formatDayTime(forecast.createdAt)})` });
  }
  if (forecast.closesAt !== null && createdAt > forecast.closesAt) {
    ctx.addIssue({ code: "custom", path: at("createdAt"), message: `is after the forecast's horizon (${formatDayTime(forecast.closesAt)}): a prediction after the horizon is refused` });
  }
}

/**
 * Two predictions of one analyst at the same millisecond have no order of their own: which one is
 * "final" would depend on the ids the import happens to give them. Refused, naming both, so that
 * importing the same file twice scores the same.
 */
function checkSameInstants(predictions: unknown[], createdAtOf: (index: number) => number | null, ctx: Ctx): void {
  const byInstant = new Map<string, number[]>();
  predictions.forEach((prediction, index) => {
    if (!isRecord(prediction) || typeof prediction.analyst !== "string") return;
    const createdAt = createdAtOf(index);
    if (createdAt === null) return;
    const key = `${prediction.analyst} ${createdAt}`;
    byInstant.set(key, [...(byInstant.get(key) ?? []), index]);
  });
  for (const indexes of byInstant.values()) {
    if (indexes.length < 2) continue;
    const analyst = (predictions[indexes[0]] as Loose).analyst as string;
    for (const index of indexes) {
      const others = indexes.filter((other) => other !== index).map((other) => `predictions.${other}`).join(", ");
      ctx.addIssue({ code: "custom", path: ["predictions", index, "createdAt"], message: `is the same instant as ${others} by ${analyst}: one analyst's predictions need distinct times` });
    }
  }
}

function checkResolution(resolution: Loose, knownAt: number | null, forecast: ForecastFacts, now: number, ctx: Ctx): void {
  const outcome = resolution.outcome;
  if (typeof outcome === "number" && Number.isInteger(outcome) && forecast.scenarioCount !== null && outcome >= forecast.scenarioCount) {
    ctx.addIssue({ code: "custom", path: ["resolution", "outcome"], message: `is not a scenario: the index runs from 0 to ${forecast.scenarioCount - 1}` });
  }
  if (knownAt === null) return;
  if (knownAt > now) ctx.addIssue({ code: "custom", path: ["resolution", "outcomeKnownAt"], message: "can't be in the future" });
  if (forecast.createdAt !== null && knownAt < forecast.createdAt) {
    ctx.addIssue({ code: "custom", path: ["resolution", "outcomeKnownAt"], message: `can't be before the forecast was made (${formatDayTime(forecast.createdAt)})` });
  }
}

const FIELD_WORDS: Record<string, string> = {
  createdAt: "made at",
  closesAt: "horizon",
  resolutionCriteria: "resolution criteria",
  outcomeKnownAt: "outcome known at",
  teamId: "team",
  reportId: "report",
  probabilities: "probabilities",
};

/**
 * An issue's field in plain words for the import page and the CLI: "forecasts.3.predictions.1.probabilities"
 * is "Forecast 4, prediction 2: probabilities" (people count from 1; the file's indexes stay in the API).
 */
export function describeImportField(field: string): string {
  const parts = field.split(".");
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    const numbered = { forecasts: "Forecast", predictions: "prediction", scenarios: "scenario", tags: "tag" }[part];
    if (numbered && next !== undefined && /^\d+$/.test(next)) {
      words.push(`${numbered} ${Number(next) + 1}`);
      i++;
    } else {
      words.push(FIELD_WORDS[part] ?? part);
    }
  }
  if (field === "") return "The file";
  const last = words.pop()!;
  return words.length === 0 ? capitalise(last) : `${capitalise(words.join(", "))}: ${last}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
