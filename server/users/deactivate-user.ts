import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { deleteSessionsOf, getUser, setDeactivatedAt } from "@/db/queries/users";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { auditActorId } from "../system-actor";

/**
 * An admin deactivates an account: its sessions end now, it cannot sign in, and its API tokens are
 * refused (server/actor.ts) until it is reactivated. Nothing is deleted: the person's forecasts,
 * predictions and audit rows keep their name. Deactivating twice changes nothing.
 */
export async function deactivateUser(actor: Actor, userId: string, now: number): Promise<void> {
  if (!canManageUsers(actor)) throw new Forbidden("Only an admin can deactivate accounts.");
  // An admin cannot lock themself out (and so there is always an active admin left).
  if (userId === actor.id) throw new Conflict("conflict", "You cannot deactivate your own account.");
  await withTransaction(async (tx) => {
    const user = await getUser(tx, userId);
    if (!user) throw new NotFound("The user");
    if (user.deactivatedAt !== null) return;
    await setDeactivatedAt(tx, userId, now, now);
    const endedSessions = await deleteSessionsOf(tx, userId);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "user.deactivate", entity: "user", entityId: userId, before: { deactivatedAt: null }, after: { deactivatedAt: now, endedSessions } });
  });
}
