import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { getUser, replaceRoles } from "@/db/queries/users";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { setRolesSchema } from "@/lib/validation/user";
import { auditActorId } from "../system-actor";

export async function setRoles(actor: Actor, userId: string, rawInput: unknown, now: number): Promise<void> {
  if (!canManageUsers(actor)) throw new Forbidden("Only an admin can change roles.");
  const { roles } = parseOrThrow(setRolesSchema, rawInput);
  // An admin may not lock everyone out by removing their own admin role.
  if (userId === actor.id && !roles.includes("admin")) throw new Conflict("conflict", "You cannot remove your own admin role.");
  await withTransaction(async (tx) => {
    const user = await getUser(tx, userId);
    if (!user) throw new NotFound("The user");
    await replaceRoles(tx, userId, roles);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "user.roles", entity: "user", entityId: userId, before: { roles: user.roles }, after: { roles } });
  });
}
