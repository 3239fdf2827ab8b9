import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { pageSession } from "./page-session";

/** The signed-in user for chrome such as the header; null on an empty installation. */
export async function currentActorForDisplay(): Promise<Actor | null> {
  return (await pageSession()).actor;
}
