import type { Metadata } from "next";
import { ReportForm } from "@/components/reports/report-form";
import { PageHeader } from "@/components/ui/page-header";
import { canCreateReport } from "@/lib/auth/policy";
import { requirePageRole } from "@/server/page-guard";

export const metadata: Metadata = { title: "New report" };
export const dynamic = "force-dynamic";

export default async function NewReportPage() {
  await requirePageRole("/reports/new", canCreateReport);
  return (
    <>
      <PageHeader title="New report" lead="Paste a published assessment: Signpost lists the sentences that carry estimative or vague language, ready to become forecasts." />
      <ReportForm />
    </>
  );
}
