import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/auth/setup-form";
import { PageHeader } from "@/components/ui/page-header";
import { needsSetup } from "@/server/setup/complete-setup";

export const metadata: Metadata = { title: "Set up" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/sign-in");
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader
        title="Set up Signpost"
        lead="This installation is empty. Create the first administrator account; you can add analysts, reviewers and managers once you are in."
      />
      <SetupForm />
    </div>
  );
}
