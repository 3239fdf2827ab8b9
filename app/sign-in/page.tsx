import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { safeNextPath } from "@/lib/http/safe-redirect";
import { currentActor } from "@/server/actor";
import { signInAddressProblem } from "@/server/auth/address-check";
import { needsSetup } from "@/server/setup/complete-setup";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await needsSetup()) redirect("/setup");
  const { next } = await searchParams;
  // Without a page to return to, home: it sends reviewers to their queue, everyone else to the forecasts.
  const target = safeNextPath(next);
  if (await currentActor()) redirect(target);
  const addressProblem = await signInAddressProblem();
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Sign in" lead="Use the email and password your administrator gave you." />
      {addressProblem && (
        <div className="mb-4">
          <Alert tone="warning" title="This address does not match the server's settings">{addressProblem}</Alert>
        </div>
      )}
      <SignInForm next={target} />
    </div>
  );
}
