import "server-only";
import { getDb } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { readScale, writeScale } from "@/db/queries/scale";
import { canChangeSettings, type Actor } from "@/lib/auth/policy";
import { Forbidden, RuleViolation } from "@/lib/errors";
import { auditActorId } from "../system-actor";

/** Switches the words shown beside numbers; stored numbers never change (SPEC §3). */
export function setScale(actor: Actor, scale: unknown, now: number): void {
  if (!canChangeSettings(actor)) throw new Forbidden("Only an admin can change the estimative scale.");
  if (scale !== "icd203" && scale !== "phia") throw new RuleViolation([{ field: "scale", message: "must be icd203 or phia" }]);
  const before = readScale();
  getDb().transaction((tx) => {
    writeScale(scale);
    writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "settings.scale", entity: "setting", entityId: "estimative_scale", before: { scale: before }, after: { scale } });
  });
}
