import Link from "next/link";
import type { Actor } from "@/lib/auth/policy";

/**
 * The body of a 403 page: which role the page needs, which ones the person has, and whom to ask.
 * `need` completes "This page is for …", e.g. "administrators (the admin role)".
 */
export function ForbiddenNotice({ need, actor }: { need: string; actor: Actor | null }) {
  return (
    <div className="mx-auto max-w-xl">
      <title>Not allowed · Signpost</title>
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p className="mt-2">This page is for {need}.</p>
      {actor && (
        <p className="mt-2">
          You are signed in as {actor.name}, with {actor.roles.length === 1 ? "the role" : "the roles"} {actor.roles.join(", ")}. An administrator can give you another role on the Users page.
        </p>
      )}
      <p className="mt-4">
        <Link href="/forecasts" className="text-accent underline">Go to the forecasts</Link>
      </p>
    </div>
  );
}
