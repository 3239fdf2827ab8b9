import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/policy";
import { pageSession } from "./page-session";

/** Every page starts here: an empty installation goes to setup, a visitor without a session to sign-in. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  const { needsSetup, actor } = await pageSession();
  if (needsSetup) redirect("/setup");
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * A page only some roles may see. Anyone else gets HTTP 403 and the section's forbidden.tsx, which
 * names the role needed. The status can only be set before the response starts streaming, so
 * these pages sit under no loading.tsx (a Suspense fallback would send 200 first).
 */
export async function requirePageRole(returnTo: string, allowed: (actor: Actor) => boolean): Promise<Actor> {
  const actor = await requirePageActor(returnTo);
  if (!allowed(actor)) forbidden();
  return actor;
}
