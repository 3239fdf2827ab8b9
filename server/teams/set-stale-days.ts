import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { updateStaleDays } from "@/db/queries/teams";
import { canManageTeams, type Actor } from "@/lib/auth/policy";
import { Forbidden, NotFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { staleDaysSchema } from "@/lib/validation/team";
import { auditActorId } from "../system-actor";

/** The team's N of "stale after N days" (default 30): managers and admins set it. */
export async function setStaleDays(actor: Actor, rawInput: unknown, now: number): Promise<void> {
  if (!canManageTeams(actor)) throw new Forbidden("Only managers and admins can change a team's settings.");
  const { teamId, staleDays } = parseOrThrow(staleDaysSchema, rawInput);
  await withTransaction(async (tx) => {
    const changed = await updateStaleDays(tx, teamId, staleDays);
    if (!changed) throw new NotFound("The team");
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "team.stale_days", entity: "team", entityId: teamId, before: { staleDays: changed.before }, after: { staleDays } });
  });
}
