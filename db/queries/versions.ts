import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Conn } from "../client";
import { forecast, forecastVersion, scenario } from "../schema";

export interface QuestionFields {
  title: string;
  statement: string;
  resolutionCriteria: string;
  closesAt: number;
}

export async function versionsOf(db: Conn, forecastId: string) {
  return db.select().from(forecastVersion).where(eq(forecastVersion.forecastId, forecastId)).orderBy(asc(forecastVersion.version));
}

/** The question's new wording and the next version number, in the edit's transaction. */
export async function updateQuestion(db: Conn, forecastId: string, fields: QuestionFields, version: number): Promise<void> {
  await db.update(forecast).set({ ...fields, version }).where(eq(forecast.id, forecastId));
}

export async function insertVersion(db: Conn, row: typeof forecastVersion.$inferInsert): Promise<void> {
  await db.insert(forecastVersion).values(row);
}

/** New scenarios go after the existing ones; none is ever the baseline (that stays the main assessment). */
export async function appendScenarios(db: Conn, forecastId: string, scenarios: { id: string; label: string; description: string }[]): Promise<void> {
  if (scenarios.length === 0) return;
  const [row] = await db.select({ last: sql<number>`max(${scenario.position})` }).from(scenario).where(eq(scenario.forecastId, forecastId));
  const start = Number(row?.last ?? -1) + 1;
  await db.insert(scenario).values(scenarios.map((s, i) => ({ ...s, forecastId, position: start + i, baseline: false })));
}
