import "server-only";
import { withTransaction, type Conn } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { insertEvent, insertIndicator, insertLink } from "@/db/queries/evidence";
import { insertForecast, insertPrediction } from "@/db/queries/forecasts";
import { insertReport } from "@/db/queries/reports";
import { readSetting, writeSetting } from "@/db/queries/settings";
import { findUserIdByEmail, insertUser } from "@/db/queries/users";
import { canImport, hasRole, type Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden } from "@/lib/errors";
import { toTenths } from "@/lib/validation/probabilities";
import { SYSTEM_ACTOR, auditActorId } from "../system-actor";
import { loadPracticeHistory } from "./practice-history";
import {
  EXAMPLE_EVENTS,
  EXAMPLE_FORECASTS,
  EXAMPLE_PEOPLE,
  EXAMPLE_REPORT,
  NEWCOMER,
  openExampleEvents,
  openExampleForecasts,
  type ExampleEvent,
  type ExampleForecast,
} from "./example-workspace";

const LOADED_KEY = "example_loaded_at";

/**
 * Loads the example workspace. Its report's forecasts are dated August 2021 like the report, which
 * makes this a historical import: admins only, like every other back-dating (SPEC §1). The open
 * practice forecasts are dated from `now`, so their horizons lie ahead whenever it is loaded. A
 * small resolved practice record comes with it (`practice-history.ts`), so scores show at once.
 * `forecasts` counts them all.
 */
export async function loadExampleWorkspace(actor: Actor, now: number): Promise<{ forecasts: number; reportId: string }> {
  if (!canImport(actor)) throw new Forbidden("Only an admin can load the example workspace.");
  const reportId = crypto.randomUUID();
  const openForecasts = openExampleForecasts(now);
  const events = [...EXAMPLE_EVENTS, ...openExampleEvents(now)];
  let forecasts = EXAMPLE_FORECASTS.length + openForecasts.length;
  await withTransaction(async (tx) => {
    if (await readSetting(tx, LOADED_KEY)) throw new Conflict("conflict", "The example workspace is already loaded.");
    const people = await ensurePeople(tx, now);
    people.set(NEWCOMER, newcomerId(actor) ?? people.get("author")!);
    await insertReport(tx, { id: reportId, ...EXAMPLE_REPORT, createdBy: people.get("author")!, createdAt: Date.parse(`${EXAMPLE_REPORT.publishedAt}T12:00:00Z`) });
    const indicatorIds = new Map<string, string>();
    for (const example of EXAMPLE_FORECASTS) await insertExampleForecast(tx, example, reportId, people, indicatorIds);
    for (const example of openForecasts) await insertExampleForecast(tx, example, null, people, indicatorIds);
    await insertExampleEvents(tx, events, people.get("author")!, indicatorIds);
    forecasts += await loadPracticeHistory(tx, actor, now);
    await writeSetting(tx, LOADED_KEY, String(now));
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "example.load", entity: "report", entityId: reportId, after: { forecasts, events: events.length } });
  });
  return { forecasts, reportId };
}

/** The loader, when they are a person who may author forecasts: indicators belong to a forecast's author. */
function newcomerId(actor: Actor): string | null {
  return actor.id !== SYSTEM_ACTOR.id && hasRole(actor, "analyst") ? actor.id : null;
}

async function ensurePeople(tx: Conn, now: number): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const person of EXAMPLE_PEOPLE) {
    let id = await findUserIdByEmail(tx, person.email);
    if (!id) {
      id = crypto.randomUUID();
      await insertUser(tx, { id, name: person.name, email: person.email, roles: ["analyst"], passwordHash: null, at: now });
    }
    ids.set(person.key, id);
  }
  return ids;
}

async function insertExampleForecast(tx: Conn, example: ExampleForecast, reportId: string | null, people: Map<string, string>, indicatorIds: Map<string, string>): Promise<void> {
  const forecastId = crypto.randomUUID();
  const authorId = people.get(example.author ?? "author")!;
  const scenarios = example.scenarios.map((s) => ({ id: crypto.randomUUID(), label: s.label, description: s.description, baseline: Boolean(s.baseline) }));
  const createdAt = Date.parse(example.createdAt);
  await insertForecast(tx, {
    id: forecastId,
    title: example.title,
    statement: example.statement,
    resolutionCriteria: example.resolutionCriteria,
    closesAt: Date.parse(example.closesAt),
    createdAt,
    confidence: example.confidence,
    teamId: null,
    authorId,
    reportId,
    excerpt: example.excerpt ?? null,
    tags: example.tags,
    scenarios,
  });
  for (const p of example.predictions) {
    const tenths = Object.fromEntries(scenarios.map((s, i) => [s.id, toTenths(p.probabilities[i])]));
    await insertPrediction(tx, { id: crypto.randomUUID(), forecastId, analystId: people.get(p.by)!, createdAt: Date.parse(p.at), rationale: p.rationale, tenths });
  }
  for (const ind of example.indicators) {
    const id = crypto.randomUUID();
    indicatorIds.set(ind.key, id);
    await insertIndicator(tx, {
      id,
      forecastId,
      scenarioId: scenarios[ind.scenario].id,
      description: ind.description,
      direction: ind.direction,
      likelihoodRatio: ind.likelihoodRatio,
      expectedBy: ind.expectedBy ? Date.parse(ind.expectedBy) : null,
      createdBy: authorId,
      createdAt,
      retiredAt: null,
    });
  }
}

async function insertExampleEvents(tx: Conn, events: ExampleEvent[], recorderId: string, indicatorIds: Map<string, string>): Promise<void> {
  for (const example of events) {
    const eventId = crypto.randomUUID();
    const occurredAt = Date.parse(example.occurredAt);
    await insertEvent(tx, {
      id: eventId,
      occurredAt,
      title: example.title,
      description: example.description,
      sourceUrl: null,
      sourceReliability: example.sourceReliability,
      infoCredibility: example.infoCredibility,
      createdBy: recorderId,
      createdAt: occurredAt + 86_400_000,
    });
    for (const link of example.links) {
      await insertLink(tx, { id: crypto.randomUUID(), eventId, indicatorId: indicatorIds.get(link.indicator)!, note: link.note, createdBy: recorderId, createdAt: occurredAt + 86_400_000 });
    }
  }
}
