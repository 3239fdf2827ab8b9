import "server-only";
import { headers } from "next/headers";
import { authAddressProblem, lostCookieExplanation, transportOf } from "@/lib/auth/transport";
import { currentActor } from "../actor";

/** What the sign-in page warns about before anyone tries: BETTER_AUTH_URL against the address used. */
export async function signInAddressProblem(): Promise<string | null> {
  return authAddressProblem(process.env.BETTER_AUTH_URL, transportOf(await headers()));
}

/**
 * Asked by the browser right after a correct sign-in, with whatever cookies it kept: null when the
 * session arrived, otherwise why it did not, so a sign-in never silently lands back on the form.
 */
export async function lostSessionExplanation(): Promise<string | null> {
  if (await currentActor()) return null;
  return lostCookieExplanation(process.env.BETTER_AUTH_URL, transportOf(await headers()));
}
