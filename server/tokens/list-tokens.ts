import "server-only";
import { getDb } from "@/db/client";
import { listTokensOf } from "@/db/queries/tokens";
import type { Actor } from "@/lib/auth/policy";
import type { TokenSummary } from "@/lib/dto/token";

/** A user's own tokens, without hashes. */
export async function listMyTokens(actor: Actor): Promise<TokenSummary[]> {
  return (await listTokensOf(getDb(), actor.id)).map(({ id, name, prefix, createdAt, lastUsedAt, revokedAt }) => ({ id, name, prefix, createdAt, lastUsedAt, revokedAt }));
}
