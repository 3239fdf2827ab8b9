import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Conn } from "../client";
import { apiToken } from "../schema";

export function insertToken(db: Conn, row: typeof apiToken.$inferInsert): void {
  db.insert(apiToken).values(row).run();
}

/** The live token with this hash, if any: revoked tokens never authenticate. */
export function findLiveTokenByHash(db: Conn, tokenHash: string) {
  return db.select().from(apiToken).where(and(eq(apiToken.tokenHash, tokenHash), isNull(apiToken.revokedAt))).get() ?? null;
}

export function findTokenByHash(db: Conn, tokenHash: string) {
  return db.select().from(apiToken).where(eq(apiToken.tokenHash, tokenHash)).get() ?? null;
}

export function findToken(db: Conn, tokenId: string) {
  return db.select().from(apiToken).where(eq(apiToken.id, tokenId)).get() ?? null;
}

export function listTokensOf(db: Conn, userId: string) {
  return db.select().from(apiToken).where(eq(apiToken.userId, userId)).orderBy(desc(apiToken.createdAt)).all();
}

export function markTokenRevoked(db: Conn, tokenId: string, at: number): void {
  db.update(apiToken).set({ revokedAt: at }).where(eq(apiToken.id, tokenId)).run();
}

export function touchToken(db: Conn, tokenId: string, at: number): void {
  db.update(apiToken).set({ lastUsedAt: at }).where(eq(apiToken.id, tokenId)).run();
}
