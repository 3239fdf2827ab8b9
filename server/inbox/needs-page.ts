import "server-only";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/policy";
import type { Need } from "@/lib/inbox/needs";
import { needsFor } from "./what-needs-me";

/** For the home pages' "what needs you" panel. */
export function whatNeedsMe(actor: Actor, now: number): Promise<Need[]> {
  return needsFor(getDb(), actor, now);
}
