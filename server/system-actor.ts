import "server-only";
import { ROLES } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/policy";

/** The operator at the command line (SPEC §7) acts with every role; audit rows name it "system". */
export const SYSTEM_ACTOR: Actor = { id: "system", name: "Command line", email: "", roles: [...ROLES] };

export function auditActorId(actor: Actor): string | null {
  return actor.id === SYSTEM_ACTOR.id ? null : actor.id;
}
