import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { insertToken } from "@/db/queries/tokens";
import { getUser } from "@/db/queries/users";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { generateApiToken } from "@/lib/auth/token";
import { Forbidden, NotFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation/issues";
import { createTokenSchema } from "@/lib/validation/user";
import { auditActorId } from "../system-actor";

/**
 * Every user may create tokens for themselves; only an admin (or the operator at the command line)
 * for someone else. The plain token is returned once and never stored.
 */
export async function createToken(actor: Actor, rawInput: unknown, now: number): Promise<{ id: string; token: string; prefix: string }> {
  const input = parseOrThrow(createTokenSchema, rawInput);
  const ownerId = input.ownerId ?? actor.id;
  if (ownerId !== actor.id && !canManageUsers(actor)) throw new Forbidden("You can create API tokens only for yourself.");
  const { token, hash, prefix } = generateApiToken();
  const id = crypto.randomUUID();
  await withTransaction(async (tx) => {
    if (!(await getUser(tx, ownerId))) throw new NotFound("The person");
    await insertToken(tx, { id, userId: ownerId, name: input.name, tokenHash: hash, prefix, createdAt: now });
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "token.create", entity: "api_token", entityId: id, after: { userId: ownerId, name: input.name, prefix } });
  });
  return { id, token, prefix };
}
