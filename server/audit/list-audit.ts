import "server-only";
import { getDb } from "@/db/client";
import { listAudit as listAuditRows } from "@/db/queries/audit";
import { auditSubjects, subjectKey } from "@/db/queries/audit-subjects";
import { peopleMatching } from "@/db/queries/authors";
import { namesOf } from "@/db/queries/users";
import { canReadAudit, type Actor } from "@/lib/auth/policy";
import { BadRequest, Forbidden } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import type { AuditPageQueryInput, AuditQueryInput } from "@/lib/validation/audit";

const DAY = 86_400_000;

/** Admins read the audit log, newest first. A date-only `to` covers its whole day. */
export async function listAudit(actor: Actor, query: AuditQueryInput, actorIds?: string[]) {
  if (!canReadAudit(actor)) throw new Forbidden("Only admins can read the audit log.");
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await listAuditRows(getDb(), {
    entity: query.entity,
    actorId: query.actorId,
    actorIds,
    from: query.from ? Date.parse(query.from) : undefined,
    to: query.to ? Date.parse(query.to) + (query.to.length === 10 ? DAY - 1 : 0) : undefined,
    limit: query.limit,
    cursor,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: String(row.id),
      at: toIso(row.at),
      actorId: row.actorId,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: row.before === null ? null : JSON.parse(row.before),
      after: row.after === null ? null : JSON.parse(row.after),
    })),
    nextCursor: rows.length > query.limit && last ? Buffer.from(`${last.at}:${last.id}`).toString("base64url") : null,
  };
}

function decodeCursor(cursor: string): { at: number; id: number } {
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split(":").map(Number);
  if (!Number.isFinite(at) || !Number.isInteger(id)) throw new BadRequest("cursor: is not a cursor this API gave out");
  return { at, id };
}

/**
 * The audit page: the API's answer, filtered by the people whose name or email matches `actor`
 * (the type-ahead's text), each row with the name of who acted and what it is about.
 */
export async function auditPage(actor: Actor, query: AuditPageQueryInput) {
  if (!canReadAudit(actor)) throw new Forbidden("Only admins can read the audit log.");
  const actorIds = query.actor ? (await peopleMatching(getDb(), query.actor)).map((person) => person.id) : undefined;
  const page = actorIds?.length === 0 ? { items: [], nextCursor: null } : await listAudit(actor, query, actorIds);
  const ids = [...new Set(page.items.map((i) => i.actorId).filter((id): id is string => id !== null))];
  const [names, subjects] = await Promise.all([namesOf(getDb(), ids), auditSubjects(getDb(), page.items)]);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((item) => ({
      ...item,
      actorName: item.actorId ? (names.get(item.actorId)?.name ?? item.actorId) : "the command line",
      /** Null when the entity is gone or of a kind without a title: the page shows the id. */
      subject: subjects.get(subjectKey(item)) ?? null,
    })),
  };
}
