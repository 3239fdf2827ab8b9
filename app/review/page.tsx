import type { Metadata } from "next";
import Link from "next/link";
import { QueueItem } from "@/components/review/queue-item";
import { ResolvedNotices } from "@/components/review/resolved-notices";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { canResolveAtAll } from "@/lib/auth/policy";
import { countOf } from "@/lib/format/plural";
import { definedParams } from "@/lib/format/search-params";
import { reviewQueueQuerySchema } from "@/lib/validation/review-queue";
import { parseSearchParams } from "@/lib/validation/search-params";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageRole } from "@/server/page-guard";
import { reviewQueue } from "@/server/resolutions/review-queue";

export const metadata: Metadata = { title: "Resolution queue" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | undefined>;

import { WhatNeedsMe } from "@/components/inbox/what-needs-me";
import { serverNow } from "@/server/clock";
import { whatNeedsMe } from "@/server/inbox/needs-page";

/** A reviewer's home: the forecasts past their horizon, the oldest first, resolved or annulled right here. */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageRole("/review", canResolveAtAll);
  const search = await searchParams;
  const { data: queue, problem } = await runPageQuery(async () => await reviewQueue(actor, parseSearchParams(reviewQueueQuerySchema, search), Date.now()));
  // The queue below lists the resolutions due; the panel shows what else needs this person.
  const otherNeeds = (await whatNeedsMe(actor, serverNow())).filter((need) => need.kind !== "resolution_due");
  const nextHref = queue?.nextCursor ? `/review?${new URLSearchParams(definedParams(search, { cursor: queue.nextCursor }))}` : null;

  return (
    <>
      <PageHeader
        title="Resolution queue"
        lead="Forecasts past their horizon and not yet resolved, the oldest horizon first. Decide on each from what is here: the statement, how it resolves, the indicators and the events linked to them."
      />
      {otherNeeds.length > 0 && (
        <div className="mb-6">
          <WhatNeedsMe needs={otherNeeds} />
        </div>
      )}
      {problem && <Alert tone="error">{problem}</Alert>}
      {queue && (
        <p className="mb-4" data-testid="queue-size">
          {queue.total === 0 ? "Nothing awaits resolution." : `${countOf(queue.total, "forecast")} ${queue.total === 1 ? "awaits" : "await"} resolution.`}
        </p>
      )}
      <ResolvedNotices>
        {queue && queue.items.length > 0 && (
          <div className="flex flex-col gap-6">
            {queue.items.map((item) => (
              <QueueItem key={item.forecast.id} item={item} scale={queue.scale} />
            ))}
          </div>
        )}
      </ResolvedNotices>
      <nav aria-label="Pages" className="mt-6 flex gap-4">
        {search.cursor && <Link href="/review" className="underline">Oldest horizons</Link>}
        {nextHref && <Link href={nextHref} className="underline">Next page</Link>}
      </nav>
    </>
  );
}
