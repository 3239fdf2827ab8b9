import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { canCreateReport } from "@/lib/auth/policy";
import { formatDay } from "@/lib/format/dates";
import { countOf } from "@/lib/format/plural";
import { requirePageActor } from "@/server/page-guard";
import { reportList } from "@/server/reports/report-pages";

export const metadata: Metadata = { title: "Reports" };
export const dynamic = "force-dynamic";

export default async function ReportsPage() {
  const actor = await requirePageActor("/reports");
  const reports = await reportList(actor);
  return (
    <>
      <PageHeader title="Reports" lead="Published assessments and the forecasts made from their key judgments.">
        {canCreateReport(actor) && (
          <Link href="/reports/new" className="rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark">New report</Link>
        )}
      </PageHeader>
      {reports.length === 0 ? (
        <p className="rounded border border-line bg-white p-6">No report yet. Paste one to find its key judgments.</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Reports">
          {reports.map((r) => (
            <li key={r.id} className="rounded border border-line bg-white p-4">
              <h2 className="text-lg font-semibold"><Link href={`/reports/${r.id}`} className="text-accent-dark hover:underline">{r.title}</Link></h2>
              <p className="text-sm text-muted">{r.authors ? `${r.authors} · ` : ""}published {formatDay(r.publishedAt)} · {countOf(r.forecasts, "forecast")}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
