import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findToken, findTokenByHash, markTokenRevoked } from "@/db/queries/tokens";
import { canManageUsers, type Actor } from "@/lib/auth/policy";
import { hashApiToken } from "@/lib/auth/token";
import { Forbidden, NotFound } from "@/lib/errors";
import { auditActorId } from "../system-actor";

type TokenRef = { tokenId: string } | { token: string };

/** Owners revoke their own tokens; admins (and the command line) anyone's. Revoking twice is harmless. */
export async function revokeToken(actor: Actor, ref: TokenRef, now: number): Promise<void> {
  await withTransaction(async (tx) => {
    const row = "tokenId" in ref ? await findToken(tx, ref.tokenId) : await findTokenByHash(tx, hashApiToken(ref.token));
    if (!row) throw new NotFound("The token");
    if (row.userId !== actor.id && !canManageUsers(actor)) throw new Forbidden("You can only revoke your own tokens.");
    if (row.revokedAt !== null) return;
    await markTokenRevoked(tx, row.id, now);
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "token.revoke", entity: "api_token", entityId: row.id, before: { revokedAt: null }, after: { revokedAt: now } });
  });
}
