import "server-only";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { getDb, withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { deleteSessionsOf, passwordHashOf, setPasswordHash } from "@/db/queries/users";
import type { Actor } from "@/lib/auth/policy";
import { Conflict, RuleViolation } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/validation/change-password";
import { parseOrThrow } from "@/lib/validation/issues";
import { auditActorId } from "../system-actor";

/**
 * A signed-in person changes their own password, proving they know the current one. Every other
 * session of theirs ends (a changed password is often a suspected leak); the one they are using
 * (`keepSessionId`) stays. API tokens are separate credentials and stay valid.
 */
export async function changeOwnPassword(actor: Actor, keepSessionId: string | null, rawInput: unknown, now: number): Promise<{ endedSessions: number }> {
  const input = parseOrThrow(changePasswordSchema, rawInput);
  // Hashing and verifying are slow on purpose, so they happen before the transaction.
  const storedHash = await passwordHashOf(getDb(), actor.id);
  if (!storedHash) throw new Conflict("conflict", "Your account has no password yet: ask an administrator to set one.");
  if (!(await verifyPassword({ hash: storedHash, password: input.currentPassword }))) {
    throw new RuleViolation([{ field: "currentPassword", message: "That is not your current password." }]);
  }
  const newHash = await hashPassword(input.newPassword);
  return withTransaction(async (tx) => {
    // The hash may have changed meanwhile (another session of theirs, an admin): then refuse.
    if ((await passwordHashOf(tx, actor.id)) !== storedHash) throw new Conflict("conflict", "Your password was changed meanwhile. Sign in again with the new one.");
    await setPasswordHash(tx, actor.id, newHash, now);
    const endedSessions = await deleteSessionsOf(tx, actor.id, keepSessionId ?? undefined);
    // The password itself is never written anywhere but as its hash.
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "user.password.change", entity: "user", entityId: actor.id, after: { password: "changed", endedSessions } });
    return { endedSessions };
  });
}
