import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Conn } from "../client";
import { comment } from "../schema";
import { first } from "./first";

export function commentsOf(db: Conn, forecastId: string) {
  return db.select().from(comment).where(eq(comment.forecastId, forecastId)).orderBy(asc(comment.createdAt), asc(comment.id));
}

export function findComment(db: Conn, forecastId: string, commentId: string) {
  return first(db.select().from(comment).where(and(eq(comment.forecastId, forecastId), eq(comment.id, commentId))).limit(1));
}

export async function insertComment(db: Conn, row: typeof comment.$inferInsert): Promise<void> {
  await db.insert(comment).values(row);
}

export async function updateCommentBody(db: Conn, commentId: string, body: string, editedAt: number): Promise<void> {
  await db.update(comment).set({ body, editedAt }).where(eq(comment.id, commentId));
}
