import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { insertToken } from "@/db/queries/tokens";
import type { Actor } from "@/lib/auth/policy";
import { generateApiToken } from "@/lib/auth/token";
import { parseOrThrow } from "@/lib/validation/issues";
import { createTokenSchema } from "@/lib/validation/user";
import { auditActorId } from "../system-actor";

/** Every user may create tokens for themselves; the plain token is returned once and never stored. */
export async function createToken(actor: Actor, ownerId: string, rawInput: unknown, now: number): Promise<{ id: string; token: string; prefix: string }> {
  const input = parseOrThrow(createTokenSchema, rawInput);
  const { token, hash, prefix } = generateApiToken();
  const id = crypto.randomUUID();
  await withTransaction(async (tx) => {
    await insertToken(tx, { id, userId: ownerId, name: input.name, tokenHash: hash, prefix, createdAt: now });
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "token.create", entity: "api_token", entityId: id, after: { userId: ownerId, name: input.name, prefix } });
  });
  return { id, token, prefix };
}
