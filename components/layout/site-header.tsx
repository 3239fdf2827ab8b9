import Link from "next/link";
import type { Actor } from "@/lib/auth/policy";
import { InboxLink } from "@/components/inbox/inbox-link";
import { SignOutButton } from "./sign-out-button";

/** The signed-in person only chooses which links to show; every page and action checks rights itself. */
export function SiteHeader({ actor }: { actor: Actor | null }) {
  return (
    <header className="border-b border-line bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-accent-dark">
          Signpost
        </Link>
        {actor && (
          <>
            <Link href="/forecasts" className="hover:underline">Forecasts</Link>
            <Link href="/reports" className="hover:underline">Reports</Link>
            <Link href="/events" className="hover:underline">Events</Link>
            {actor.roles.includes("reviewer") && <Link href="/review" className="hover:underline">Resolution queue</Link>}
            {actor.roles.length > 0 && <Link href="/scores" className="hover:underline">Scores</Link>}
            {actor.roles.length > 0 && <Link href="/calibration" className="hover:underline">Calibration</Link>}
            {(actor.roles.includes("manager") || actor.roles.includes("admin")) && <Link href="/teams" className="hover:underline">Teams</Link>}
            {actor.roles.includes("admin") && <Link href="/admin/users" className="hover:underline">Users</Link>}
            {actor.roles.includes("admin") && <Link href="/admin/audit" className="hover:underline">Audit</Link>}
            {actor.roles.includes("admin") && <Link href="/admin/import" className="hover:underline">Import</Link>}
            <span className="ml-auto flex items-center gap-4 text-sm">
              <InboxLink />
              <Link href="/account" className="hover:underline">
                {actor.name} <span className="text-muted">({actor.roles.join(", ")})</span>
              </Link>
              <SignOutButton />
            </span>
          </>
        )}
      </nav>
    </header>
  );
}
