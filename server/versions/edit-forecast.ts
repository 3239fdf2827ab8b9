import "server-only";
import { getDb, withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findForecastRow, lockForecast, resolutionOf, scenariosOf, statusOf } from "@/db/queries/forecasts";
import { participantsOf, tellPeople } from "@/db/queries/inbox";
import { appendScenarios, insertVersion, updateQuestion } from "@/db/queries/versions";
import { hasRole, type Actor } from "@/lib/auth/policy";
import type { ForecastDto } from "@/lib/dto/forecast";
import { Conflict, Forbidden, NotFound, RuleViolation, type FieldIssue } from "@/lib/errors";
import { MAX_SCENARIOS } from "@/lib/validation/forecast";
import { editForecastSchema, type EditForecastInput } from "@/lib/validation/forecast-edit";
import { parseOrThrow } from "@/lib/validation/issues";
import { describeChangedFields, questionChanges, type Changes } from "@/lib/versions/changes";
import { toForecastDto } from "../forecasts/forecast-dto";
import { loadForecast } from "../forecasts/load-forecast";
import { auditActorId } from "../system-actor";

/** SPEC §2: the author (or an admin) may edit an open forecast's question. */
export function canEditQuestion(actor: Actor, forecast: { authorId: string }): boolean {
  return hasRole(actor, "admin") || (hasRole(actor, "analyst") && forecast.authorId === actor.id);
}

/**
 * PATCH /api/v1/forecasts/:id: a new numbered version of the question, never an overwrite. Every
 * check runs inside the transaction with the forecast locked; everyone else who takes part is told.
 */
export async function editForecast(actor: Actor, forecastId: string, rawInput: unknown, now: number): Promise<ForecastDto> {
  await withTransaction(async (tx) => {
    await lockForecast(tx, forecastId);
    const row = await findForecastRow(tx, forecastId);
    if (!row) throw new NotFound("The forecast");
    if (!canEditQuestion(actor, row)) throw new Forbidden("Only the forecast's author or an admin can edit its question.");
    const status = statusOf(row, await resolutionOf(tx, forecastId), now);
    if (status !== "open") throw new Conflict("conflict", status === "closed" ? "This forecast is past its horizon: its question can no longer change." : "This forecast has been resolved: its question can no longer change.");
    const input = parseOrThrow(editForecastSchema, rawInput);
    const existing = await scenariosOf(tx, forecastId);
    const issues = editIssues(input, existing.map((s) => s.label), now);
    const changes: Changes = questionChanges(row, input);
    const added = input.addScenarios.map((s) => ({ id: crypto.randomUUID(), label: s.label, description: s.description }));
    if (added.length > 0) {
      changes.scenarios = { before: existing.map((s) => s.label), after: [...existing.map((s) => s.label), ...added.map((s) => s.label)] };
      changes.carryOver = { before: null, after: input.carryOver };
    }
    if (issues.length === 0 && Object.keys(changes).length === 0) issues.push({ field: "form", message: "changes nothing: every value is the same as now" });
    if (issues.length > 0) throw new RuleViolation(issues);

    const version = row.version + 1;
    const after = { title: input.title ?? row.title, statement: input.statement ?? row.statement, resolutionCriteria: input.resolutionCriteria ?? row.resolutionCriteria, closesAt: input.closesAt ?? row.closesAt };
    await updateQuestion(tx, forecastId, after, version);
    await appendScenarios(tx, forecastId, added);
    await insertVersion(tx, { forecastId, version, at: now, actorId: auditActorId(actor), reason: input.reason, changes: JSON.stringify(changes) });
    await writeAudit(tx, {
      at: now,
      actorId: auditActorId(actor),
      action: "forecast.edit",
      entity: "forecast",
      entityId: forecastId,
      before: { version: row.version, title: row.title, statement: row.statement, resolutionCriteria: row.resolutionCriteria, closesAt: row.closesAt, scenarios: existing.map((s) => s.label) },
      after: { version, ...after, addScenarios: added, carryOver: input.carryOver, reason: input.reason },
    });
    const others = (await participantsOf(tx, forecastId)).filter((id) => id !== actor.id);
    await tellPeople(tx, others, { kind: "question_edited", forecastId, at: now, text: `${actor.name} changed ${describeChangedFields(changes)} of “${after.title}” (version ${version}): ${input.reason}` });
    if (added.length > 0 && !input.carryOver) {
      const labels = added.map((s) => `“${s.label}”`).join(", ");
      await tellPeople(tx, others, { kind: "update_requested", forecastId, at: now, text: `“${after.title}” has a new scenario (${labels}): please update your prediction to cover it.` });
    }
  });
  const dto = toForecastDto(await loadForecast(getDb(), forecastId), now);
  return dto;
}

function editIssues(input: EditForecastInput, existingLabels: string[], now: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.closesAt !== undefined && input.closesAt <= now) issues.push({ field: "closesAt", message: "must be in the future" });
  const taken = new Set(existingLabels.map((l) => l.toLowerCase()));
  input.addScenarios.forEach((s, index) => {
    if (taken.has(s.label.toLowerCase())) issues.push({ field: `addScenarios.${index}.label`, message: "repeats an existing scenario's label" });
  });
  if (existingLabels.length + input.addScenarios.length > MAX_SCENARIOS) {
    issues.push({ field: "addScenarios", message: `would make ${existingLabels.length + input.addScenarios.length} scenarios: a forecast has at most ${MAX_SCENARIOS}` });
  }
  return issues;
}
