import "server-only";
import { hashPassword } from "better-auth/crypto";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findUserIdByEmail, insertUser } from "@/db/queries/users";
import { Conflict, Forbidden } from "@/lib/errors";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { parseOrThrow } from "@/lib/validation/issues";
import { createUserSchema } from "@/lib/validation/user";
import { auditActorId } from "../system-actor";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
}

export async function createUser(actor: Actor, rawInput: unknown, now: number): Promise<CreatedUser> {
  if (!canManageUsers(actor)) throw new Forbidden("Only an admin can add users.");
  const input = parseOrThrow(createUserSchema, rawInput);
  // Hashing is slow on purpose, so it happens before the transaction rather than while holding it.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = crypto.randomUUID();
  await withTransaction(async (tx) => {
    if (await findUserIdByEmail(tx, input.email)) throw new Conflict("conflict", `A user with the email ${input.email} already exists.`);
    await insertUser(tx, { id, name: input.name, email: input.email, roles: input.roles, passwordHash, at: now });
    await writeAudit(tx, {
      at: now,
      actorId: auditActorId(actor),
      action: "user.create",
      entity: "user",
      entityId: id,
      after: { email: input.email, name: input.name, roles: input.roles, password: Boolean(passwordHash) },
    });
  });
  return { id, email: input.email, name: input.name, roles: input.roles };
}
