import "server-only";
import { getDb, withTransaction } from "@/db/client";
import { markStoredRead, markWorkedOutRead, readMarksOf, storedItemsOf, unreadStoredCount } from "@/db/queries/inbox";
import { canRead, type Actor } from "@/lib/auth/policy";
import { BadRequest, Forbidden } from "@/lib/errors";
import type { Need } from "@/lib/inbox/needs";
import { toIso } from "@/lib/format/dates";
import { decodeInboxCursor, encodeInboxCursor, markReadSchema, type InboxPosition, type InboxQuery } from "@/lib/validation/inbox";
import { parseOrThrow } from "@/lib/validation/issues";
import { needsFor } from "./what-needs-me";

export interface InboxItemDto {
  id: string;
  kind: string;
  forecastId: string | null;
  at: string;
  text: string;
  read: boolean;
  /** Where it is dealt with (the forecast page, at the right section). */
  href: string | null;
}

export interface InboxPage {
  items: InboxItemDto[];
  unread: number;
  nextCursor: string | null;
}

/** The part of the forecast page where each kind of news is seen (the diff of an edit, the new comment…). */
const SECTION_OF_KIND: Record<string, string> = {
  question_edited: "#versions-heading",
  update_requested: "#predict-heading",
  comment: "#discussion-heading",
  prediction: "#latest-heading",
  resolved: "#outcome-heading",
  annulled: "#outcome-heading",
};

/** Newest first; ties by id, the way both sources page. */
function isAfter(item: { at: number; id: string }, position: InboxPosition): boolean {
  return item.at < position.at || (item.at === position.at && item.id < position.id);
}

function newestFirst(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * GET /api/v1/inbox: what needs the person (worked out now, read marks kept by id) merged with
 * what happened to forecasts they take part in (stored as it happened), newest first.
 */
export async function readInbox(actor: Actor, query: InboxQuery, now: number): Promise<InboxPage> {
  if (!canRead(actor)) throw new Forbidden();
  const cursor = query.cursor ? decodeInboxCursor(query.cursor) : undefined;
  if (cursor === null) throw new BadRequest("cursor: is not a cursor this API gave out", [{ field: "cursor", message: "is not a cursor this API gave out" }]);
  const db = getDb();
  const needs = await needsFor(db, actor, now);
  const marks = await readMarksOf(db, actor.id, needs.map((n) => n.id));
  const worked = needs.map((n) => ({ ...needDto(n, marks.has(n.id)), atMs: n.at }));
  const stored = (await storedItemsOf(db, { userId: actor.id, unreadOnly: query.unread, limit: query.limit, cursor })).map((row) => ({
    id: row.id,
    kind: row.kind,
    forecastId: row.forecastId,
    at: toIso(row.at),
    text: row.text,
    read: row.readAt !== null,
    href: row.forecastId ? `/forecasts/${row.forecastId}${SECTION_OF_KIND[row.kind] ?? ""}` : null,
    atMs: row.at,
  }));
  const merged = [...worked.filter((w) => !query.unread || !w.read), ...stored]
    .filter((item) => !cursor || isAfter({ at: item.atMs, id: item.id }, cursor))
    .sort((a, b) => newestFirst({ at: a.atMs, id: a.id }, { at: b.atMs, id: b.id }));
  const page = merged.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ atMs: _atMs, ...item }) => item),
    unread: worked.filter((w) => !w.read).length + (await unreadStoredCount(db, actor.id)),
    nextCursor: merged.length > query.limit && last ? encodeInboxCursor({ at: last.atMs, id: last.id }) : null,
  };
}

function needDto(need: Need, read: boolean): InboxItemDto {
  return { id: need.id, kind: need.kind, forecastId: need.forecastId, at: toIso(need.at), text: need.text, read, href: need.href };
}

/** The header's count: unread needs and unread stored items. */
export async function unreadCount(actor: Actor, now: number): Promise<number> {
  const db = getDb();
  const needs = await needsFor(db, actor, now);
  const marks = await readMarksOf(db, actor.id, needs.map((n) => n.id));
  return needs.filter((n) => !marks.has(n.id)).length + (await unreadStoredCount(db, actor.id));
}

/** POST /api/v1/inbox/read: the items named, or (none named) everything in the inbox now. */
export async function markInboxRead(actor: Actor, rawInput: unknown, now: number): Promise<{ unread: number }> {
  if (!canRead(actor)) throw new Forbidden();
  const { ids } = parseOrThrow(markReadSchema, rawInput ?? {});
  const db = getDb();
  const needIds = ids ? ids.filter((id) => id.startsWith("need:")) : (await needsFor(db, actor, now)).map((n) => n.id);
  const storedIds = ids ? ids.filter((id) => !id.startsWith("need:")) : null;
  await withTransaction(async (tx) => {
    await markWorkedOutRead(tx, actor.id, needIds, now);
    if (storedIds === null || storedIds.length > 0) await markStoredRead(tx, actor.id, storedIds, now);
  });
  return { unread: await unreadCount(actor, now) };
}
