import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { currentActor } from "./actor";
import { needsSetup } from "./setup/complete-setup";

/** The signed-in user for chrome such as the header; null on an empty installation. */
export async function currentActorForDisplay(): Promise<Actor | null> {
  if (await needsSetup()) return null;
  return currentActor();
}
