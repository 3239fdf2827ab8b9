import { redirect } from "next/navigation";
import { canResolveAtAll } from "@/lib/auth/policy";
import { requirePageActor } from "@/server/page-guard";

export const dynamic = "force-dynamic";

/** Each person's home: the resolution queue for reviewers (their work), the forecasts for everyone else. */
export default async function Home() {
  const actor = await requirePageActor("/");
  redirect(canResolveAtAll(actor) ? "/review" : "/forecasts");
}
