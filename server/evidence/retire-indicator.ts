import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findIndicator, setIndicatorRetired } from "@/db/queries/evidence";
import { findForecastRow } from "@/db/queries/forecasts";
import { canAddIndicator, type Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { auditActorId } from "../system-actor";

/**
 * Retiring keeps the indicator (greyed, with its links) but stops it counting as evidence. It is
 * how a mis-specified indicator is corrected: once an event is linked, it is never rewritten.
 */
export async function retireIndicator(actor: Actor, indicatorId: string, now: number): Promise<void> {
  await withTransaction(async (tx) => {
    const indicator = await findIndicator(tx, indicatorId);
    if (!indicator) throw new NotFound("The indicator");
    const forecast = (await findForecastRow(tx, indicator.forecastId))!;
    if (!canAddIndicator(actor, forecast)) throw new Forbidden("Only the forecast's author can retire its indicators.");
    if (indicator.retiredAt !== null) throw new Conflict("conflict", "This indicator is already retired.");
    await setIndicatorRetired(tx, indicatorId, now);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "indicator.retire", entity: "indicator", entityId: indicatorId, before: { retiredAt: null }, after: { retiredAt: now } });
  });
}
