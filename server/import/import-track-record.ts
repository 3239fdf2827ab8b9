import "server-only";
import { withTransaction, type Conn } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import {
  analyzeImportedTables,
  flushSearchIndex,
  importTables,
  insertInSlices,
  insertPasswordlessAnalysts,
  userIdsByEmail,
  withImportCache,
  type ForecastInsert,
  type PredictionInsert,
  type ProbabilityInsert,
  type ResolutionInsert,
  type ScenarioInsert,
  type TagInsert,
} from "@/db/queries/import";
import { canImport, type Actor } from "@/lib/auth/policy";
import { Forbidden, RuleViolation } from "@/lib/errors";
import type { ImportAnswer, ImportForecastInput } from "@/lib/validation/import";
import { toTenths } from "@/lib/validation/probabilities";
import { auditActorId } from "../system-actor";
import { pacer } from "./pace";
import { parseImportText } from "./parse-import-text";
import { sequentialIds } from "./sequential-ids";
import { storeScoresOfMany } from "./store-scores-many";
import { checkImport, mergeIssues, referenceIssues } from "./validate-import";

export type { ImportAnswer };

export type ImportPhase = "parsing" | "validating" | "writing" | "scoring";
/** Told as the import goes, for the CLI's progress line. */
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

const RESOLUTION_RATIONALE = "Imported with the track record.";

/** The adapters' entry (API route, CLI, page): the body as text, parsed without stalling the server. */
export async function importTrackRecordText(actor: Actor, text: string, now: number, progress: ImportProgress = () => {}): Promise<ImportAnswer> {
  if (!canImport(actor)) throw new Forbidden("Only an admin can import track records.");
  progress("parsing", 0, 1);
  const body = await parseImportText(text, pacer());
  progress("parsing", 1, 1);
  return importTrackRecord(actor, body, now, progress);
}

/**
 * SPEC §6's import of a track record, all or nothing. Everything that can be checked without the
 * database is checked first, outside any transaction, pacing so the server keeps answering, and
 * every row is planned there too; then one transaction checks the teams and reports the file
 * names (reporting every bad item of the file at once, 422), looks up the people by email
 * (creating the unknown ones as analysts without a password), writes every row in bulk, stores
 * the scores of each resolved forecast (`storeScoresOfMany`) and one audit row with the counts.
 * Any failure rolls all of it back: nothing is stored, not even the new people.
 */
export async function importTrackRecord(actor: Actor, raw: unknown, now: number, progress: ImportProgress = () => {}): Promise<ImportAnswer> {
  if (!canImport(actor)) throw new Forbidden("Only an admin can import track records.");
  const pace = pacer();
  const checked = await checkImport(raw, now, pace, (done, total) => progress("validating", done, total));
  const plan = checked.issues.length === 0 ? await planRows(checked.forecasts, now, pace) : null;
  return withTransaction(async (tx) => {
    // Teams and reports are checked where it counts, in the transaction, and reported with every
    // other issue of the file (a bad file holds the writer for these few reads only).
    const issues = mergeIssues(checked.issues, await referenceIssues(tx, checked.items));
    if (issues.length > 0 || !plan) throw new RuleViolation(issues);
    const created = await resolvePeople(tx, plan, now, pace);
    const resolved = plan.rows.resolutions.filter((r) => !r.annulled).map((r) => r.forecastId);
    await withImportCache(async () => {
      await writeRows(tx, plan, pace, (done, total) => progress("writing", done, total));
      await analyzeImportedTables(tx);
      progress("scoring", 0, resolved.length);
      await storeScoresOfMany(tx, resolved, pace, true);
      progress("scoring", resolved.length, resolved.length);
    });
    await writeAudit(tx, {
      at: now,
      actorId: auditActorId(actor),
      action: "import",
      entity: "forecast",
      entityId: plan.ids[0],
      after: { ...plan.counts, analystsCreated: created, firstForecastId: plan.ids[0], lastForecastId: plan.ids.at(-1) },
    });
    return { imported: plan.counts, ids: plan.ids };
  });
}

interface Plan {
  ids: string[];
  counts: ImportAnswer["imported"];
  /** Every email the file names, lower-cased. */
  emails: string[];
  rows: {
    forecasts: ForecastInsert[];
    scenarios: ScenarioInsert[];
    tags: TagInsert[];
    predictions: PredictionInsert[];
    probabilities: ProbabilityInsert[];
    resolutions: ResolutionInsert[];
  };
}

/**
 * Every row, built before the transaction. People are written as their email for now
 * (`authorId`, `analystId`, `resolverId`); `resolvePeople` swaps in their ids once it knows them.
 */
async function planRows(forecasts: ImportForecastInput[], now: number, pace: () => Promise<void>): Promise<Plan> {
  const nextId = sequentialIds(now);
  const rows: Plan["rows"] = { forecasts: [], scenarios: [], tags: [], predictions: [], probabilities: [], resolutions: [] };
  const emails = new Set<string>();
  const ids: string[] = [];
  for (const input of forecasts) {
    const forecastId = nextId();
    const { scenarios: scenarioInputs, predictions, resolution, tags, author, ...fields } = input;
    emails.add(author);
    rows.forecasts.push({ id: forecastId, ...fields, authorId: author });
    const scenarioIds = scenarioInputs.map((s, position) => {
      const id = nextId();
      rows.scenarios.push({ id, forecastId, position, label: s.label, description: s.description, baseline: s.baseline });
      return id;
    });
    for (const tag of tags) rows.tags.push({ forecastId, tag, createdAt: input.createdAt });
    for (const p of predictions) {
      const predictionId = nextId();
      emails.add(p.analyst);
      rows.predictions.push({ id: predictionId, forecastId, analystId: p.analyst, createdAt: p.createdAt, rationale: p.rationale });
      p.probabilities.forEach((pct, k) => rows.probabilities.push({ predictionId, forecastId, scenarioId: scenarioIds[k], tenths: toTenths(pct) }));
    }
    if (resolution) {
      if (resolution.resolver) emails.add(resolution.resolver);
      rows.resolutions.push({
        forecastId,
        outcomeScenarioId: resolution.annulled ? null : scenarioIds[resolution.outcome!],
        annulled: resolution.annulled,
        outcomeKnownAt: resolution.outcomeKnownAt,
        rationale: resolution.rationale || RESOLUTION_RATIONALE,
        resolverId: resolution.resolver ?? null,
        createdAt: now,
      });
    }
    ids.push(forecastId);
    await pace();
  }
  return { ids, emails: [...emails], rows, counts: { forecasts: ids.length, predictions: rows.predictions.length, resolutions: rows.resolutions.length } };
}

/** Finds each email's user, creates the missing ones, and puts their ids in the planned rows. Returns how many were created. */
async function resolvePeople(tx: Conn, plan: Plan, now: number, pace: () => Promise<void>): Promise<number> {
  const ids = await userIdsByEmail(tx, plan.emails);
  const missing = plan.emails.filter((email) => !ids.has(email)).map((email) => ({ id: crypto.randomUUID(), email, name: nameFromEmail(email) }));
  for (const person of missing) ids.set(person.email, person.id);
  await insertPasswordlessAnalysts(tx, missing, now);
  await pace();
  for (const row of plan.rows.forecasts) row.authorId = ids.get(row.authorId)!;
  for (const [index, row] of plan.rows.predictions.entries()) {
    if (index % 10_000 === 0) await pace();
    row.analystId = ids.get(row.analystId)!;
  }
  for (const row of plan.rows.resolutions) if (row.resolverId) row.resolverId = ids.get(row.resolverId)!;
  return missing.length;
}

/** "sf06@forecastbench.example" → "sf06": a name to show until an admin gives a better one. */
function nameFromEmail(email: string): string {
  return email.split("@")[0] || email;
}

async function writeRows(tx: Conn, plan: Plan, pace: () => Promise<void>, progress: (done: number, total: number) => void): Promise<void> {
  const { rows } = plan;
  const total = rows.forecasts.length + rows.scenarios.length + rows.tags.length + rows.predictions.length + rows.probabilities.length + rows.resolutions.length;
  let before = 0;
  const write = async <T extends (typeof importTables)[keyof typeof importTables]>(table: T, list: T["$inferInsert"][]) => {
    await insertInSlices(tx, table, list, async (written) => {
      progress(before + written, total);
      await pace();
    });
    before += list.length;
    // Written: the garbage collector may have these rows now, a table at a time during the import,
    // rather than all of them at once after it (one long pause while the server should be answering).
    list.length = 0;
  };
  await write(importTables.forecast, rows.forecasts);
  await write(importTables.scenario, rows.scenarios);
  await write(importTables.forecastTag, rows.tags);
  // A resolution's trigger updates its forecast's row and state indexes: done while those pages
  // are fresh, before the predictions' hundreds of megabytes push them out of SQLite's cache.
  await write(importTables.resolution, rows.resolutions);
  await flushSearchIndex(tx);
  await write(importTables.prediction, rows.predictions);
  await write(importTables.predictionProbability, rows.probabilities);
}
