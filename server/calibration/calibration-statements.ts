import "server-only";
import { getDb } from "@/db/client";
import { statementsInRange, type StatementCursor } from "@/db/queries/calibration";
import type { Actor } from "@/lib/auth/policy";
import { binsOf } from "@/lib/calibration/bins";
import { BadRequest } from "@/lib/errors";
import { fromTenths } from "@/lib/validation/probabilities";
import type { CalibrationStatementsQuery } from "@/lib/validation/calibration";
import { scoreFilterOf } from "../scores/list-scores";
import { authoriseCalibration } from "./get-calibration";

export interface CalibrationStatementDto {
  forecastId: string;
  analystId: string;
  scenarioId: string;
  /** Percent. */
  probability: number;
  outcome: 0 | 1;
}

/** What the drill-down shows beside SPEC's fields: the words a person recognises. */
export interface CalibrationStatementView extends CalibrationStatementDto {
  title: string;
  analystName: string;
  scenarioLabel: string;
  outcomeKnownAt: number;
}

/**
 * GET /api/v1/calibration/statements: the statements in one bin of the calibration the same
 * query gives, newest outcome first, a page at a time, with the same rights (an analyst sees
 * only their own, and another analyst's `analystId` is a 403).
 */
export async function calibrationStatements(actor: Actor, query: CalibrationStatementsQuery): Promise<{ items: CalibrationStatementView[]; nextCursor: string | null }> {
  authoriseCalibration(actor, query);
  if (query.of === "aggregate") throw new BadRequest("of: the statements of a bin are the analysts' own; the aggregate forecast has no analyst to list", [{ field: "of", message: "must be analysts to list a bin's statements" }]);
  const bins = binsOf(query.bins);
  const bin = bins[query.bin];
  if (!bin) throw new BadRequest(`bin: must be from 0 to ${bins.length - 1} for ${query.bins}`, [{ field: "bin", message: `must be from 0 to ${bins.length - 1}` }]);
  const after = query.cursor === undefined ? null : decodeStatementCursor(query.cursor);
  if (after === null && query.cursor !== undefined) throw new BadRequest("cursor: is not a cursor this list gave out", [{ field: "cursor", message: "is not a cursor this list gave out" }]);
  const range = { lower: bin.lower * 10, upper: bin.upper * 10, lowerInclusive: bin.lowerInclusive, upperInclusive: bin.upperInclusive };
  const rows = await statementsInRange(getDb(), scoreFilterOf(actor, query), range, query.limit, after);
  const items = rows.slice(0, query.limit).map((r) => ({
    forecastId: r.forecastId,
    analystId: r.analystId,
    scenarioId: r.scenarioId,
    probability: fromTenths(r.tenths),
    outcome: r.outcome as 0 | 1,
    title: r.title,
    analystName: r.analystName,
    scenarioLabel: r.scenarioLabel,
    outcomeKnownAt: r.outcomeKnownAt,
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeStatementCursor(last) : null };
}

function encodeStatementCursor(c: StatementCursor): string {
  return Buffer.from(JSON.stringify([c.outcomeKnownAt, c.forecastId, c.analystId, c.scenarioId])).toString("base64url");
}

function decodeStatementCursor(cursor: string): StatementCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 4 && typeof v[0] === "number" && v.slice(1).every((s) => typeof s === "string")) return { outcomeKnownAt: v[0], forecastId: v[1], analystId: v[2], scenarioId: v[3] };
  } catch {
    // reported by the caller
  }
  return null;
}
