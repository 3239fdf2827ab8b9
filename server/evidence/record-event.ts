import "server-only";
import { getDb } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findIndicator, insertEvent, insertLink } from "@/db/queries/evidence";
import { canRecordEvent, type Actor } from "@/lib/auth/policy";
import type { EventDto } from "@/lib/dto/forecast";
import { Forbidden, RuleViolation, type FieldIssue } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import { recordEventSchema } from "@/lib/validation/evidence";
import { parseOrThrow } from "@/lib/validation/issues";
import { auditActorId } from "../system-actor";

/** Records something that happened and, optionally, links it to indicators, all in one transaction. */
export function recordEvent(actor: Actor, rawInput: unknown, now: number): EventDto {
  if (!canRecordEvent(actor)) throw new Forbidden("Only analysts can record events.");
  const input = parseOrThrow(recordEventSchema, rawInput);
  const db = getDb();
  const issues: FieldIssue[] = [];
  if (input.occurredAt > now) issues.push({ field: "occurredAt", message: "must not be in the future" });
  const indicatorIds = [...new Set(input.indicatorIds)];
  indicatorIds.forEach((id, index) => {
    const indicator = findIndicator(db, id);
    if (!indicator) issues.push({ field: `indicatorIds.${index}`, message: "is not a known indicator" });
    else if (indicator.retiredAt !== null) issues.push({ field: `indicatorIds.${index}`, message: "is retired: it no longer takes events" });
  });
  if (issues.length > 0) throw new RuleViolation(issues);

  const id = crypto.randomUUID();
  const { indicatorIds: _ignored, note, ...fields } = input;
  db.transaction((tx) => {
    insertEvent(tx, { id, ...fields, createdBy: actor.id, createdAt: now });
    writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "event.create", entity: "event", entityId: id, after: fields });
    for (const indicatorId of indicatorIds) {
      const linkId = crypto.randomUUID();
      insertLink(tx, { id: linkId, eventId: id, indicatorId, note, createdBy: actor.id, createdAt: now });
      writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "event.link", entity: "event_link", entityId: linkId, after: { eventId: id, indicatorId, note } });
    }
  });
  return {
    id,
    occurredAt: toIso(input.occurredAt),
    title: input.title,
    description: input.description,
    sourceUrl: input.sourceUrl,
    sourceReliability: input.sourceReliability,
    infoCredibility: input.infoCredibility,
    indicatorIds,
    links: indicatorIds.map((indicatorId) => ({ indicatorId, note })),
  };
}
