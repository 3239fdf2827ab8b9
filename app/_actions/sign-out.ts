"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/server/auth/better-auth";

export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  await (await getAuth(requestHeaders)).api.signOut({ headers: requestHeaders });
  redirect("/sign-in");
}
