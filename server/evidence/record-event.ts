import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findIndicator, insertEvent, insertLink } from "@/db/queries/evidence";
import { canRecordEvent, type Actor } from "@/lib/auth/policy";
import type { EventDto } from "@/lib/dto/forecast";
import { Forbidden, RuleViolation, type FieldIssue } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import { EVENT_IN_FUTURE, recordEventSchema } from "@/lib/validation/evidence";
import { parseOrThrow } from "@/lib/validation/issues";
import { auditActorId } from "../system-actor";

/** Records something that happened and, optionally, links it to indicators, all in one transaction. */
export async function recordEvent(actor: Actor, rawInput: unknown, now: number): Promise<EventDto> {
  if (!canRecordEvent(actor)) throw new Forbidden("Only analysts can record events.");
  const input = parseOrThrow(recordEventSchema, rawInput);
  const indicatorIds = [...new Set(input.indicatorIds)];
  const id = crypto.randomUUID();
  const { indicatorIds: _ignored, note, ...fields } = input;
  await withTransaction(async (tx) => {
    const issues: FieldIssue[] = [];
    if (input.occurredAt > now) issues.push({ field: "occurredAt", message: EVENT_IN_FUTURE });
    for (const [index, indicatorId] of indicatorIds.entries()) {
      const indicator = await findIndicator(tx, indicatorId);
      if (!indicator) issues.push({ field: `indicatorIds.${index}`, message: "This indicator does not exist." });
      else if (indicator.retiredAt !== null) issues.push({ field: `indicatorIds.${index}`, message: "This indicator is retired: it no longer takes events." });
    }
    if (issues.length > 0) throw new RuleViolation(issues);
    await insertEvent(tx, { id, ...fields, createdBy: actor.id, createdAt: now });
    await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "event.create", entity: "event", entityId: id, after: fields });
    for (const indicatorId of indicatorIds) {
      const linkId = crypto.randomUUID();
      await insertLink(tx, { id: linkId, eventId: id, indicatorId, note, createdBy: actor.id, createdAt: now });
      await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "event.link", entity: "event_link", entityId: linkId, after: { eventId: id, indicatorId, note } });
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
