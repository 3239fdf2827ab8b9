import "server-only";
import { getDb } from "@/db/client";
import { findForecastRow } from "@/db/queries/forecasts";
import { versionsOf } from "@/db/queries/versions";
import { canRead, type Actor } from "@/lib/auth/policy";
import { Forbidden, NotFound } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import type { Changes } from "@/lib/versions/changes";

export interface VersionDto {
  version: number;
  at: string;
  actorId: string | null;
  reason: string;
  changes: Changes;
}

/** GET /api/v1/forecasts/:id/versions, oldest first: version 1 is the forecast as its author created it. */
export async function listVersions(actor: Actor, forecastId: string): Promise<{ items: VersionDto[] }> {
  if (!canRead(actor)) throw new Forbidden();
  const db = getDb();
  const row = await findForecastRow(db, forecastId);
  if (!row) throw new NotFound("The forecast");
  const edits = await versionsOf(db, forecastId);
  const created: VersionDto = { version: 1, at: toIso(row.createdAt), actorId: row.authorId, reason: "Created", changes: {} };
  return {
    items: [created, ...edits.map((v) => ({ version: v.version, at: toIso(v.at), actorId: v.actorId, reason: v.reason, changes: JSON.parse(v.changes) as Changes }))],
  };
}
