"use server";
import { lostSessionExplanation } from "@/server/auth/address-check";

/** The sign-in form's second step: did the session cookie come back with this request? */
export async function confirmSignIn(): Promise<{ signedIn: true } | { signedIn: false; message: string }> {
  const lost = await lostSessionExplanation();
  return lost === null ? { signedIn: true } : { signedIn: false, message: lost };
}
