import type { Metadata } from "next";
import { PasswordForm } from "@/components/account/password-form";
import { TokenManager } from "@/components/account/token-manager";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/server/page-guard";
import { listMyTokens } from "@/server/tokens/list-tokens";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  const tokens = await listMyTokens(actor);
  return (
    <>
      <PageHeader title="Your account" lead={`${actor.name} · ${actor.email} · roles: ${actor.roles.join(", ")}`} />
      <section aria-labelledby="tokens-heading" className="rounded border border-line bg-white p-4">
        <h2 id="tokens-heading" className="text-xl font-semibold">API tokens</h2>
        <p className="mb-4 text-muted">
          A token lets a script use the API as you: send it as <code>Authorization: Bearer &lt;token&gt;</code>. It is shown once; only its fingerprint is kept.
        </p>
        <TokenManager tokens={tokens} />
      </section>
      <section aria-labelledby="password-heading" className="mt-6 rounded border border-line bg-white p-4">
        <h2 id="password-heading" className="text-xl font-semibold">Password</h2>
        <p className="mb-4 text-muted">Changing it signs you out everywhere else; this browser stays signed in. API tokens are not affected: revoke them above if they may have leaked too.</p>
        <PasswordForm />
      </section>
    </>
  );
}
