import "server-only";
import { withTransaction } from "@/db/client";
import { writeAudit } from "@/db/queries/audit";
import { findEvent, findIndicator, insertLink, linkExists } from "@/db/queries/evidence";
import { canLinkEvent, type Actor } from "@/lib/auth/policy";
import { Conflict, Forbidden, NotFound, RuleViolation } from "@/lib/errors";
import { toIso } from "@/lib/format/dates";
import { linkEventManySchema, linkEventSchema } from "@/lib/validation/evidence";
import { parseOrThrow } from "@/lib/validation/issues";
import { auditActorId } from "../system-actor";

export interface LinkDto {
  id: string;
  eventId: string;
  indicatorId: string;
  note: string;
  createdAt: string;
}

/** Links an existing event to an indicator of any forecast; the same pair twice is a 409. */
export async function linkEvent(actor: Actor, eventId: string, rawInput: unknown, now: number): Promise<LinkDto> {
  const input = parseOrThrow(linkEventSchema, rawInput);
  return (await linkEventToIndicators(actor, eventId, { indicatorIds: [input.indicatorId], note: input.note }, now))[0];
}

/** The forecast page's "attach an event": one event, several indicators, all or nothing. */
export async function linkEventToIndicators(actor: Actor, eventId: string, rawInput: unknown, now: number): Promise<LinkDto[]> {
  const { indicatorIds, note } = parseOrThrow(linkEventManySchema, rawInput);
  const links = indicatorIds.map((indicatorId) => ({ id: crypto.randomUUID(), eventId, indicatorId, note, createdBy: actor.id, createdAt: now }));
  await withTransaction(async (tx) => {
    if (!(await findEvent(tx, eventId))) throw new NotFound("The event");
    if (!canLinkEvent(actor)) throw new Forbidden("Only analysts can link events to indicators.");
    for (const indicatorId of indicatorIds) {
      const indicator = await findIndicator(tx, indicatorId);
      if (!indicator) throw new RuleViolation([{ field: "indicatorId", message: "This indicator does not exist." }]);
      if (indicator.retiredAt !== null) throw new Conflict("conflict", `The indicator “${indicator.description}” is retired: it no longer takes events.`);
      if (await linkExists(tx, eventId, indicatorId)) throw new Conflict("duplicate_link", `This event is already linked to “${indicator.description}”.`);
    }
    for (const link of links) {
      await insertLink(tx, link);
      await writeAudit(tx, { at: now, actorId: auditActorId(actor), action: "event.link", entity: "event_link", entityId: link.id, after: { eventId, indicatorId: link.indicatorId, note } });
    }
  });
  return links.map((link) => ({ id: link.id, eventId, indicatorId: link.indicatorId, note, createdAt: toIso(now) }));
}
