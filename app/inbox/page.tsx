import type { Metadata } from "next";
import Link from "next/link";
import { MarkReadButton } from "@/components/inbox/mark-read-button";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { formatDayTime } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { inboxQuerySchema } from "@/lib/validation/inbox";
import { parseSearchParams } from "@/lib/validation/search-params";
import { serverNow } from "@/server/clock";
import { runPageQuery } from "@/server/http/page-query";
import { readInbox } from "@/server/inbox/inbox";
import { requirePageActor } from "@/server/page-guard";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

const KIND_LABELS: Record<string, string> = {
  stale: "Stale",
  new_evidence: "New evidence",
  closing_soon: "Closing soon",
  resolution_due: "Resolution due",
  escalated: "Escalated",
  prediction: "New prediction",
  question_edited: "Question changed",
  update_requested: "Please update",
  comment: "Comment",
  resolved: "Resolved",
  annulled: "Annulled",
};

type Search = Record<string, string | undefined>;

/** What needs the person and what happened to the forecasts they take part in, newest first. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("/inbox");
  const search = await searchParams;
  const { data: inbox, problem } = await runPageQuery(async () => await readInbox(actor, parseSearchParams(inboxQuerySchema, { ...search, limit: search.limit ?? "50" }), serverNow()));
  const unreadOnly = search.unread === "true";
  const nextHref = inbox?.nextCursor ? `/inbox?${new URLSearchParams({ ...(unreadOnly ? { unread: "true" } : {}), cursor: inbox.nextCursor })}` : null;

  return (
    <>
      <PageHeader title="Inbox" lead="What needs you, and what happened to the forecasts you wrote or predicted on." />
      {problem && <Alert tone="error">{problem}</Alert>}
      {inbox && (
        <div className="mb-4 flex flex-wrap items-center gap-4">
          <p data-testid="inbox-unread">{inbox.unread === 0 ? "Everything is read." : `${countOf(inbox.unread, "unread item")}.`}</p>
          {inbox.unread > 0 && <MarkReadButton ids={null} label="Mark all read" />}
          <nav aria-label="Which items" className="flex gap-3 text-sm">
            {unreadOnly ? <Link href="/inbox" className="underline">Show all</Link> : <Link href="/inbox?unread=true" className="underline">Unread only</Link>}
          </nav>
        </div>
      )}
      {inbox && inbox.items.length === 0 && <p className="rounded border border-line bg-white p-6">Nothing here.</p>}
      {inbox && inbox.items.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label="Inbox items">
          {inbox.items.map((item) => (
            <li key={item.id} data-testid="inbox-item" data-kind={item.kind} data-read={item.read} className={`rounded border border-line p-3 ${item.read ? "bg-paper" : "bg-white"}`}>
              <p className="text-sm text-muted">
                <span className="mr-2 font-semibold uppercase tracking-wide">{KIND_LABELS[item.kind] ?? item.kind}</span>
                {formatDayTime(item.at)}
                {!item.read && <span className="ml-2 font-semibold text-accent-dark">unread</span>}
              </p>
              <p className={item.read ? "" : "font-semibold"}>
                {item.href ? (
                  <Link href={item.href} className="underline">
                    {item.text}
                  </Link>
                ) : (
                  item.text
                )}
              </p>
              {!item.read && <MarkReadButton ids={[item.id]} label="Mark read" accessibleLabel={`Mark read: ${item.text}`} />}
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="mt-6 flex gap-4">
        {search.cursor && <Link href={unreadOnly ? "/inbox?unread=true" : "/inbox"} className="underline">Newest</Link>}
        {nextHref && <Link href={nextHref} className="underline">Older</Link>}
      </nav>
    </>
  );
}
