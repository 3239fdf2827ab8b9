import "server-only";
import { getDb, withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { readIndependenceRule, writeIndependenceRule } from "@/db/queries/independence";
import { canChangeSettings, type Actor } from "@/lib/auth/policy";
import { Forbidden, RuleViolation } from "@/lib/errors";
import { auditActorId } from "../system-actor";

export function currentIndependenceRule(): Promise<boolean> {
  return readIndependenceRule(getDb());
}

/** SPEC §2: an admin can switch the independent first forecast off (and on again) for the installation. */
export async function setIndependenceRule(actor: Actor, on: unknown, now: number): Promise<void> {
  if (!canChangeSettings(actor)) throw new Forbidden("Only an admin can change the independent first forecast rule.");
  if (typeof on !== "boolean") throw new RuleViolation([{ field: "on", message: "must be true or false" }]);
  await withTransaction(async (tx) => {
    const before = await readIndependenceRule(tx);
    await writeIndependenceRule(tx, on);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "settings.independence", entity: "setting", entityId: "independent_first_forecast", before: { on: before }, after: { on } });
  });
}
