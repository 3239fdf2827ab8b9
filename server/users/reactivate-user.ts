import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { getUser, setDeactivatedAt } from "@/db/queries/users";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { Forbidden, NotFound } from "@/lib/errors";
import { auditActorId } from "../system-actor";

/** An admin lets a deactivated account sign in again; its unrevoked API tokens work again too. */
export async function reactivateUser(actor: Actor, userId: string, now: number): Promise<void> {
  if (!canManageUsers(actor)) throw new Forbidden("Only an admin can reactivate accounts.");
  await withTransaction(async (tx) => {
    const user = await getUser(tx, userId);
    if (!user) throw new NotFound("The user");
    if (user.deactivatedAt === null) return;
    await setDeactivatedAt(tx, userId, null, now);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "user.reactivate", entity: "user", entityId: userId, before: { deactivatedAt: user.deactivatedAt }, after: { deactivatedAt: null } });
  });
}
