import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { canImport } from "@/lib/auth/policy";
import { requirePageRole } from "@/server/page-guard";

export const metadata: Metadata = { title: "Import a track record" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requirePageRole("/admin/import", canImport);
  return (
    <>
      <PageHeader
        title="Import a track record"
        lead="Historical forecasts with their predictions and outcomes, dated as they were: the only way to back-date anything. People named by an email Signpost does not know are added as analysts without a password. Resolved forecasts are scored as they are written."
      />
      <ImportForm />
    </>
  );
}
