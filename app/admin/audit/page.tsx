import type { Metadata } from "next";
import Link from "next/link";
import { AuditEntry, ENTITY_WORDS } from "@/components/admin/audit-entry";
import { Alert } from "@/components/ui/alert";
import { FilterActions, FilterDate, FilterSelect } from "@/components/ui/filter-fields";
import { PageHeader } from "@/components/ui/page-header";
import { TypeAheadField } from "@/components/ui/type-ahead-field";
import { canReadAudit } from "@/lib/auth/policy";
import { definedParams, filterFormKey } from "@/lib/format/search-params";
import { auditPageQuerySchema } from "@/lib/validation/audit";
import { parseSearchParams } from "@/lib/validation/search-params";
import { auditPage } from "@/server/audit/list-audit";
import { runPageQuery } from "@/server/http/page-query";
import { requirePageRole } from "@/server/page-guard";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type Search = Record<string, string | undefined>;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageRole("/admin/audit", canReadAudit);
  const search = await searchParams;
  const { data: page, problem } = await runPageQuery(async () => await auditPage(actor, parseSearchParams(auditPageQuerySchema, search)));
  const next = page?.nextCursor ? `/admin/audit?${new URLSearchParams(definedParams(search, { cursor: page.nextCursor }))}` : null;

  return (
    <>
      <PageHeader title="Audit log" lead="Every change: who made it, when, and the state before and after. Newest first." />
      <form key={filterFormKey(search)} method="get" role="search" aria-label="Filter the audit log" className="mb-6 flex flex-wrap items-end gap-3 rounded border border-line bg-white p-4">
        <FilterSelect label="What" name="entity" value={search.entity} anyLabel="Everything" options={Object.entries(ENTITY_WORDS).map(([value, label]) => ({ value, label }))} />
        <TypeAheadField label="Who" name="actor" value={search.actor} source="people" placeholder="Name or email" />
        <FilterDate label="From" name="from" value={search.from} />
        <FilterDate label="To" name="to" value={search.to} />
        <FilterActions clearHref="/admin/audit" />
      </form>
      {problem && <Alert tone="error">{problem}</Alert>}
      {page && page.items.length === 0 && <p className="rounded border border-line bg-white p-4">Nothing matches.</p>}
      {page && page.items.length > 0 && (
        <ol className="flex flex-col gap-2" aria-label="Audit entries">
          {page.items.map((item) => (
            <AuditEntry key={item.id} item={item} />
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
