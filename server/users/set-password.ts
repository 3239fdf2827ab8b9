import "server-only";
import { hashPassword } from "better-auth/crypto";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { getUser, setPasswordHash } from "@/db/queries/users";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { Forbidden, NotFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { setPasswordSchema } from "@/lib/validation/user";
import { auditActorId } from "../system-actor";

/** An admin gives a user a (new) password, e.g. an imported analyst who had none. */
export async function setPassword(actor: Actor, userId: string, rawInput: unknown, now: number): Promise<void> {
  if (!canManageUsers(actor)) throw new Forbidden("Only an admin can set passwords.");
  const { password } = parseOrThrow(setPasswordSchema, rawInput);
  const passwordHash = await hashPassword(password);
  await withTransaction(async (tx) => {
    if (!(await getUser(tx, userId))) throw new NotFound("The user");
    await setPasswordHash(tx, userId, passwordHash, now);
    // The password itself is never written anywhere but as its hash.
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "user.password", entity: "user", entityId: userId, after: { password: "set" } });
  });
}
