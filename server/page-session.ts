import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/policy";
import { currentActor } from "./actor";
import { needsSetup } from "./setup/complete-setup";

/**
 * Whether the installation still needs its first admin, and the signed-in person: once per page
 * render (React's request cache), since the root layout and the page both ask — a session
 * lookup verifies the cookie and reads the session and the user.
 */
export const pageSession = cache(async (): Promise<{ needsSetup: boolean; actor: Actor | null }> => {
  if (await needsSetup()) return { needsSetup: true, actor: null };
  return { needsSetup: false, actor: await currentActor() };
});
