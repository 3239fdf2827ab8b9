import type { Metadata } from "next";
import { ReportForm } from "@/components/reports/report-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { canCreateReport } from "@/lib/auth/policy";
import { requirePageActor } from "@/server/page-guard";

export const metadata: Metadata = { title: "New report" };
export const dynamic = "force-dynamic";

export default async function NewReportPage() {
  const actor = await requirePageActor("/reports/new");
  return (
    <>
      <PageHeader title="New report" lead="Paste a published assessment: Signpost lists the sentences that carry estimative or vague language, ready to become forecasts." />
      {canCreateReport(actor) ? <ReportForm /> : <Alert tone="error">Only analysts can add reports.</Alert>}
    </>
  );
}
