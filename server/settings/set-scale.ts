import "server-only";
import { getDb, withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { readScale, writeScale } from "@/db/queries/scale";
import { canChangeSettings, type Actor } from "@/lib/auth/policy";
import { Forbidden, RuleViolation } from "@/lib/errors";
import type { ScaleId } from "@/lib/estimative";
import { auditActorId } from "../system-actor";

/** The installation's estimative scale, for any page that shows words beside numbers. */
export function currentScale(): Promise<ScaleId> {
  return readScale(getDb());
}

/** Switches the words shown beside numbers; stored numbers never change (SPEC §3). */
export async function setScale(actor: Actor, scale: unknown, now: number): Promise<void> {
  if (!canChangeSettings(actor)) throw new Forbidden("Only an admin can change the estimative scale.");
  if (scale !== "icd203" && scale !== "phia") throw new RuleViolation([{ field: "scale", message: "must be icd203 or phia" }]);
  await withTransaction(async (tx) => {
    const before = await readScale(tx);
    await writeScale(tx, scale);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "settings.scale", entity: "setting", entityId: "estimative_scale", before: { scale: before }, after: { scale } });
  });
}
