import "server-only";
import { and, desc, eq, gte, inArray, lt, lte, or } from "drizzle-orm";
import type { Conn } from "../client";
import { auditLog } from "../schema";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  at: number;
}

/** Runs inside the use case's transaction so the audit row and the change land together. */
export async function writeAudit(db: Conn, entry: AuditEntry): Promise<void> {
  await db
    .insert(auditLog)
    .values({
      at: entry.at,
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    });
}

export interface AuditQuery {
  entity?: string;
  actorId?: string;
  /** Any of these people (the audit page's "who" filter). */
  actorIds?: string[];
  from?: number;
  to?: number;
  limit: number;
  cursor?: { at: number; id: number };
}

export async function listAudit(db: Conn, query: AuditQuery) {
  const conditions = [
    query.entity ? eq(auditLog.entity, query.entity) : undefined,
    query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
    query.actorIds ? inArray(auditLog.actorId, query.actorIds) : undefined,
    query.from !== undefined ? gte(auditLog.at, query.from) : undefined,
    query.to !== undefined ? lte(auditLog.at, query.to) : undefined,
    query.cursor
      ? or(lt(auditLog.at, query.cursor.at), and(eq(auditLog.at, query.cursor.at), lt(auditLog.id, query.cursor.id)))
      : undefined,
  ];
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit + 1);
}
