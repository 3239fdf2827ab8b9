import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Conn } from "../client";
import { apiToken } from "../schema";
import { first } from "./first";

export async function insertToken(db: Conn, row: typeof apiToken.$inferInsert): Promise<void> {
  await db.insert(apiToken).values(row);
}

/** The live token with this hash, if any: revoked tokens never authenticate. */
export function findLiveTokenByHash(db: Conn, tokenHash: string) {
  return first(db.select().from(apiToken).where(and(eq(apiToken.tokenHash, tokenHash), isNull(apiToken.revokedAt))).limit(1));
}

export function findTokenByHash(db: Conn, tokenHash: string) {
  return first(db.select().from(apiToken).where(eq(apiToken.tokenHash, tokenHash)).limit(1));
}

export function findToken(db: Conn, tokenId: string) {
  return first(db.select().from(apiToken).where(eq(apiToken.id, tokenId)).limit(1));
}

export async function listTokensOf(db: Conn, userId: string) {
  return db.select().from(apiToken).where(eq(apiToken.userId, userId)).orderBy(desc(apiToken.createdAt));
}

export async function markTokenRevoked(db: Conn, tokenId: string, at: number): Promise<void> {
  await db.update(apiToken).set({ revokedAt: at }).where(eq(apiToken.id, tokenId));
}

export async function touchToken(db: Conn, tokenId: string, at: number): Promise<void> {
  await db.update(apiToken).set({ lastUsedAt: at }).where(eq(apiToken.id, tokenId));
}
