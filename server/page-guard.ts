import "server-only";
import { redirect } from "next/navigation";
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
