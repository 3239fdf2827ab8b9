import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { FilterActions, FilterDate, FilterSelect } from "@/components/ui/filter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { canReadAudit } from "@/lib/auth/policy";
import { formatDayTime } from "@/lib/format/dates";
import { definedParams } from "@/lib/format/search-params";
import { auditQuerySchema } from "@/lib/validation/audit";
import { parseSearchParams } from "@/lib/validation/search-params";
import { auditPage } from "@/server/audit/list-audit";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageRole } from "@/server/page-guard";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const ENTITIES = ["forecast", "prediction", "indicator", "event", "event_link", "report", "user", "team", "api_token", "setting"];

type Search = Record<string, string | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageRole("/admin/audit", canReadAudit);
  const search = await searchParams;
  const { data: page, problem } = await runPageQuery(async () => await auditPage(actor, parseSearchParams(auditQuerySchema, search)));
  const next = page?.nextCursor ? `/admin/audit?${new URLSearchParams(definedParams(search, { cursor: page.nextCursor }))}` : null;

  return (
    <>
      <PageHeader title="Audit log" lead="Every change: who made it, when, and the state before and after. Newest first." />
      <form method="get" role="search" aria-label="Filter the audit log" className="mb-6 flex flex-wrap items-end gap-3 rounded border border-line bg-white p-4">
        <FilterSelect label="What" name="entity" value={search.entity} anyLabel="Everything" options={ENTITIES.map((e) => ({ value: e, label: e.replace("_", " ") }))} />
        <FilterDate label="From" name="from" value={search.from} />
        <FilterDate label="To" name="to" value={search.to} />
        <FilterActions clearHref="/admin/audit" />
      </form>
      {problem && <Alert tone="error">{problem}</Alert>}
      {page && page.items.length === 0 && <p className="rounded border border-line bg-white p-4">Nothing matches.</p>}
      {page && page.items.length > 0 && (
        <ol className="flex flex-col gap-2" aria-label="Audit entries">
          {page.items.map((item) => (
            <li key={item.id} className="rounded border border-line bg-white p-3 text-sm">
              <p>
                <strong>{item.action}</strong> on {item.entity} <code className="text-muted">{item.entityId}</code> · {formatDayTime(item.at)} · by{" "}
                {item.actorId ? (page.names[item.actorId] ?? item.actorId) : "the command line"}
              </p>
              <details className="mt-1">
                <summary className="cursor-pointer text-accent-dark underline">Before and after</summary>
                <div className="mt-2 grid gap-2 md:grid-cols-2">
                  <pre className="overflow-x-auto rounded bg-paper p-2 text-xs">{JSON.stringify(item.before, null, 2) ?? "—"}</pre>
                  <pre className="overflow-x-auto rounded bg-paper p-2 text-xs">{JSON.stringify(item.after, null, 2) ?? "—"}</pre>
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
      {next && (
        <nav aria-label="Pages" className="mt-4">
          <Link href={next} className="underline">Older entries</Link>
        </nav>
      )}
    </>
  );
}
