import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/policy";
import { currentActor } from "./actor";
import { needsSetup } from "./setup/complete-setup";

/** Every page starts here: an empty installation goes to setup, a visitor without a session to sign-in. */
export async function requirePageActor(returnTo: string): Promise<Actor> {
  if (await needsSetup()) redirect("/setup");
  const actor = await currentActor();
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
